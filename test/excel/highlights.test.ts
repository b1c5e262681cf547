import type * as ExcelJS from "exceljs";
import { HIGHLIGHT_COLOURS, type Highlight } from "../../src/core/model/highlight";
import { applyHighlights, clearHighlights, readWorksheets } from "../../src/excel";
import { STATE_LIMIT_CHARS } from "../../src/excel/highlightState";
import type { OfficeSimulator } from "../simulator";
import { protectSheet, sheetProtection } from "../simulator/hostState";
import { VILLAGE, allUnderWebLimit, fillReport, simulate, snapshot, villageReport } from "./fixtures";

function fillReportCopy(wb: ExcelJS.Workbook): void {
  fillReport(wb.addWorksheet("Bản sao"), 10);
}

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

const rank = (cell: string) => (cell.startsWith("A") ? 1 : 0);
const row = (cell: string) => Number(cell.slice(1));

const sheet = (): ExcelJS.Worksheet => sim.workbook.getWorksheet(VILLAGE) as ExcelJS.Worksheet;

/** Every actual cell of the report highlighted, the way a check of a poor report would. */
function everyActual(rows: number): Highlight[] {
  return Array.from({ length: rows }, (_, i) => ({ cell: `E${4 + i}`, style: i % 3 === 0 ? "bad" : i % 3 === 1 ? "neutral" : "good" }));
}

describe.each(["1.17", "1.4", "1.1"])("highlights at ExcelApi %s", (apiLevel) => {
  it("paints Excel's Bad / Neutral colours and leaves values untouched; clear restores every fill and font", async () => {
    sim = await simulate(villageReport(60), "village-60.xlsx", { apiLevel });
    const values = snapshot(sheet(), "values");
    const fills = snapshot(sheet(), "fills");
    const fonts = snapshot(sheet(), "fonts");

    const applied = await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }, { cell: "E5", style: "neutral" }, { cell: "E6", style: "bad" }]);
    expect(applied).toEqual({ ok: true, value: { painted: 3, notPainted: 0, firstNotPainted: null } });
    expect(sheet().getCell("E4").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FF" + HIGHLIGHT_COLOURS.bad.fill.slice(1) } });
    expect(sheet().getCell("E5").font.color).toEqual({ argb: "FF" + HIGHLIGHT_COLOURS.neutral.font.slice(1) });
    expect(snapshot(sheet(), "values")).toEqual(values);

    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(snapshot(sheet(), "values")).toEqual(values);
    expect(snapshot(sheet(), "fills")).toEqual(apiLevel === "1.17" ? fills : withoutWhite(fills, ["E4", "E5", "E6"]));
    expect(snapshot(sheet(), "fonts")).toEqual(fonts);
  });

  it("does not stack: a second check replaces the first, and one clear restores the original", async () => {
    sim = await simulate(villageReport(60), "village-60.xlsx", { apiLevel });
    const fills = snapshot(sheet(), "fills");
    await applyHighlights(VILLAGE, [{ cell: "E5", style: "bad" }, { cell: "E6", style: "bad" }]);
    await applyHighlights(VILLAGE, [{ cell: "E6", style: "neutral" }, { cell: "E7", style: "bad" }]);
    expect(sheet().getCell("E5").fill).toEqual(fills.E5);
    expect(sheet().getCell("E6").fill?.type === "pattern" && sheet().getCell("E6").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    await applyHighlights(VILLAGE, [{ cell: "E6", style: "neutral" }, { cell: "E7", style: "bad" }]);
    await clearHighlights(VILLAGE);
    expect(snapshot(sheet(), "fills")).toEqual(apiLevel === "1.17" ? fills : withoutWhite(fills, ["E5", "E6", "E7"]));
  });

  it("keeps its state in the workbook: clearing works after the pane is closed and opened again", async () => {
    sim = await simulate(villageReport(20), "village-20.xlsx", { apiLevel });
    const fills = snapshot(sheet(), "fills");
    await applyHighlights(VILLAGE, everyActual(20));
    sim.reopen();
    await clearHighlights(VILLAGE);
    expect(snapshot(sheet(), "fills")).toEqual(apiLevel === "1.17" ? fills : withoutWhite(fills, everyActual(20).map((h) => h.cell)));
    expect(Object.keys(sim.settings())).toEqual([]);
  });
});

/**
 * Below ExcelApi 1.9 the fill pattern cannot be read: a white fill reads like no fill and comes back as
 * no fill, and a patterned fill comes back solid in its colour (documented limits).
 */
function withoutWhite(fills: Record<string, unknown>, touched: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [cell, f] of Object.entries(fills) as [string, ExcelJS.FillPattern][]) {
    if (!touched.includes(cell)) {
      out[cell] = f;
      continue;
    }
    if (f.fgColor?.argb === "FFFFFFFF") continue;
    out[cell] = { ...f, pattern: "solid" };
  }
  return out;
}

describe("highlights: exactness and limits", () => {
  it("restores no fill as no fill and a white or patterned fill as it was (ExcelApi 1.9+)", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const before = { white: sheet().getCell("E6").fill, none: sheet().getCell("E4").fill, pattern: sheet().getCell("E8").fill };
    expect(before.none).toBeUndefined();
    await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }, { cell: "E6", style: "bad" }, { cell: "E8", style: "bad" }]);
    await clearHighlights(VILLAGE);
    expect({ white: sheet().getCell("E6").fill, none: sheet().getCell("E4").fill, pattern: sheet().getCell("E8").fill }).toEqual(before);
  });

  it("clears a cell that had a gradient fill: Office.js cannot set a gradient, so it comes back solid", async () => {
    const wb = villageReport(10);
    const gradient: ExcelJS.Fill = { type: "gradient", gradient: "angle", degree: 90, stops: [{ position: 0, color: { argb: "FF4472C4" } }, { position: 1, color: { argb: "FFFFFFFF" } }] };
    (wb.getWorksheet(VILLAGE) as ExcelJS.Worksheet).getCell("E4").fill = gradient;
    sim = await simulate(wb, "village-gradient.xlsx");
    const values = snapshot(sheet(), "values");
    expect(await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }, { cell: "E5", style: "bad" }])).toMatchObject({ ok: true, value: { notPainted: 0 } });
    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(sheet().getCell("E4").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet().getCell("E4").fill).not.toMatchObject({ fgColor: { argb: "FF" + HIGHLIGHT_COLOURS.bad.fill.slice(1) } });
    expect(snapshot(sheet(), "values")).toEqual(values);
    expect(Object.keys(sim.settings())).toEqual([]);
  });

  it.each([60, 6000])("checks a %i-row sheet in at most 3 syncs (read, then highlight), each request under 5 MB", async (rows) => {
    sim = await simulate(villageReport(rows), `village-${rows}.xlsx`);
    const read = await readWorksheets([VILLAGE]);
    expect(read.ok).toBe(true);
    await applyHighlights(VILLAGE, everyActual(rows).map((h) => ({ ...h, style: "bad" })));
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(allUnderWebLimit(sim)).toBe(true);
    sim.reset();
    await clearHighlights(VILLAGE);
    // The village's own colours every few rows make thousands of runs to restore at 6 000 rows.
    // Thousands of runs to restore at 6 000 rows go many runs per command: still two requests.
    expect(sim.stats.syncs).toBe(2);
    expect(allUnderWebLimit(sim)).toBe(true);
  });

  it("splits highlights into more requests only when thousands of separate runs would pass 5 MB in Excel on the web", async () => {
    sim = await simulate(villageReport(6000), "village-6000.xlsx");
    const fills = snapshot(sheet(), "fills");
    expect(await applyHighlights(VILLAGE, everyActual(60))).toEqual({ ok: true, value: { painted: 60, notPainted: 0, firstNotPainted: null } });
    expect(sim.stats.syncs).toBe(2);
    sim.reset();
    // Every row a different colour from the next: 6 000 commands of about 850 bytes each.
    expect(await applyHighlights(VILLAGE, everyActual(6000))).toEqual({ ok: true, value: { painted: 6000, notPainted: 0, firstNotPainted: null } });
    expect(allUnderWebLimit(sim)).toBe(true);
    // From ExcelApi 1.9 runs of one colour go many per command, so even these fit the two requests.
    expect(sim.stats.syncs).toBeLessThanOrEqual(5);
    expect(sheet().getCell("E6003").fill).toMatchObject({ fgColor: { argb: "FF" + HIGHLIGHT_COLOURS[everyActual(6000)[5999].style].fill.slice(1) } });
    sim.reset();
    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(allUnderWebLimit(sim)).toBe(true);
    expect(snapshot(sheet(), "fills")).toEqual(fills);
  });

  it("finds its highlights again after the sheet was renamed (state is keyed by the sheet's id)", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const fills = snapshot(sheet(), "fills");
    await applyHighlights(VILLAGE, everyActual(10));
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(VILLAGE).name = "Nà Lầu (đã sửa)";
      await ctx.sync();
    });
    expect(await clearHighlights("Nà Lầu (đã sửa)")).toEqual({ ok: true, value: { restored: 10, byColour: 0 } });
    expect(snapshot(sim.workbook.getWorksheet("Nà Lầu (đã sửa)") as ExcelJS.Worksheet, "fills")).toEqual(fills);
  });

  it("forgets the highlights of a sheet deleted since, at the next check", async () => {
    const wb = villageReport(10);
    fillReportCopy(wb);
    sim = await simulate(wb, "village-10-copy.xlsx");
    await applyHighlights("Bản sao", [{ cell: "E4", style: "bad" }]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Bản sao").delete();
      await ctx.sync();
    });
    await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }]);
    expect(Object.keys(sim.settings())).toHaveLength(1);
    // Saved as a JSON string, the type workbook settings document.
    expect(Object.values(sim.settings()).map((v) => JSON.parse(v as string))).toEqual([expect.objectContaining({ sheet: VILLAGE })]);
  });

  it("clearing a sheet without highlights looks for the add-in's colours once and changes nothing", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const fills = snapshot(sheet(), "fills");
    expect(await clearHighlights(VILLAGE)).toEqual({ ok: true, value: { restored: 0, byColour: 0 } });
    expect(snapshot(sheet(), "fills")).toEqual(fills);
    expect(sim.stats.syncs).toBe(2);
  });

  it("an error wins over a shortfall on the same cell", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }, { cell: "E4", style: "neutral" }, { cell: "E4", style: "good" }]);
    expect(sheet().getCell("E4").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
  });

  it("paints a protected sheet that does not allow formatting by unprotecting it and protecting it again with the same options, in the same request", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const ws = sheet();
    protectSheet(ws, { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Unlocked" });
    const before = sheetProtection(ws);
    const fills = snapshot(ws, "fills");
    const from = sim.stats.syncs;
    expect(await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }, { cell: "E6", style: "neutral" }])).toMatchObject({ ok: true, value: { painted: 2 } });
    expect(sim.stats.syncs - from).toBe(2);
    expect(ws.getCell("E4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheetProtection(ws)).toEqual(before);
    expect(await clearHighlights(VILLAGE)).toEqual({ ok: true, value: { restored: 2, byColour: 0 } });
    expect(snapshot(ws, "fills")).toEqual(fills);
    expect(sheetProtection(ws)).toEqual(before);
  });

  it("paints a protected sheet that allows formatting cells (a template written by the add-in) without touching its protection", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    protectSheet(sheet(), { allowFormatCells: true });
    const from = sim.stats.requests.length;
    expect(await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }])).toMatchObject({ ok: true, value: { painted: 1 } });
    expect(sim.stats.requests.slice(from).map((r) => r.error)).toEqual([null, null]);
    expect(sheetProtection(sheet())).toMatchObject({ sheet: true, formatCells: true });
  });

  it("puts the protection back when the paint it was lifted for is refused half-way", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    protectSheet(sheet(), { allowFormatRows: true });
    const before = sheetProtection(sheet());
    sim.rejectCommands(/^RangeFont\.color$/, "GeneralException");
    expect(await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }])).toMatchObject({ ok: false, failures: { code: "unknown" } });
    expect(sheetProtection(sheet())).toEqual(before);
  });

  it("turns Office errors into typed failures: protected sheet (where Office.js cannot lift protection), missing sheet, cell edit, bad address", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.1" });
    sim.protect(VILLAGE);
    const fills = snapshot(sheet(), "fills");
    expect(await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }])).toEqual({ ok: false, failures: expect.objectContaining({ code: "protected", sheet: VILLAGE }) });
    // Its look went on record before the refused paint; clearing it later changes nothing.
    sim.unprotect(VILLAGE);
    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(snapshot(sheet(), "fills")).toEqual(fills);
    expect(Object.keys(sim.settings())).toEqual([]);
    expect(await applyHighlights("Thôn khác", [{ cell: "E4", style: "bad" }])).toEqual({ ok: false, failures: expect.objectContaining({ code: "sheet-missing", sheet: "Thôn khác" }) });
    expect(await applyHighlights(VILLAGE, [{ cell: "Z", style: "bad" }])).toEqual({ ok: false, failures: expect.objectContaining({ code: "unknown" }) });
    sim.setCellEditMode(true);
    expect(await clearHighlights(VILLAGE)).toEqual({ ok: false, failures: expect.objectContaining({ code: "cell-edit" }) });
  });

  it("clears a cell whose font colour was recorded as none (rich text in several colours) by making it black", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.4" });
    await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }]);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(VILLAGE).load("id");
      await ctx.sync();
      ctx.workbook.settings.add(`thidua.highlights.${ws.id}`, { sheet: VILLAGE, cells: { E4: { fill: null, font: null, style: "bad" } } });
      await ctx.sync();
    });
    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(sheet().getCell("E4").font.color).toEqual({ argb: "FF000000" });
    expect(sheet().getCell("E4").fill).toBeUndefined();
  });

  it("reports a failed save of document settings at ExcelApi 1.1", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.1" });
    sim.documentSettings.failNextSave = "disk full";
    const r = await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }]);
    expect(r).toEqual({ ok: false, failures: expect.objectContaining({ code: "unknown", detail: expect.stringContaining("disk full") }) });
  });
});

describe("highlights when Excel refuses part of them", () => {
  it("keeps every touched cell clearable when Excel refuses the paint half-way", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const fills = snapshot(sheet(), "fills");
    const fonts = snapshot(sheet(), "fonts");
    await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }, { cell: "E5", style: "bad" }]);
    sim.rejectCommands(/^RangeFont\.color$/, "GeneralException");
    const refused = await applyHighlights(VILLAGE, [{ cell: "E7", style: "neutral" }, { cell: "E9", style: "bad" }]);
    expect(refused.ok).toBe(false);
    sim.acceptAllCommands();
    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(snapshot(sheet(), "fills")).toEqual(fills);
    expect(snapshot(sheet(), "fonts")).toEqual(fonts);
  });

  it("paints nothing, and says why, when Excel refuses to keep the saved looks; earlier highlights stay clearable", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const fills = snapshot(sheet(), "fills");
    await applyHighlights(VILLAGE, [{ cell: "E4", style: "bad" }]);
    const painted = snapshot(sheet(), "fills");
    sim.rejectCommands(/^SettingCollection\.add$/, "GeneralException");
    expect(await applyHighlights(VILLAGE, [{ cell: "E6", style: "bad" }])).toEqual({ ok: false, failures: expect.objectContaining({ code: "too-many-highlights", sheet: VILLAGE }) });
    expect(snapshot(sheet(), "fills")).toEqual(painted);
    sim.acceptAllCommands();
    await clearHighlights(VILLAGE);
    expect(snapshot(sheet(), "fills")).toEqual(fills);
  });

  it("past the state limit paints what fits, errors and shortfalls first in sheet order, each painted cell on record", async () => {
    sim = await simulate(villageReport(6000), "village-6000.xlsx");
    const fills = snapshot(sheet(), "fills");
    const fonts = snapshot(sheet(), "fonts");
    // An earlier check's highlight on a cell this one does not mark: it comes off.
    await applyHighlights(VILLAGE, [{ cell: "E5", style: "bad" }]);
    const scattered: Highlight[] = [];
    for (let r = 4; r < 6004; r += 2) for (const col of "JIHGFEDCBA") scattered.push({ cell: `${col}${r}`, style: col === "A" ? "good" : col === "B" ? "neutral" : "bad" });
    sim.reset();
    const result = await applyHighlights(VILLAGE, scattered);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { painted, notPainted, firstNotPainted } = result.value;
    expect(painted + notPainted).toBe(scattered.length);
    expect(painted).toBeGreaterThan(5_000);
    expect(notPainted).toBeGreaterThan(5_000);
    // Errors and shortfalls (B to J) row by row, then the met targets (A): the first cells in that order are painted.
    const order = [...scattered.filter((h) => h.style !== "good"), ...scattered.filter((h) => h.style === "good")]
      .map((h) => h.cell)
      .sort((a, b) => rank(a) - rank(b) || row(a) - row(b) || a.localeCompare(b));
    expect(firstNotPainted).toBe(order[painted]);
    const now = snapshot(sheet(), "fills");
    const same = (cell: string) => JSON.stringify(now[cell]) === JSON.stringify(fills[cell]);
    const style = new Map(scattered.map((h) => [h.cell, h.style]));
    const highlightedAs = (cell: string) => (now[cell] as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FF" + HIGHLIGHT_COLOURS[style.get(cell)!].fill.slice(1);
    expect(order.slice(0, painted).every(highlightedAs)).toBe(true);
    expect(order.slice(painted).every(same)).toBe(true);
    expect(same("E5")).toBe(true);
    const saved = Object.values(sim.settings()).map((v) => String(v));
    expect(saved).toHaveLength(1);
    expect(saved[0].length).toBeLessThanOrEqual(STATE_LIMIT_CHARS);
    expect(allUnderWebLimit(sim)).toBe(true);
    // Looks and saved state; the earlier highlight off; the paint, in requests under 4 MB.
    expect(sim.stats.syncs).toBeLessThanOrEqual(6);
    // Checking again paints the same cells, never stacking on the first highlights.
    expect(await applyHighlights(VILLAGE, scattered)).toEqual(result);
    expect(await clearHighlights(VILLAGE)).toMatchObject({ ok: true });
    expect(snapshot(sheet(), "fills")).toEqual(fills);
    // An automatic font colour (of the blank cells G to J) comes back black, which looks the same.
    const after = snapshot(sheet(), "fonts");
    expect(after).toMatchObject(fonts);
    expect(Object.keys(after).filter((cell) => !(cell in fonts)).every((cell) => after[cell] === "#000000")).toBe(true);
    expect(sim.settings()).toEqual({});
  });
});
