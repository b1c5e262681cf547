import type { CellObject, WorkSheet } from "@e965/xlsx";
import { sheetJsCells } from "../../../src/cli/sheetjs/sheetJsCells";
import { gridFromCells } from "../../../src/cli/xlsx/gridFromCells";

const XFD = 16_383;
const TABLE: (string | number)[][] = [
  ["THÔN KHUỔI VÙA", "còn sót dưới ô gộp"],
  ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
  [1, "Diện tích trồng rừng mới", "Ha", 14, 15.5],
];

const cell = (v: string | number): CellObject => (typeof v === "number" ? { t: "n", v, z: "#,##0.0" } : { t: "s", v });

/** A dense SheetJS sheet of the table, with a value in XFD on each of `strays` rows, as an .ods or .xls gives it. */
function sheetWithStrays(strays: number): WorkSheet {
  const data: CellObject[][] = TABLE.map((row) => row.map(cell));
  for (let row = 0; row < strays; row++) (data[row] ??= [])[XFD] = cell(1);
  return { "!data": data, "!merges": [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }] } as unknown as WorkSheet;
}

describe("sheetJsCells lays an .ods or .xls out as the .xlsx reader does", () => {
  it("a value under a merge reads blank, and a table within the read limit is a rectangle to its last value", () => {
    const grid = sheetJsCells("Khuổi Vùa", sheetWithStrays(0))!;
    expect(grid.values).toEqual([
      ["THÔN KHUỔI VÙA", "", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      [1, "Diện tích trồng rừng mới", "Ha", 14, 15.5],
    ]);
    expect(grid.formats[2]).toEqual(["#,##0.0", "General", "General", "#,##0.0", "#,##0.0"]);
  });

  it("values in XFD on 306 rows (past 5 000 000 cells) are left out as strays, the same rows the .xlsx reader gives", () => {
    const grid = sheetJsCells("Khuổi Vùa", sheetWithStrays(306))!;
    expect(grid.values).toEqual(sheetJsCells("Khuổi Vùa", sheetWithStrays(0))!.values);
    const rows = TABLE.map((row, index) => ({ row: index, columns: row.map((_, c) => c), values: [...row], formats: row.map((v) => (typeof v === "number" ? "#,##0.0" : "General")) }));
    const withStrays = Array.from({ length: 306 }, (_, index) => {
      const row = rows[index] ?? { row: index, columns: [], values: [], formats: [] };
      return { ...row, columns: [...row.columns, XFD], values: [...row.values, 1], formats: [...row.formats, "General"] };
    });
    expect(grid).toEqual(gridFromCells("Khuổi Vùa", withStrays, [{ top: 0, left: 0, bottom: 0, right: 4 }]));
  });

  it("a few values in XFD, within the read limit, are kept where they are, as in an .xlsx", () => {
    const grid = sheetJsCells("Khuổi Vùa", sheetWithStrays(3))!;
    expect(grid.values[0]).toHaveLength(XFD + 1);
    expect(grid.values[1][XFD]).toBe(1);
  });

  it("a cell beyond Excel's last row is a damaged file, as in an .xlsx", () => {
    const sheet = sheetWithStrays(0);
    (sheet as unknown as { "!data": CellObject[][] })["!data"][1_048_576] = [cell(1)];
    expect(sheetJsCells("Khuổi Vùa", sheet)).toBeNull();
  });
});
