import { readTable } from "../../../src/core/table/readIndicatorTable";
import { findStrayValue } from "../../../src/core/table/tableArea";
import { villageReportSheet, REPORT_HEADER } from "../../fixtures/villageReportSheet";
import type { SheetCells } from "../../../src/core/model/cells";

/** Puts a value in a sheet at a 1-based row and a column letter's 0-based index, as a clerk types it. */
function typed(sheet: SheetCells, row: number, column: number, value: unknown): SheetCells {
  const values = sheet.values.map((cells) => [...cells]);
  while (values.length < row) values.push([]);
  const cells = values[row - 1];
  while (cells.length < column) cells.push("");
  cells[column] = value;
  return { ...sheet, values };
}

const Z = 25;
const strays = (sheet: SheetCells) => readTable(sheet).parsed.findings.filter((f) => f.code === "sheet/stray-values");

describe("sheet/stray-values", () => {
  const report = villageReportSheet();
  const lastRow = report.values.length;

  it("names a note typed in column Z row 300, the first value far outside the table", () => {
    const sheet = typed(typed(report, 300, Z, "Ghi chú: số liệu tạm tính"), lastRow + 400, 1, "Tổng cộng");
    expect(strays(sheet)).toEqual([
      { code: "sheet/stray-values", severity: "warning", sheet: report.name, cell: "Z300", details: { columns: 8, rows: 200 } },
    ]);
  });

  it("names a total typed far below the table", () => {
    const sheet = typed(typed(report, lastRow + 400, 1, "Tổng cộng"), lastRow + 400, 4, 1234);
    expect(strays(sheet).map((f) => f.cell)).toEqual([`B${lastRow + 400}`]);
  });

  it("leaves the reading of the table as it was", () => {
    const sheet = typed(typed(report, 300, Z, "Ghi chú"), lastRow + 400, 1, "Tổng cộng");
    const strip = (findings: { code: string }[]) => findings.filter((f) => f.code !== "sheet/stray-values");
    const before = readTable(report).parsed;
    const after = readTable(sheet).parsed;
    expect(after.indicators).toEqual(before.indicators);
    expect(strip(after.findings)).toEqual(before.findings);
  });

  it("says nothing of the signatures and notes typed just beside or below the table", () => {
    const signed = typed(typed(typed(report, lastRow + 2, 1, "Người lập biểu"), lastRow + 2, REPORT_HEADER.length, "Trưởng thôn"), 5, REPORT_HEADER.length + 3, "xem lại");
    expect(strays(signed)).toEqual([]);
    expect(strays(report)).toEqual([]);
  });

  it("is nothing on a sheet without a table", () => {
    expect(findStrayValue({ name: "Ghi chú", values: [["ghi chú"], [], ...Array(300).fill([]), ["x"]], formats: [] }, [])).toBeNull();
  });
});
