import { checkReport } from "../../../src/core/checks/checkReport";
import { classifySheet } from "../../../src/core/checks/classifySheet";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { REPORT_COLUMNS } from "./reportSheet";

const sheet = (values: unknown, name = "Nà Lầu"): SheetCells => ({ name, values, formats: [] }) as unknown as SheetCells;

describe("bad input gives findings, never a crash", () => {
  it("an empty matrix is an empty sheet", () => {
    expect(checkReport(sheet([])).findings).toEqual([expect.objectContaining({ code: "sheet/empty", cell: null })]);
  });

  it("a matrix of nulls is an empty sheet", () => {
    const nulls = Array.from({ length: 50 }, () => Array.from({ length: 10 }, () => null));
    expect(readIndicatorTable(sheet(nulls)).findings).toEqual([expect.objectContaining({ code: "sheet/empty" })]);
  });

  it("ragged rows, non-array rows and odd formats are read for what they hold", () => {
    const values = [REPORT_COLUMNS, [1, "Số hộ nghèo giảm trong năm", "Hộ"], "not a row", [2, "Số thôn", "Thôn", 4, 4, 100, "x", "y", "z"], [], [3]];
    const report = checkReport({ name: "Nà Lầu", values, formats: [[1, null], "0%"] } as unknown as SheetCells);
    expect(report.indicators.map((checked) => checked.status)).toEqual(["unknown", "met"]);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "value/missing", cell: "E2" }));
  });

  it("input that is not a sheet at all is an empty sheet", () => {
    for (const input of [null, undefined, 42, "text", { values: "no" }, { name: 7, values: [[1]], formats: null }]) {
      expect(checkReport(input as unknown as SheetCells).findings.map((f) => f.code)).toEqual([expect.stringMatching(/^sheet\//u)]);
    }
    expect(readVillageReports(null as unknown as SheetCells[])).toEqual({ reports: [], findings: [] });
    expect(classifySheet(null as unknown as SheetCells).layout).toBeNull();
  });

  it("options that are not what they should be are ignored", () => {
    const report = sheet([REPORT_COLUMNS, [1, "Số hộ nuôi ong", "Hộ", 10, 12]], "constructor");
    expect(checkReport(report, { village: 7, fileName: {}, targets: "x" } as unknown as object).village).toBe("constructor");
    expect(readVillageReports([report], { fileNames: { Sheet1: 3 } } as unknown as object).reports).toHaveLength(1);
    expect(readVillageReports([report], "nonsense" as unknown as object).reports[0].village).toBe("constructor");
  });

  it("a header with no data is an empty table", () => {
    expect(checkReport(sheet([REPORT_COLUMNS])).findings).toContainEqual(expect.objectContaining({ code: "sheet/empty", cell: "B1" }));
  });

  it("every cell an error: no header, no crash", () => {
    const errors = Array.from({ length: 40 }, () => ["#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?"]);
    expect(checkReport(sheet(errors)).findings).toEqual([expect.objectContaining({ code: "sheet/no-header" })]);
  });

  it("every value cell an error below a header: each is value/excel-error", () => {
    const rows = Array.from({ length: 5 }, (_, index) => [index + 1, `Chỉ tiêu số ${index + 1}`, "#N/A", "#REF!", "#DIV/0!", "#VALUE!"]);
    const report = checkReport(sheet([REPORT_COLUMNS, ...rows]));
    expect(report.findings.filter((f) => f.code === "value/excel-error")).toHaveLength(5);
    expect(report.summary.unknown).toBe(5);
  });

  it("a sheet of 100 000 rows is read whole", () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => [index + 1, `Chỉ tiêu số ${index + 1}`, "Hộ", 10, index % 20]);
    const report = checkReport(sheet([REPORT_COLUMNS, ...rows]));
    expect(report.summary.indicators).toBe(100_000);
    expect(report.summary.met + report.summary.exceeded + report.summary.shortfall).toBe(100_000);
  });
});
