/**
 * @jest-environment node
 *
 * Ranking through the real adapter while the simulated Excel refuses one decoration of the ranking sheet
 * in turn: the ranking is all there, and the pane says in one line which decoration is missing.
 */
import ExcelJS from "exceljs";
import { renderSheet } from "../../src/cli/writeWorkbook/renderSheet";
import { rankSheets, rankedNotice } from "../../src/taskpane/state/actions/rankSheets";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { stringsFor } from "../../src/taskpane/strings";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";

jest.setTimeout(60_000);

const VILLAGES = ["Nà Lầu", "Khuổi Khâm", "Báo cáo", "Pác Nặm", "Sheet1", "Nặm Đin"];
const SHEET = "Xếp hạng thi đua 2024";
const RESULTS = "Tổng hợp kết quả 2024";
const none = () => undefined;

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const built = new ExcelJS.Workbook();
  for (const model of sampleSheets().filter((s) => !s.name.startsWith("Tổng hợp") && s.name !== "Cấu hình xếp hạng")) renderSheet(built, model);
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(await built.xlsx.writeBuffer());
  return opened;
}

/** Each cell's own value by address (ExcelJS shows a merged area's value in all of its cells: not counted). */
function sheetTexts(sim: OfficeSimulator): string[] {
  const texts: string[] = [];
  sim.workbook.getWorksheet(SHEET)!.eachRow((row) =>
    row.eachCell((c) => {
      if (!c.isMerged || c.master === c) texts.push(`${c.address}=${String(c.value)}`);
    }),
  );
  return texts;
}

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

describe("ranking when Excel refuses a decoration of the ranking sheet", () => {
  let complete: string[];

  beforeAll(async () => {
    sim = installOfficeSimulator(globalThis, await sampleWorkbook(), { apiLevel: "1.17" });
    const ranked = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: "Chỉ tiêu 2024", period: "year" }, none);
    expect(ranked.ok && ranked.value.missing).toEqual([]);
    complete = sheetTexts(sim);
    sim.uninstall();
  });

  it.each([
    ["layout", /^Range\.merge$/, "định dạng (gộp ô, kẻ khung)", "formatting (merged cells, borders)"],
    ["print", /^PageLayout\.zoom$/, "thiết lập in", "print setup"],
    ["chart", /^ChartCollection\.add$/, "biểu đồ", "chart"],
  ])("without its %s: every value written, and the notice names it (vi and en)", async (decoration, refused, vi, en) => {
    sim = installOfficeSimulator(globalThis, await sampleWorkbook(), { apiLevel: "1.17" });
    sim.rejectCommands(refused);
    const ranked = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: "Chỉ tiêu 2024", period: "year" }, none);
    expect(ranked.ok).toBe(true);
    if (!ranked.ok) return;
    expect(ranked.value).toMatchObject({ sheet: SHEET, resultsSheet: RESULTS, missing: [decoration] });
    expect(sim.workbook.getWorksheet(RESULTS)).toBeDefined();
    const texts = sheetTexts(sim);
    // Without merges every cell stands alone; the values are the same cells either way.
    expect(texts.filter((t) => !t.endsWith("=null"))).toEqual(expect.arrayContaining(complete.filter((t) => !t.endsWith("=null"))));
    expect(complete.length).toBeGreaterThan(100);
    const noticeVi = rankedNotice(stringsFor("vi"), ranked.value);
    expect(noticeVi).toEqual({
      intent: "warning",
      text: `Bảng xếp hạng đã ghi đầy đủ vào trang “${SHEET}”, nhưng Excel không cho áp dụng ${vi}. Kết quả toàn xã theo từng thôn ở trang “${RESULTS}”.`,
    });
    expect(rankedNotice(stringsFor("en"), ranked.value).text).toBe(
      `The ranking is complete on sheet “${SHEET}”, but Excel would not apply its ${en}. The commune's results by village are on the sheet “${RESULTS}”.`,
    );
    expect(noticeVi.text).not.toContain("\n");
  });

  it("names them all in one line when all are refused", () => {
    const text = rankedNotice(stringsFor("vi"), { sheet: SHEET, missing: ["layout", "print", "chart"] }).text;
    expect(text).toBe(`Bảng xếp hạng đã ghi đầy đủ vào trang “${SHEET}”, nhưng Excel không cho áp dụng định dạng (gộp ô, kẻ khung), thiết lập in và biểu đồ.`);
  });
});
