import type * as ExcelJS from "exceljs";
import { join } from "node:path";
import { listWorksheets, readWorksheets, writeSheet } from "../../src/excel";
import { COMMAND_BYTES, commandBytes } from "../../src/excel/requestBudget";
import { widthInPoints } from "../../src/excel/writeSheet";
import { charsToPoints, type OfficeSimulator } from "../simulator";
import { loadWorkbook, saveWorkbook } from "../simulator/node";
import { VILLAGE, allUnderWebLimit, simulate, villageReport } from "./fixtures";
import { rankingModel, villageNames } from "./rankingModel";
import type { SheetModel } from "../../src/core/model/sheetModel";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

const NAME = "Xếp hạng thi đua 2024";
const ranking = (): ExcelJS.Worksheet => sim.workbook.getWorksheet(NAME) as ExcelJS.Worksheet;
// "As many pages tall as the rows need", asked as a page count that cannot bind (src/excel/printZoom.ts).
const lastRow = (model: SheetModel): number => Math.max(...model.cells.map((c) => Number(/\d+$/.exec(c.address)?.[0])));
const merges = (ws: ExcelJS.Worksheet): string[] => (ws.model as unknown as { merges: string[] }).merges.slice().sort();

describe("writeSheet at ExcelApi 1.17", () => {
  it("writes the ranking sheet: values, fonts, borders, merges, widths, print setup, frozen header, chart", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const model = rankingModel(["Nà Lầu", "Khuổi Khon", "Lùng Vài", "Nà Đon"]);
    expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    const ws = ranking();
    expect(ws.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN");
    expect(ws.getCell("B8").value).toBe("Nà Lầu");
    expect(ws.getCell("G8").value).toBe(5000000);
    expect(ws.getCell("G8").numFmt).toBe("#,##0");
    expect(ws.getCell("C8").numFmt).toBe("0.00");
    expect(ws.getCell("A7").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.getCell("D4").font).toMatchObject({ italic: true });
    expect(ws.getCell("D2").font).toMatchObject({ underline: "single" });
    expect(ws.getCell("A7").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("C9").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("E8").alignment).toMatchObject({ wrapText: true });
    expect(merges(ws)).toEqual([...model.merges].sort());
    expect(charsToPoints(ws.getColumn(2).width ?? 0)).toBeCloseTo(widthInPoints(24), 0);
    expect(ws.getRow(7).height).toBe(36);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: lastRow(model), horizontalCentered: true, printTitlesRow: "7:7" });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, top: 0.6 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(sim.charts(NAME)).toEqual([expect.objectContaining({ type: "BarClustered", source: "B8:C11", seriesBy: "Columns", title: "Tổng điểm thi đua", legendVisible: false, position: { from: "J7", to: "Q26" } })]);
    expect(sim.activeSheet).toBe(NAME);
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([VILLAGE, "Ghi chú", NAME]);
  });

  it("writes village text as text: =1+1, @SUM(A1), +84…, -Bản never become formulas or numbers", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const tricky = ["=1+1", "@SUM(A1)", "+84 912 345 678", "-Bản Mới", "02", "1.417"];
    await writeSheet(rankingModel(tricky), { activate: false });
    const ws = ranking();
    tricky.forEach((name, i) => expect(ws.getCell(`B${8 + i}`).value).toBe(name));
    const read = await readWorksheets([NAME]);
    expect(read.ok && read.value[0].values.slice(7, 13).map((row) => row[1])).toEqual(tricky);
    expect(sim.activeSheet).toBe(VILLAGE);
  });

  it("replaces the sheet when run twice: one sheet, in the same tab position, only the new content", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    await writeSheet(rankingModel(villageNames(30)), { activate: false });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(NAME).position = 0;
      await ctx.sync();
    });
    await writeSheet(rankingModel(["Nà Lầu", "Khuổi Khon"]), { activate: true });
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([NAME, VILLAGE, "Ghi chú"]);
    expect(ranking().getCell("B9").value).toBe("Khuổi Khon");
    expect(ranking().getCell("B10").value).toBeNull();
    expect(sim.charts(NAME)).toHaveLength(1);
    expect(sim.activeSheet).toBe(NAME);
  });

  it("replaces the sheet even when it is the only visible one", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    await writeSheet(rankingModel(["Nà Lầu"]), { activate: true });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(VILLAGE).visibility = "Hidden";
      ctx.workbook.worksheets.getItem("Ghi chú").visibility = "Hidden";
      await ctx.sync();
    });
    expect(await writeSheet(rankingModel(["Khuổi Khon"]), { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sim.workbook.worksheets.map((w) => [w.name, w.state])).toEqual([[VILLAGE, "hidden"], ["Ghi chú", "hidden"], [NAME, "visible"]]);
    expect(ranking().getCell("B8").value).toBe("Khuổi Khon");
  });

  it.each([60, 6000])("ranks %i villages in at most 6 syncs (read the reports, write the sheet), requests under 5 MB", async (rows) => {
    sim = await simulate(villageReport(rows), `village-${rows}.xlsx`);
    expect((await readWorksheets([VILLAGE])).ok).toBe(true);
    expect(await writeSheet(rankingModel(villageNames(rows)), { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sim.stats.syncs).toBeLessThanOrEqual(6);
    expect(allUnderWebLimit(sim)).toBe(true);
    expect(ranking().getCell(`B${7 + rows}`).value).toBe(`Thôn ${rows}`);
  });

  it("splits a write that would not fit one request into several, each under 5 MB", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const long = villageNames(12000).map((n) => `${n} — ${"bản làng vùng cao ".repeat(12)}`);
    expect(await writeSheet(rankingModel(long), { activate: false })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    const writes = sim.stats.requests.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(allUnderWebLimit(sim)).toBe(true);
    expect(ranking().getCell("B12007").value).toBe(long[11999]);
  });

  it("splits a sheet of many differently formatted cells, each request under 5 MB as Excel on the web sends it", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const model = rankingModel(villageNames(2000));
    // A chequered table: every cell its own fill, about 16 000 format commands.
    model.cells = model.cells.map((cell) => {
      const ref = /^([A-H])(\d+)$/.exec(cell.address);
      const row = ref ? Number(ref[2]) : 0;
      if (!ref || row < 8) return cell;
      return { ...cell, style: { ...cell.style, fill: (row + ref[1].charCodeAt(0)) % 2 ? "#D9E1F2" : "#FCE4D6" } };
    });
    expect(await writeSheet(model, { activate: false })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sim.stats.requests.length).toBeGreaterThan(2);
    expect(allUnderWebLimit(sim)).toBe(true);
    expect(ranking().getCell("C2006").fill).toMatchObject({ fgColor: { argb: "FFD9E1F2" } });
  });

  it("saves a workbook that opens with the sheet as written", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    await writeSheet(rankingModel(["=1+1", "Nà Lầu"]), { activate: true });
    const path = join(__dirname, "..", "..", "test-artifacts", "excel", "ranking.xlsx");
    await saveWorkbook(sim, path);
    const reopened = await loadWorkbook(path);
    const ws = reopened.getWorksheet(NAME) as ExcelJS.Worksheet;
    expect(ws.getCell("B8").value).toBe("=1+1");
    expect(merges(ws)).toContain("A5:H5");
    expect(ws.pageSetup.orientation).toBe("landscape");
  });
});

describe("writeSheet at lower ExcelApi levels", () => {
  it("at 1.1 writes values, fonts and the chart, without merges, widths or print setup", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.1" });
    expect(await writeSheet(rankingModel(["Nà Lầu", "@SUM(A1)"]), { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [], printByHand: true } });
    const ws = ranking();
    expect(ws.getCell("B9").value).toBe("@SUM(A1)");
    expect(ws.getCell("A7").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(merges(ws)).toEqual([]);
    expect(ws.getColumn(2).width).toBeUndefined();
    expect(ws.pageSetup.orientation).not.toBe("landscape");
    expect(sim.charts(NAME)).toHaveLength(1);
  });

  it("at 1.1 replaces the sheet too, finding it without getItemOrNullObject", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.1" });
    await writeSheet(rankingModel(villageNames(5)), { activate: false });
    await writeSheet(rankingModel(villageNames(2)), { activate: false });
    expect(sim.workbook.worksheets.filter((w) => w.name === NAME)).toHaveLength(1);
  });

  it("at 1.7 merges and freezes, but sets no page layout (1.9)", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.7" });
    await writeSheet(rankingModel(villageNames(3)), { activate: false });
    const ws = ranking();
    expect(merges(ws)).toContain("A5:H5");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(ws.pageSetup.orientation).not.toBe("landscape");
  });
});

describe("commandBytes", () => {
  it("counts text as the UTF-8 it travels in, plus what Office.js sends for the command itself", () => {
    expect(commandBytes("Lầu", 0)).toBe(Buffer.byteLength('"Lầu"'));
    expect(commandBytes([["Thôn Nà Lầu", 5, null, "😀"]], 0)).toBe(Buffer.byteLength(JSON.stringify([["Thôn Nà Lầu", 5, null, "😀"]])));
    expect(commandBytes(true)).toBe(COMMAND_BYTES + 4);
    expect(COMMAND_BYTES).toBeGreaterThanOrEqual(1_100);
  });
});

describe("writeSheet failures", () => {
  it("refuses a name Excel would refuse, before touching the workbook", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    expect(await writeSheet(rankingModel(["A"], "Xếp hạng 6/2024"), { activate: false })).toEqual({ ok: false, failures: expect.objectContaining({ code: "invalid-name", sheet: "Xếp hạng 6/2024" }) });
    expect(sim.stats.syncs).toBe(0);
  });

  it("says the data is too large when even one cell's request is over Excel on the web's limit", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const model = rankingModel(["Nà Lầu"]);
    model.cells.push({ address: "B30", value: "x".repeat(5_100_000) });
    expect(await writeSheet(model, { activate: false })).toEqual({ ok: false, failures: expect.objectContaining({ code: "too-large", sheet: NAME }) });
  });

  it("turns cell-edit mode into a typed failure below ExcelApi 1.11, which cannot wait for it", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.10" });
    sim.setCellEditMode(true);
    expect(await writeSheet(rankingModel(["A"]), { activate: false })).toEqual({ ok: false, failures: expect.objectContaining({ code: "cell-edit", sheet: NAME }) });
  });
});

/** Every value of the model is on the sheet, as written. */
function expectAllValues(ws: ExcelJS.Worksheet, model: SheetModel): void {
  const missing = model.cells.filter((c) => c.value !== null && c.value !== "" && ws.getCell(c.address).value !== c.value);
  expect(missing.map((c) => c.address)).toEqual([]);
}

describe("writeSheet when Excel refuses part of it", () => {
  const VILLAGES = ["Nà Lầu", "Khuổi Khon", "Lùng Vài", "Nà Đon"];

  // Each decoration refused in turn, by the command Excel would refuse in it.
  it.each([
    ["layout", /^Range\.merge$/],
    ["layout", /^RangeBorder\.style$/],
    ["print", /^PageLayout\.zoom$/],
    ["print", /^PageLayout\.setPrintTitleRows$/],
    ["chart", /^ChartCollection\.add$/],
    ["chart", /^Chart\.setPosition$/],
  ])("without its %s (%s refused): the ranking is all there, replacing the old one, and the rest applied", async (decoration, refused) => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    await writeSheet(rankingModel(villageNames(30)), { activate: false });
    sim.rejectCommands(refused);
    const model = rankingModel(VILLAGES);
    const written = await writeSheet(model, { activate: true });
    expect(written).toEqual({ ok: true, value: { sheet: NAME, missing: [decoration] } });
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([VILLAGE, "Ghi chú", NAME]);
    const ws = ranking();
    expectAllValues(ws, model);
    expect(ws.getCell("B12").value).toBeNull();
    expect(ws.getCell("G8").numFmt).toBe("#,##0");
    expect(sim.activeSheet).toBe(NAME);
    if (decoration !== "layout") {
      expect(merges(ws)).toEqual([...model.merges].sort());
      expect(ws.getCell("A7").font).toMatchObject({ bold: true });
    }
    if (decoration !== "print") expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
    // Never two charts, nor half of one (added, then refused its position).
    expect(sim.charts(NAME)).toHaveLength(decoration === "chart" ? 0 : 1);
  });

  it("names every decoration refused when all are", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    sim.rejectCommands(/^Range\.merge$/);
    sim.rejectCommands(/^PageLayout\./);
    sim.rejectCommands(/^ChartCollection\.add$/);
    const model = rankingModel(VILLAGES);
    expect(await writeSheet(model, { activate: false })).toEqual({ ok: true, value: { sheet: NAME, missing: ["layout", "print", "chart"] } });
    expectAllValues(ranking(), model);
  });

  it("costs two round trips when nothing is refused, and one request more per decoration when one is", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    await writeSheet(rankingModel(VILLAGES), { activate: false });
    sim.reset();
    await writeSheet(rankingModel(VILLAGES), { activate: false });
    expect(sim.stats.syncs).toBe(2);
    sim.reset();
    sim.rejectCommands(/^PageLayout\.zoom$/);
    expect(await writeSheet(rankingModel(VILLAGES), { activate: false })).toEqual({ ok: true, value: { sheet: NAME, missing: ["print"] } });
    // Data, everything (refused at the zoom); then the sheet list (the replacing was done), layout, print
    // (refused), the chart list and the chart.
    expect(sim.stats.syncs).toBe(7);
    expect(sim.stats.requests.filter((r) => r.kind === "release")).toEqual([]);
  });

  it("keeps the old ranking whole when Excel refuses the new one's data, leaving no sheet behind", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const before = rankingModel(villageNames(30));
    await writeSheet(before, { activate: false });
    sim.rejectCommands(/^Range\.values$/, "GeneralException");
    expect(await writeSheet(rankingModel(VILLAGES), { activate: true })).toEqual({ ok: false, failures: expect.objectContaining({ code: "unknown", sheet: NAME }) });
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([VILLAGE, "Ghi chú", NAME]);
    expectAllValues(ranking(), before);
    expect(sim.charts(NAME)).toHaveLength(1);
  });

  it("keeps the old ranking whole when Excel refuses to delete it (and so the new sheet stays beside it)", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const before = rankingModel(villageNames(30));
    await writeSheet(before, { activate: false });
    sim.rejectCommands(/^Worksheet\.delete$/, "AccessDenied");
    expect(await writeSheet(rankingModel(VILLAGES), { activate: true })).toEqual({ ok: false, failures: expect.objectContaining({ code: "workbook-protected", sheet: NAME }) });
    expectAllValues(ranking(), before);
  });

  it("puts the new ranking in place even when Excel refuses to move it into the old tab position", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const before = rankingModel(villageNames(30));
    await writeSheet(before, { activate: false });
    sim.rejectCommands(/^Worksheet\.position$/, "GeneralException");
    const model = rankingModel(VILLAGES);
    const written = await writeSheet(model, { activate: true });
    expect(written).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([VILLAGE, "Ghi chú", NAME]);
    expectAllValues(ranking(), model);
  });

  it("keeps the new ranking, under the name Excel gave it, when the old one is gone and the name is refused", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    await writeSheet(rankingModel(villageNames(30)), { activate: false });
    sim.rejectCommands(/^Worksheet\.name$/, "InvalidArgument");
    const model = rankingModel(VILLAGES);
    const written = await writeSheet(model, { activate: true });
    expect(written.ok).toBe(true);
    if (!written.ok) return;
    expect(written.value.sheet).not.toBe(NAME);
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([VILLAGE, "Ghi chú", written.value.sheet]);
    expectAllValues(sim.workbook.getWorksheet(written.value.sheet) as ExcelJS.Worksheet, model);
  });
});

describe("writeSheet when Excel refuses everything after the data (another workbook took the focus)", () => {
  const VILLAGES = ["Nà Lầu", "Khuổi Khon", "Lùng Vài", "Nà Đon"];
  it("keeps the old ranking whole, hides the half-written sheet from the lists, and the next write removes it", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    const before = rankingModel(villageNames(30));
    await writeSheet(before, { activate: false });
    // Every command on a sheet is refused from the replacing on, the clean-up included.
    sim.rejectCommands(/^Worksheet\.(delete|name|position|activate)$/, "InactiveWorkbook");
    expect(await writeSheet(rankingModel(VILLAGES), { activate: true })).toEqual({ ok: false, failures: expect.objectContaining({ code: "inactive-workbook", sheet: NAME }) });
    expectAllValues(ranking(), before);
    const left = sim.workbook.worksheets.map((w) => w.name).filter((n) => ![VILLAGE, "Ghi chú", NAME].includes(n));
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^Thi đua đang ghi /);
    const listed = await listWorksheets();
    expect(listed.ok && listed.value.map((s) => s.name)).toEqual([VILLAGE, "Ghi chú", NAME]);
    // The user clicks back into this workbook and ranks again: the stray sheet goes.
    sim.acceptAllCommands();
    expect(await writeSheet(rankingModel(VILLAGES), { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual([VILLAGE, "Ghi chú", NAME]);
  });
});
