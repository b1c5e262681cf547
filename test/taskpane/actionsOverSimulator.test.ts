/**
 * @jest-environment node
 *
 * The pane's operations through the real Office.js adapter, over the Office simulator holding the sample
 * workbook: what reaches the workbook, and how many round trips each operation costs (CONTRIBUTING.md#quality-bars).
 */
import ExcelJS from "exceljs";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { findSheets } from "../../src/taskpane/state/actions/findSheets";
import { openConfig } from "../../src/taskpane/state/actions/openConfig";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { writeSamples } from "../../src/taskpane/state/actions/writeSamples";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { SAMPLE_REPORTS as VILLAGES, noProgress as none, sampleWorkbook } from "./sampleOverSimulator";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

describe("the pane's operations over the simulated Excel", () => {
  beforeEach(async () => {
    sim = installOfficeSimulator(globalThis, await sampleWorkbook(), { apiLevel: "1.17" });
  });

  it("finds the target sheet and the six village reports", async () => {
    const found = await findSheets(excelAdapter, "vi");
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.value.sheets.filter((s) => s.layout === "targets").map((s) => s.name)).toEqual(["Chỉ tiêu 2024"]);
    expect(found.value.sheets.filter((s) => s.layout === "report").map((s) => s.name)).toEqual(VILLAGES);
    expect(found.value.year).toBe(2024);
    expect(found.value.empty).toBe(false);
  });

  it("checks a report in at most 3 round trips, shows it with its first finding selected, and highlights it in Excel's colours", async () => {
    sim.reset();
    const checked = await checkSheet(excelAdapter, "vi", { reports: ["Khuổi Khâm"], target: "Chỉ tiêu 2024" }, none);
    // Read, paint and show the report (its first finding's cell selected) in 3.
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.selected?.sheet).toBe("Khuổi Khâm");
    const shortfall = checked.value.checked.findings.find((f) => f.code === "target/shortfall" && f.cell);
    expect(shortfall).toBeDefined();
    const cell = sim.workbook.getWorksheet("Khuổi Khâm")!.getCell(shortfall!.cell!);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb?.slice(-6)).toBe("FFC7CE");
  });

  it("ranks in at most 6 round trips, writing and opening the ranking sheet", async () => {
    sim.reset();
    const ranked = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: "Chỉ tiêu 2024", period: "year" }, none);
    expect(sim.stats.syncs).toBeLessThanOrEqual(6);
    expect(ranked.ok).toBe(true);
    if (!ranked.ok) return;
    expect(ranked.value.sheet).toBe("Xếp hạng thi đua 2024");
    expect(sim.activeSheet).toBe("Xếp hạng thi đua 2024");
    expect(ranked.value.ranking.villages.map((v) => v.rank)).toEqual([1, 2, 2, 4, 5, 6]);
    const texts: string[] = [];
    sim.workbook.getWorksheet("Xếp hạng thi đua 2024")!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(["ỦY BAN NHÂN DÂN", "XÃ KHUÔN LÙNG", "Nà Lầu", "Giải Nhất"]));
  });

  it("creates the configuration sheet, and a broken one stops the ranking with the errors and their cells", async () => {
    const created = await openConfig(excelAdapter, "vi", { year: 2024, period: "year" });
    expect(created).toMatchObject({ ok: true, value: { created: true, status: { exists: true, findings: [] } } });
    const config = sim.workbook.getWorksheet("Cấu hình xếp hạng")!;
    let methodLabel: ExcelJS.Cell | undefined;
    config.eachRow((row) => row.eachCell((c) => {
      if (c.value === "Cách xếp hạng") methodLabel = c;
    }));
    // The method is a dropdown of the sheet's words, written through Office.js's data validation.
    expect(config.getCell(Number(methodLabel!.row), 2).dataValidation).toMatchObject({ type: "list", formulae: ['"Tỷ lệ hoàn thành,Thang điểm"'] });
    let capCell: ExcelJS.Cell | undefined;
    config.eachRow((row) => row.eachCell((c) => {
      if (c.value === 1.2) capCell = c;
    }));
    capCell!.value = "nhiều";
    const reread = await openConfig(excelAdapter, "vi", { year: 2024, period: "year" });
    expect(reread.ok && reread.value.status.findings.map((f) => f.cell)).toContain(capCell!.address);
    const ranked = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: null, period: "year" }, none);
    expect(ranked.ok).toBe(false);
    if (ranked.ok) return;
    expect(ranked.notice.items?.some((line) => line.startsWith(`${capCell!.address}:`))).toBe(true);
    expect(sim.workbook.getWorksheet("Xếp hạng thi đua 2024")).toBeUndefined();
  });

  it("locates an adjustment for a village with no report at its row of the configuration sheet", async () => {
    await openConfig(excelAdapter, "vi", { year: 2024, period: "year" });
    const config = sim.workbook.getWorksheet("Cấu hình xếp hạng")!;
    let header: ExcelJS.Cell | undefined;
    config.eachRow((row) => row.eachCell((c) => {
      if (c.value === "Thôn được điều chỉnh") header = c;
    }));
    const row = Number(header!.row) + 1;
    config.getCell(row, 1).value = "Bản Thử";
    config.getCell(row, 2).value = 5;
    const ranked = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: null, period: "year" }, none);
    expect(ranked.ok).toBe(true);
    if (!ranked.ok) return;
    expect(ranked.value.ranking.findings).toContainEqual(
      expect.objectContaining({ code: "village/adjustment-without-report", sheet: "Cấu hình xếp hạng", cell: `A${row}`, details: expect.objectContaining({ village: "Bản Thử", points: 5 }) }),
    );
  });
});

describe("sample data over the simulated Excel", () => {
  it("fills a new workbook, replacing its blank Sheet1, and refuses a second time", async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    sim = installOfficeSimulator(globalThis, empty, { apiLevel: "1.17" });
    const written = await writeSamples(excelAdapter, "vi", none);
    expect(written.ok && written.value[0]).toBe("Chỉ tiêu 2024");
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Chỉ tiêu 2024", ...VILLAGES]));
    expect(sim.activeSheet).toBe("Nà Lầu");
    const again = await writeSamples(excelAdapter, "vi", none);
    expect(again).toMatchObject({ ok: false, notice: { intent: "warning" } });
  });
});
