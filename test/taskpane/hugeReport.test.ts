/**
 * @jest-environment node
 *
 * A 200 000-row report checked through the pane's action and the Office.js adapter, over the simulator:
 * more cells need a highlight than the saved looks can hold, and the check still lists every finding,
 * paints what fits, says plainly what was left unpainted, and can be cleared exactly.
 */
import * as ExcelJS from "exceljs";
import { planHighlights } from "../../src/core/highlights/planHighlights";
import { STATE_LIMIT_CHARS } from "../../src/excel/highlightState";
import { checkSheet, checkedNotice } from "../../src/taskpane/state/actions/checkSheet";
import { clearSheets } from "../../src/taskpane/state/actions/clearSheets";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { stringsFor } from "../../src/taskpane/strings";
import { fillReport, snapshot, webRequestBytes } from "../excel/fixtures";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";

// Reading, checking and painting 200 000 rows in the simulator takes a minute or two on a busy machine.
jest.setTimeout(600_000);

const ROWS = 200_000;
const SHEET = "Nà Lầu";
const none = () => undefined;

let sim: OfficeSimulator;
afterAll(() => sim?.uninstall());

describe("checking a 200 000-row report in the pane", () => {
  let ws: ExcelJS.Worksheet;
  let fills: Record<string, unknown>;
  let fonts: Record<string, unknown>;
  let first: { highlighted: number; firstNotHighlighted: string | null } | null = null;
  beforeAll(() => {
    const wb = new ExcelJS.Workbook();
    ws = wb.addWorksheet(SHEET);
    fillReport(ws, ROWS);
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    fills = snapshot(ws, "fills");
    fonts = snapshot(ws, "fonts");
  });

  it("lists every finding, paints what the saved looks hold and says how many cells were left, in bounded requests", async () => {
    sim.reset();
    const done = await checkSheet(excelAdapter, "vi", { reports: [SHEET], target: null }, none);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    const { checked, highlighted, notHighlighted, firstNotHighlighted } = done.value;
    first = { highlighted, firstNotHighlighted };
    // Every cell that needed a highlight has its finding in the list, painted or not.
    const wanted = planHighlights(checked).map((h) => h.cell);
    expect(wanted.length).toBeGreaterThan(60_000);
    const listed = new Set(checked.findings.map((f) => f.cell));
    expect(wanted.every((cell) => listed.has(cell))).toBe(true);
    expect(checked.summary.shortfall).toBeGreaterThan(30_000);
    expect(highlighted + notHighlighted).toBe(wanted.length);
    expect(highlighted).toBeGreaterThan(10_000);
    expect(notHighlighted).toBeGreaterThan(0);
    // Top down: every cell above the first one left is painted, none from it on.
    const firstRow = Number(firstNotHighlighted!.slice(1));
    const red = (cell: string) => (ws.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFFFC7CE" || (ws.getCell(cell).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFFFEB9C";
    const [above, below] = [wanted.filter((c) => Number(c.slice(1)) < firstRow), wanted.filter((c) => Number(c.slice(1)) >= firstRow)];
    expect(above).toHaveLength(highlighted);
    expect(above.every(red)).toBe(true);
    expect(below.some(red)).toBe(false);
    // A clear, located notice: the counts, the first cell left, that the list is whole and clearing exact.
    expect(checkedNotice(stringsFor("vi"), done.value)).toEqual({
      intent: "warning",
      text: expect.stringContaining(`Đã tô màu ${highlighted.toLocaleString("de-DE")} ô trên trang “${SHEET}”`),
      todo: expect.stringContaining("kiểm tra lại"),
    });
    const notice = checkedNotice(stringsFor("vi"), done.value).text;
    expect(notice).toContain(`${notHighlighted.toLocaleString("de-DE")} ô còn lại, bắt đầu từ ô ${firstNotHighlighted},`);
    expect(notice).toContain("Mọi phát hiện vẫn có đủ trong danh sách");
    expect(notice).toContain("xóa đánh dấu trả lại đúng màu cũ");
    expect(checkedNotice(stringsFor("en"), done.value).text).toContain(`${highlighted.toLocaleString("en-US")} cells highlighted on “${SHEET}”`);
    // The saved looks stay within their bound; every request fits Excel on the web; round trips bounded.
    expect(Object.values(sim.settings()).every((v) => String(v).length <= STATE_LIMIT_CHARS)).toBe(true);
    const largest = Math.max(...sim.stats.requests.map(webRequestBytes));
    expect(largest).toBeLessThan(5_000_000);
    expect(Math.max(...sim.stats.requests.map((q) => q.responseBytes))).toBeLessThan(5_000_000);
    expect(sim.stats.syncs).toBeLessThanOrEqual(25);
    process.stdout.write(`200 000-row check: ${sim.stats.syncs} round trips, largest request ${largest} bytes, ${highlighted} painted, ${notHighlighted} left\n`);
  });

  it("checking again paints the same cells, not stacking, and clearing restores every look", async () => {
    sim.reset();
    const again = await checkSheet(excelAdapter, "vi", { reports: [SHEET], target: null }, none);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect({ highlighted: again.value.highlighted, firstNotHighlighted: again.value.firstNotHighlighted }).toEqual(first);
    const painted = snapshot(ws, "fills");
    const cleared = await clearSheets(excelAdapter, "vi", [SHEET]);
    expect(cleared.ok).toBe(true);
    const after = snapshot(ws, "fills");
    expect(after).toEqual(fills);
    expect(painted).not.toEqual(fills);
    const afterFonts = snapshot(ws, "fonts");
    expect(afterFonts).toMatchObject(fonts);
    expect(sim.settings()).toEqual({});
  });
});
