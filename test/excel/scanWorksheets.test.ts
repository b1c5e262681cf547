import * as ExcelJS from "exceljs";
import { readWorksheets, scanWorksheets } from "../../src/excel";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { fillReport } from "./fixtures";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

/** A workbook of village reports, each changed by `spoil` (a stray cell, a filled column …). */
function workbook(sheets: Record<string, (ws: ExcelJS.Worksheet) => void>, rows = 60): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, spoil] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    fillReport(ws, rows);
    spoil(ws);
  }
  return wb;
}

const clean = () => undefined;
const maxResponse = () => Math.max(...sim.stats.requests.map((q) => q.responseBytes));

describe("scanWorksheets", () => {
  it("reads a workbook of ordinary reports in one request, each sheet whole", async () => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nà Lầu": clean, "Khuổi Khon": clean }), { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nà Lầu", "Khuổi Khon"]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((s) => [s.name, s.cells?.values.length, s.cells?.values[2].length, s.outside, s.noTable, s.failure])).toEqual([
      ["Nà Lầu", 63, 6, null, false, null],
      ["Khuổi Khon", 63, 6, null, false, null],
    ]);
    expect(sim.stats.syncs).toBe(1);
  });

  it.each([
    ["one value in XFD1048576", (ws: ExcelJS.Worksheet) => (ws.getCell("XFD1048576").value = "x"), "XFD1048576"],
    ["column XFD filled on 20 000 rows", (ws: ExcelJS.Worksheet) => { for (let r = 1; r <= 20_000; r++) ws.getCell(r, 16384).value = r; }, "XFD20000"],
    ["one value in A1048576, below the table in its own columns", (ws: ExcelJS.Worksheet) => (ws.getCell("A1048576").value = "x"), "A1048576"],
    ["values in K5:M900 and Z3000, right of the table", (ws: ExcelJS.Worksheet) => { ws.getCell("K5").value = 1; ws.getCell("M900").value = 2; ws.getCell("Z3000").value = "y"; }, "Z3000"],
  ])("reads a sheet with %s within its table, in a few requests, and names the far cell", async (_label, spoil, far) => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nà Lầu": clean, "Nặm Đin": spoil }), { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nà Lầu", "Nặm Đin"]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [good, spoilt] = r.value;
    expect(spoilt.outside).toEqual({ address: far, single: true });
    expect(spoilt.failure).toBeNull();
    // The table itself reads exactly as on the clean sheet.
    expect(spoilt.cells?.values.slice(1)).toEqual(good.cells?.values.slice(1));
    expect(good.outside).toBeNull();
    expect(sim.stats.syncs).toBeLessThanOrEqual(5);
    expect(maxResponse()).toBeLessThan(5_000_000);
  });

  it.each(["1.17", "1.1"])("reads 200 ordinary reports in two requests at ExcelApi %s, each sheet whole", async (apiLevel) => {
    const names = Array.from({ length: 200 }, (_, i) => `Thôn ${i + 1}`);
    sim = installOfficeSimulator(globalThis, workbook(Object.fromEntries(names.map((n) => [n, clean]))), { apiLevel });
    const r = await scanWorksheets(names);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.filter((s) => s.failure !== null || s.cells?.values.length !== 63)).toEqual([]);
    const [first] = r.value;
    expect(first.cells?.values[62][1]).toBe("Không để xảy ra cán bộ, công chức vi phạm kỷ luật (60)");
    for (const sheet of r.value) expect(sheet.cells?.values.slice(1)).toEqual(first.cells?.values.slice(1));
    expect(sim.stats.syncs).toBe(2);
    expect(maxResponse()).toBeLessThan(5_000_000);
  });

  it("lists a sheet whose first rows hold no table as such, reading only those rows", async () => {
    const wb = workbook({ "Nà Lầu": clean });
    const list = wb.addWorksheet("Danh sách hộ");
    for (let r = 1; r <= 30; r++) list.getRow(r).values = [`Hộ ${r}`, r];
    list.getCell("XFD1048576").value = "x";
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nà Lầu", "Danh sách hộ"]);
    expect(r.ok && r.value[1]).toMatchObject({ name: "Danh sách hộ", noTable: true, failure: null, outside: { address: "XFD1048576", single: true } });
    expect(r.ok && r.value[1].cells?.values[29][0]).toBe("Hộ 30");
    expect(r.ok && r.value[1].cells?.values.length).toBeLessThanOrEqual(42);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
  });

  it.each(["GeneralException", "ResponsePayloadSizeLimitExceeded"])("marks a sheet Excel refuses with %s and still reads every other sheet", async (code) => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nà Lầu": clean, "Nặm Đin": clean, "Khuổi Khon": clean }), { apiLevel: "1.17" });
    sim.failSheet("Nặm Đin", code);
    const r = await scanWorksheets(["Nà Lầu", "Nặm Đin", "Khuổi Khon"]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((s) => [s.name, s.failure?.code ?? null, s.cells?.values.length ?? null])).toEqual([
      ["Nà Lầu", null, 63],
      ["Nặm Đin", code === "GeneralException" ? "unknown" : "too-large", null],
      ["Khuổi Khon", null, 63],
    ]);
    // One request for all, then one per sheet to tell the refused one apart (and, when too large, its first rows alone).
    expect(sim.stats.syncs).toBeLessThanOrEqual(5);
  });

  it("reads a 200 000-row report in blocks, every response under 5 MB, the same as a small one row for row", async () => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nà Lầu": clean }, 200_000), { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nà Lầu"]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cells = r.value[0].cells;
    expect(cells?.values).toHaveLength(200_003);
    expect(cells?.values[200_002][1]).toBe("Tỷ lệ giải ngân các nguồn vốn đầu tư (200000)");
    expect(cells?.formats[4][4]).toBe("0%");
    expect(maxResponse()).toBeLessThan(5_000_000);
    expect(sim.stats.syncs).toBeLessThanOrEqual(15);
  });

  it("stops between requests when cancelled, with a cancelled failure", async () => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nà Lầu": (ws) => (ws.getCell("XFD1048576").value = "x") }), { apiLevel: "1.17" });
    const cancel = new AbortController();
    const r = await scanWorksheets(["Nà Lầu"], { signal: cancel.signal, progress: () => cancel.abort() });
    expect(r).toEqual({ ok: false, failures: expect.objectContaining({ code: "cancelled" }) });
    expect(sim.stats.syncs).toBe(1);
  });

  it("works below ExcelApi 1.4 in two requests, naming the used range when no one cell can be told", async () => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nặm Đin": (ws) => (ws.getCell("XFD1048576").value = "x") }), { apiLevel: "1.2" });
    const r = await scanWorksheets(["Nặm Đin"]);
    expect(r.ok && r.value[0].outside).toEqual({ address: "A1:XFD1048576", single: false });
    expect(r.ok && r.value[0].cells?.values).toHaveLength(63);
    expect(sim.stats.syncs).toBe(2);
  });
});

describe("readWorksheets", () => {
  it("fails with the sheet Excel refuses, naming it", async () => {
    sim = installOfficeSimulator(globalThis, workbook({ "Nà Lầu": clean, "Nặm Đin": clean }), { apiLevel: "1.17" });
    sim.failSheet("Nặm Đin");
    expect(await readWorksheets(["Nà Lầu", "Nặm Đin"])).toEqual({ ok: false, failures: expect.objectContaining({ code: "unknown", sheet: "Nặm Đin" }) });
  });
});
