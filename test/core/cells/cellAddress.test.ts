import fc from "fast-check";
import { cellAddress, columnLetters, columnOf, MAX_COLUMNS, MAX_ROWS, parseCellAddress, parseRangeAddress, rangeAddress } from "../../../src/core/cells/cellAddress";
import { cellAddress as officeAddress, columnLetters as officeLetters, parseCell, parseRange, rangeAddress as officeRange } from "../../../src/excel/a1";

describe("the one A1 module", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %p is %p, and back", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
    expect(columnOf(letters)).toBe(column);
    expect(columnOf(letters.toLowerCase())).toBe(column);
  });

  it.each([
    ["E12", { row: 11, column: 4 }],
    ["$E$12", { row: 11, column: 4 }],
    [" e12 ", { row: 11, column: 4 }],
    ["XFD1048576", { row: 1_048_575, column: 16_383 }],
    ["XFE1", null],
    ["A1048577", null],
    ["A0", null],
    ["E", null],
    ["12", null],
    ["E12:F13", null],
  ])("reads %p as %p", (address, position) => {
    expect(parseCellAddress(address)).toEqual(position);
  });

  it.each([
    ["B5:D7", { top: 4, left: 1, bottom: 6, right: 3 }],
    ["D7:B5", { top: 4, left: 1, bottom: 6, right: 3 }],
    ["H1:XFD1048576", { top: 0, left: 7, bottom: 1_048_575, right: 16_383 }],
    ["C3", { top: 2, left: 2, bottom: 2, right: 2 }],
    ["A1:B2:C3", null],
    ["A1:", null],
  ])("reads the range %p as %p", (address, range) => {
    expect(parseRangeAddress(address)).toEqual(range);
  });

  it("writes one cell's range as that cell", () => {
    expect(rangeAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("C3");
    expect(rangeAddress({ top: 0, left: 0, bottom: 2, right: 1 })).toBe("A1:B3");
  });

  it("reads back every address it writes, and the adapter's 1-based addresses are the same cells", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_ROWS - 1 }), fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (row, column) => {
        const address = cellAddress(row, column);
        expect(parseCellAddress(address)).toEqual({ row, column });
        expect(officeAddress({ row: row + 1, col: column + 1 })).toBe(address);
        expect(officeLetters(column + 1)).toBe(columnLetters(column));
        expect(parseCell(address)).toEqual({ row: row + 1, col: column + 1 });
        expect(parseRange(`${address}:A1`)).toEqual({ from: { row: 1, col: 1 }, to: { row: row + 1, col: column + 1 } });
        expect(officeRange(1, 1, row + 1, column + 1)).toBe(rangeAddress({ top: 0, left: 0, bottom: row, right: column }));
      }),
    );
  });
});
