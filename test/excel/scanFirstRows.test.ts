import * as ExcelJS from "exceljs";
import { scanWorksheets } from "../../src/excel";
import { classifySheet } from "../../src/core/checks/classifySheet";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { fillReport } from "./fixtures";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

/** A village's report of `rows` indicator rows, a clerk's title above its header. */
function report(wb: ExcelJS.Workbook, name: string, rows: number): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  fillReport(ws, rows);
  return ws;
}

const responses = () => sim.stats.requests.reduce((n, q) => n + q.responseBytes, 0);

describe("scanWorksheets, first rows only (the pane's start-up scan)", () => {
  it("reads a 200 000-row report's first rows in one request and leaves its body for the check", async () => {
    const wb = new ExcelJS.Workbook();
    report(wb, "Nà Lầu", 200_000);
    report(wb, "Khuổi Khon", 60);
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nà Lầu", "Khuổi Khon"], { firstRows: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [long, short] = r.value;
    expect(long).toMatchObject({ name: "Nà Lầu", partial: true, noTable: false, outside: null, failure: null });
    expect(long.cells?.values.length).toBeLessThanOrEqual(1_000);
    // What the lists need is there: the title, the header, the first rows, so the sheet is a village's report.
    expect(classifySheet(long.cells!)).toMatchObject({ layout: "report", year: 2024 });
    expect(short).toMatchObject({ partial: false, outside: null });
    expect(short.cells?.values).toHaveLength(63);
    expect(sim.stats.syncs).toBe(1);
    expect(responses()).toBeLessThan(1_000_000);
  });

  it("still reads a short table whole and names a far cell beside it", async () => {
    const wb = new ExcelJS.Workbook();
    report(wb, "Nặm Đin", 60).getCell("XFD1048576").value = "x";
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nặm Đin"], { firstRows: true });
    expect(r.ok && r.value[0]).toMatchObject({ partial: false, outside: { address: "XFD1048576", single: true } });
    expect(r.ok && r.value[0].cells?.values).toHaveLength(63);
  });

  it("reads a consolidated sheet wider than a report's first columns to its table's end", async () => {
    const villages = Array.from({ length: 24 }, (_, i) => `Thôn ${i + 1}`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tổng hợp");
    ws.getRow(2).values = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", ...villages];
    for (let i = 0; i < 300; i++) ws.getRow(3 + i).values = [i + 1, `Chỉ tiêu số ${i + 1}`, "%", 90, ...villages.map((_, v) => 80 + (v % 20))];
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    const r = await scanWorksheets(["Tổng hợp"], { firstRows: true });
    expect(r.ok && r.value[0]).toMatchObject({ partial: false, outside: null });
    // The last village's column on the table's last row: read, though it lies far right and far down.
    expect(r.ok && r.value[0].cells?.values[301][27]).toBe(83);
    expect(sim.stats.syncs).toBeLessThanOrEqual(2);
  });

  it("is the whole scan when not asked for first rows: a 20 000-row report is read to its end", async () => {
    const wb = new ExcelJS.Workbook();
    report(wb, "Nà Lầu", 20_000);
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    const r = await scanWorksheets(["Nà Lầu"]);
    expect(r.ok && r.value[0]).toMatchObject({ partial: false });
    expect(r.ok && r.value[0].cells?.values).toHaveLength(20_003);
  });
});
