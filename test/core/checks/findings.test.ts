import { checkReport } from "../../../src/core/checks/checkReport";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";
import { villageReportSheet } from "../../fixtures/villageReportSheet";
import { reportSheet, targetSheet } from "./reportSheet";

const commune = seedTargetSheet();
const POOR = "Số hộ nghèo giảm trong năm"; // Hộ, 40, cumulative
const GRAIN = "Tổng sản lượng lương thực có hạt"; // Tấn, 1.417
const SCHOOL = "Tỷ lệ huy động trẻ 5 tuổi đến lớp"; // %, 97,5
const RECRUIT = "Công tác tuyển quân"; // Đạt

const code = (c: string, cell: string | null) => expect.objectContaining({ code: c, cell });

describe("checkReport finds each problem where it is", () => {
  it("sheet/empty for a sheet without any table", () => {
    expect(checkReport({ name: "Trống", values: [], formats: [] }).findings).toContainEqual(code("sheet/empty", null));
  });

  it("sheet/no-header for cells without a header row", () => {
    expect(checkReport({ name: "Ghi chép", values: [["Họp thôn ngày 5/6"], [1, 2, 3]], formats: [] }).findings).toContainEqual(code("sheet/no-header", null));
  });

  it("sheet/missing-column for a report without an actual column", () => {
    const findings = checkReport(targetSheet([[1, POOR, "Hộ", 40]])).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "sheet/missing-column", cell: "B1", details: { columns: "Thực hiện" } }));
  });

  it("row/missing-indicator for a village's target absent from its report", () => {
    const template = targetSheet([[1, POOR, "Hộ", 5], [2, "Số hộ thoát nghèo bền vững", "Hộ", 3]], { title: "THÔN NÀ LẦU" });
    const findings = checkReport(reportSheet([[1, POOR, "Hộ", 5, 5]]), { targets: template }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "row/missing-indicator", cell: null, indicator: "Số hộ thoát nghèo bền vững" }));
  });

  it("row/unknown-indicator for a report row that matches no target", () => {
    const findings = checkReport(reportSheet([[1, "Số con lợn xuất chuồng", "Con", 500, 520]]), { targets: commune }).findings;
    expect(findings).toContainEqual(code("row/unknown-indicator", "B2"));
  });

  it("row/duplicate-indicator for the same indicator twice", () => {
    const findings = checkReport(reportSheet([[1, POOR, "Hộ", 5, 5], [2, POOR, "Hộ", 5, 6]]), { targets: commune }).findings;
    expect(findings).toContainEqual(code("row/duplicate-indicator", "B3"));
    expect(findings).not.toContainEqual(code("row/unknown-indicator", "B3"));
  });

  it("target/missing for an indicator without a target", () => {
    expect(checkReport(reportSheet([[1, POOR, "Hộ", "", 5]])).findings).toContainEqual(code("target/missing", "D2"));
  });

  it("target/changed when the village's target differs from its template", () => {
    const template = targetSheet([[1, POOR, "Hộ", 5]], { title: "Thôn: Nà Lầu" });
    const findings = checkReport(reportSheet([[1, POOR, "Hộ", 3, 4]]), { targets: template }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "target/changed", cell: "D2", expected: 5, actual: 3 }));
  });

  it("target/changed for a commune level target, not for a cumulative one", () => {
    const findings = checkReport(reportSheet([[1, SCHOOL, "%", 90, 95], [2, POOR, "Hộ", 4, 5]]), { targets: commune }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "target/changed", cell: "D2", expected: 97.5, actual: 90 }));
    expect(findings).not.toContainEqual(code("target/changed", "D3"));
  });

  it("unit/missing for an indicator without a unit", () => {
    expect(checkReport(reportSheet([[1, "Số hộ trồng cây ăn quả", "", 10, 12]])).findings).toContainEqual(code("unit/missing", "C2"));
  });

  it("unit/mismatch for a row unit or a written unit that cannot be converted", () => {
    const findings = checkReport(reportSheet([[1, GRAIN, "Ha", 1417, 1500], [2, POOR, "Hộ", 40, "2 ha"]]), { targets: commune }).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "unit/mismatch", cell: "C2", expected: "Tấn", actual: "Ha" }));
    expect(findings).toContainEqual(expect.objectContaining({ code: "unit/mismatch", cell: "E3", expected: "Hộ", actual: "ha" }));
  });

  it("unit/converted for kg written in a Tấn row, and for a row kept in kg", () => {
    const report = checkReport(reportSheet([[1, GRAIN, "Tấn", 1417, "1.500.000 kg"]]), { targets: commune });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "unit/converted", cell: "E2", expected: "Tấn", actual: "kg" }));
    expect(report.indicators[0].actual).toBe(1500);
    const kept = checkReport(reportSheet([[1, GRAIN, "Kg", 1417000, 1500000]]), { targets: commune });
    expect(kept.findings).toContainEqual(code("unit/converted", "C2"));
    expect(kept.indicators[0]).toMatchObject({ actual: 1500, status: "exceeded" });
  });

  it("value/missing for no actual value", () => {
    expect(checkReport(reportSheet([[1, POOR, "Hộ", 40, ""]])).findings).toContainEqual(code("value/missing", "E2"));
  });

  it("value/invalid for text that is not a value, keeping the text", () => {
    const findings = checkReport(reportSheet([[1, POOR, "Hộ", 40, "nhiều"]])).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "value/invalid", cell: "E2", actual: "nhiều" }));
  });

  it("value/excel-error for an Excel error, never zero", () => {
    const report = checkReport(reportSheet([[1, POOR, "Hộ", 40, "#DIV/0!"]]));
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "value/excel-error", cell: "E2", actual: "#DIV/0!" }));
    expect(report.indicators[0]).toMatchObject({ actual: null, status: "unknown" });
  });

  it("value/negative for a negative count", () => {
    expect(checkReport(reportSheet([[1, POOR, "Hộ", 40, -3]])).findings).toContainEqual(code("value/negative", "E2"));
  });

  it("value/percent-over-100 for a rate above 100", () => {
    expect(checkReport(reportSheet([[1, SCHOOL, "%", 97.5, 120]])).findings).toContainEqual(code("value/percent-over-100", "E2"));
  });

  it("value/percent-as-fraction for 0.95 typed for 95 %, unless the cell has a percent format", () => {
    expect(checkReport(reportSheet([[1, SCHOOL, "%", 97.5, 0.95]])).findings).toContainEqual(code("value/percent-as-fraction", "E2"));
    const formatted = checkReport(reportSheet([[1, SCHOOL, "%", 97.5, 0.98]], { formats: [[], ["", "", "", "", "0%"]] }));
    expect(formatted.findings.map((f) => f.code)).not.toContain("value/percent-as-fraction");
    expect(formatted.indicators[0]).toMatchObject({ actual: 98, status: "exceeded" });
  });

  it("value/suspect-separator for 1.417 read as a decimal where the target is 1.417 tấn", () => {
    expect(checkReport(reportSheet([[1, GRAIN, "Tấn", 1417, 1.417]])).findings).toContainEqual(code("value/suspect-separator", "E2"));
  });

  it("value/rate-mismatch when the report's own rate is off by more than one point", () => {
    const findings = checkReport(reportSheet([[1, POOR, "Hộ", 40, 30, 90], [2, POOR + " bền vững", "Hộ", 40, 30, 75.5], [3, "Số thôn", "Thôn", 4, 3, 0.75]])).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "value/rate-mismatch", cell: "F2", actual: 90, expected: 75 }));
    expect(findings.filter((f) => f.code === "value/rate-mismatch")).toHaveLength(1);
  });

  it("text/legacy-encoding for a value typed in TCVN3", () => {
    const report = checkReport(reportSheet([[1, RECRUIT, "Đạt", "Đạt", "§¹t"]]));
    expect(report.findings).toContainEqual(code("text/legacy-encoding", "E2"));
    expect(report.indicators[0]).toMatchObject({ actual: "Đạt", status: "met" });
  });

  it("text/legacy-encoding once for a sheet, counting its cells", () => {
    const report = checkReport(reportSheet([[1, RECRUIT, "Đạt", "Đạt", "§¹t"], [2, "Công tác dân vận", "Đạt", "Đạt", "Kh«ng ®¹t"]]));
    const notes = report.findings.filter((f) => f.code === "text/legacy-encoding");
    expect(notes).toEqual([expect.objectContaining({ cell: "E2", details: { encoding: "tcvn3", cells: 2 } })]);
    expect(report.indicators.map((checked) => checked.actual)).toEqual(["Đạt", "Không đạt"]);
  });

  it("target/shortfall with the completion ratio", () => {
    const findings = checkReport(reportSheet([[1, POOR, "Hộ", 40, 30]])).findings;
    expect(findings).toContainEqual(expect.objectContaining({ code: "target/shortfall", severity: "shortfall", cell: "E2", expected: 40, actual: 30, details: { ratio: 0.75, direction: "higher", unit: "Hộ" } }));
  });

  it("finds nothing wrong in a clean report of the seed's 46 indicators", () => {
    // "… đạt trên 60%" is strict (docs/reading-tables.md#values): exactly 60 falls short, 61 meets it
    const strict = readIndicatorTable(commune).indicators.findIndex((indicator) => indicator.comparison === ">");
    const clean = villageReportSheet({
      row: (index, row) => (index === 6 ? [row[0], row[1], "Triệu đồng", row[3]] : row),
      actual: (index, target) => (index === strict ? 61 : target),
    });
    const report = checkReport(clean, { targets: commune });
    expect(report.indicators[strict].indicator).toMatchObject({ target: 60, comparison: ">" });
    expect(report.findings.filter((f) => f.severity === "error" || f.severity === "warning")).toEqual([]);
    expect(report.summary).toEqual({ indicators: 46, met: 45, exceeded: 1, shortfall: 0, unknown: 0, errors: 0, warnings: 0 });
    expect(report.indicators.every((checked) => checked.scored)).toBe(true);
  });
});
