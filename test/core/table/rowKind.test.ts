import { nameNumbering } from "../../../src/core/table/nameNumbering";
import { type RowKind, type RowLine, rowKind } from "../../../src/core/table/rowKind";
import type { CellReading } from "../../../src/core/values/readCell";

const BLANK: CellReading = { type: "missing" };
const NUMBER = (value: number): CellReading => ({ type: "number", value, unit: null, fromText: false, percentFormat: false });

/** A row as a clerk types it: TT | Chỉ tiêu | ĐVT | Mục tiêu. */
function line(tt: string, written: string, unit = "", target: CellReading = BLANK): RowLine {
  const numbered = written === "" ? null : nameNumbering(written);
  const shown = target.type === "number" ? target.value : "";
  return { cells: [tt, written, unit, shown], tt, written, numbered, name: numbered?.name ?? written, unit, target, hasFigure: target.type !== "missing" };
}

describe("rowKind", () => {
  it.each<[string, RowKind, RowLine, boolean]>([
    ["the document going on after the table", "end", line("", "Nơi nhận:"), true],
    ["a chairman's signature line", "end", line("", "CHỦ TỊCH"), false],
    ["a row with a TT and no name", "skip", line("5", ""), true],
    ["the header repeated at a page break", "skip", line("TT", "Chỉ tiêu", "ĐVT"), true],
    ["the row of column numbers", "skip", { ...line("A", "B", "C"), cells: ["A", "B", "C", 1, 2, "3=2/1"] }, false],
    ["a total row", "total", line("", "Tổng cộng", "", NUMBER(12)), true],
    ["a name carried onto the next row after an indicator", "continuation", line("", "và hộ cận nghèo"), true],
    ["the same words after a heading", "group", line("", "và hộ cận nghèo"), false],
    ["a Roman heading without unit or figures", "group", line("I", "CHỈ TIÊU KINH TẾ"), false],
    ["a numbered heading with figures beside it", "indicator", line("1", "Sản lượng lương thực", "tấn", NUMBER(3300)), false],
    ["a dash row with a unit but no target yet", "indicator", line("-", "Diện tích", "ha"), true],
    ["a word target", "indicator", line("3", "An ninh trật tự", "", { type: "text", text: "Đạt", legacy: null }), false],
  ])("%s is a row of kind %p", (_case, kind, row, lastWasIndicator) => {
    expect(rowKind(row, lastWasIndicator)).toBe(kind);
  });

  it("never joins a numbered row to the name above, even in lower case", () => {
    expect(rowKind(line("", "a) lúa nước"), true)).toBe("group");
  });
});
