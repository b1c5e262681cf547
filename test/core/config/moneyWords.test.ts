import { readNumberCell } from "../../../src/core/config/configCellReaders";

// Prize money as commune staff type it on the configuration sheet (docs/pane.md#checking).
describe("money on the configuration sheet", () => {
  it.each([
    ["3.000.000", 3_000_000],
    ["3000000", 3_000_000],
    ["3 triệu", 3_000_000],
    ["3 Triệu đồng", 3_000_000],
    ["3,5 triệu", 3_500_000],
    ["500 nghìn", 500_000],
    ["500 ngàn đ", 500_000],
    ["5.000.000 đồng", 5_000_000],
    [3_000_000, 3_000_000],
  ])("reads %p as %p", (typed, amount) => {
    expect(readNumberCell(typed)).toBe(amount);
  });

  it.each(["3 triệu hộ", "ba triệu", "3 tỷ"])("leaves %p as text, for the schema to name the cell", (typed) => {
    expect(readNumberCell(typed)).toBe(typed);
  });
});
