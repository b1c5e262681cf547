import { hasDecimalPoint } from "../../../src/core/values/hasDecimalPoint";
import { readCell } from "../../../src/core/values/readCell";
import { checkReport } from "../../../src/core/checks/checkReport";

describe("dot decimals (docs/reading-tables.md#values)", () => {
  it.each([
    ["15.40", true, 15.4],
    ["3.5", true, 3.5],
    ["0.975", true, 0.975],
    ["12.1234", true, 12.1234],
    ["1,234.5", true, 1234.5],
    ["1.417", false, 1417],
    ["5.000.000", false, 5000000],
    ["400,5", false, 400.5],
    ["1.234,5", false, 1234.5],
    ["02", false, 2],
    ["-0.5", true, -0.5],
  ])("%p: decimal point %p, read as %p", (text, decimal, value) => {
    expect(hasDecimalPoint(text)).toBe(decimal);
    expect(readCell(text)).toMatchObject({ type: "number", value });
    expect((readCell(text) as { decimalPoint?: true }).decimalPoint === true).toBe(decimal);
  });

  it("says value/decimal-point (info) for an actual written with a dot, and reads it", () => {
    const report = checkReport({
      name: "Pò Pheo",
      values: [
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Tỷ lệ hộ nghèo", "%", "16,5", "15.40"],
        [2, "Số hộ được vay vốn", "Hộ", 40, "1.417"],
      ],
      formats: [],
    });
    expect(report.indicators.map((checked) => checked.actual)).toEqual([15.4, 1417]);
    expect(report.findings.filter((found) => found.code === "value/decimal-point")).toEqual([
      { code: "value/decimal-point", severity: "info", sheet: "Pò Pheo", cell: "E2", indicator: "Tỷ lệ hộ nghèo", indicatorId: "ty le ho ngheo", actual: 15.4 },
    ]);
  });
});
