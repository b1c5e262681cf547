import { gridFromCells, MAX_GRID_CELLS, type RowCells } from "../../../src/cli/xlsx/gridFromCells";

const row = (r: number, cells: [number, string | number][]): RowCells => ({
  row: r,
  columns: cells.map(([c]) => c),
  values: cells.map(([, v]) => v),
  formats: cells.map(() => "General"),
});

describe("gridFromCells", () => {
  it("lays cells out from A1 to the last value, blanks where nothing is written", () => {
    expect(gridFromCells("S", [row(0, [[1, "TT"]]), row(2, [[0, 1], [2, "Hộ"]])], [])?.values).toEqual([
      ["", "TT", ""],
      ["", "", ""],
      [1, "", "Hộ"],
    ]);
  });

  it("leaves out stray values far right of the table when the rectangle would pass the read limit", () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => row(r, r < 3 ? [[0, "TT"], [1, "Chỉ tiêu"], [16_383, 1]] : [[16_383, 1]]));
    const grid = gridFromCells("S", rows, []);
    expect(grid?.values).toEqual([
      ["TT", "Chỉ tiêu"],
      ["TT", "Chỉ tiêu"],
      ["TT", "Chỉ tiêu"],
    ]);
    expect(grid?.outside).toBe("XFD1");
  });

  it("names the first stray left out, row by row, even when the rows come unordered", () => {
    const rows = [row(5, [[0, "TT"], [9_000, "ghi chú"]]), row(2, [[0, "TT"], [12_000, "x"]]), ...Array.from({ length: 400 }, (_, r) => row(10 + r, [[0, r], [16_383, 1]]))];
    const grid = gridFromCells("S", rows, [])!;
    expect(grid.outside).toBe("QSO3");
    expect(grid.values[2]).toEqual(["TT"]);
  });

  it("keeps within the read limit even when stray values fill every column", () => {
    const rows = Array.from({ length: 2_048 }, (_, r) => row(r, [[0, "TT"], [r * 8, 1]]));
    const grid = gridFromCells("S", rows, [])!;
    expect(grid.values.reduce((sum, r) => sum + r.length, 0)).toBeLessThanOrEqual(MAX_GRID_CELLS);
    expect(grid.values[0][0]).toBe(1);
    expect(grid.values[1].slice(0, 9)).toEqual(["TT", "", "", "", "", "", "", "", 1]);
  });

  it("blanks cells a merge covers, keeping its top-left, and clips whole-sheet merges to the grid", () => {
    const rows = [row(0, [[0, "A"], [1, "B"], [2, "C"]]), row(1, [[0, 1], [1, 2], [2, 3]])];
    const grid = gridFromCells("S", rows, [{ top: 0, left: 1, bottom: 1_048_575, right: 16_383 }]);
    expect(grid?.values).toEqual([
      ["A", "B", ""],
      [1, "", ""],
    ]);
  });

  it("calls overlapping merges damaged (null) instead of walking them again and again", () => {
    const rows = [row(0, [[0, "A"], [1, "B"]]), row(1, [[0, 1], [1, 2]])];
    const whole = { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    expect(gridFromCells("S", rows, Array.from({ length: 100_000 }, () => whole))).toBeNull();
  });
});
