import { checkReport } from "../../../src/core/checks/checkReport";
import { hasDecimalPoint } from "../../../src/core/values/hasDecimalPoint";
import { nameComparison } from "../../../src/core/values/nameComparison";
import { readComparison } from "../../../src/core/values/readComparison";
import { readWord } from "../../../src/core/values/readWord";
import { labelKey } from "../../../src/core/table/columnRole";
import { villageName } from "../../../src/core/table/villageName";
import { readListCell } from "../../../src/core/config/configCellReaders";

/**
 * Cell text written to cost time in the square of its length under a pattern that searches to the end
 * from every place ("((((…" never closed, "…;;;;x", a name of many endings): read through once, with the
 * results of short text. Half a million characters: far past Excel's 32 767 per cell, as a damaged or
 * hostile file may hold. The figures asserted are the results; at this size a pattern would not finish.
 */
const N = 500_000;
const many = (unit: string, length = N) => unit.repeat(Math.ceil(length / unit.length));
// A whole report reads each cell in several passes: a fifth of the length keeps the test quick.
const M = N / 5;

describe("hostile text in a cell is read through once", () => {
  it.each([
    ["brackets never closed", `Đạt ${many("(")}`, "Đạt"],
    ["square brackets never closed", many("["), null],
    ["a remark in brackets after the word, then brackets never closed", `Đạt (có biên bản) ${many("(")}`, "Đạt"],
    ["a remark in brackets", `Đạt ${many("(có biên bản) ")}`, "Đạt"],
  ])("a word: %s", (_, text, expected) => {
    expect(readWord(text, "pass")).toBe(expected);
  });

  it.each([
    ["a target followed by many stops", `≥ 95%${many(";")}`, { comparison: ">=", value: 95, max: null, unit: "%" }],
    ["many stops before the end", `${many(".")}x`, null],
    ["a unit followed by many commas and spaces", `trên 98 hộ${many(", ")}`, { comparison: ">", value: 98, max: null, unit: "hộ" }],
  ])("a target: %s", (_, text, expected) => {
    expect(readComparison(text)).toEqual(expected);
  });

  it("a name of many words that could each start a comparison: its comparison at the end is read", () => {
    expect(nameComparison(`Tỷ lệ ${many("trên 1 ")}đạt trên 98%`)).toEqual({ comparison: ">", value: 98, max: null, unit: "%" });
    expect(nameComparison(`Tỷ lệ ${many("từ 1 ")}x`)).toEqual({ comparison: ">=", value: 1, max: null, unit: "x" });
    expect(nameComparison(`Tỷ lệ hộ nghèo giảm còn dưới 5%${many(" ;")}`)).toEqual({ comparison: "<", value: 5, max: null, unit: "%" });
  });

  it("a village's name followed by many stops", () => {
    expect(villageName(`THÔN NÀ LẦU${many(" .")}`)).toBe("Nà Lầu");
  });

  it.each([
    ["periods to its end", `Kế hoạch${many(" cả năm")}`, "kehoach"],
    ["periods, then something else", `Kế hoạch${many(" năm")} x`, `kehoach${"nam".repeat(N / 4)}x`],
  ])("a header label of many %s", (_, label, key) => {
    expect(labelKey(label)).toBe(key);
  });

  it("a number after a long run of spaces", () => {
    expect(hasDecimalPoint(`${" ".repeat(N)}x 15.40`)).toBe(true);
  });

  it("a report whose target, name and header cells are hostile is checked, each cell located", () => {
    const values: unknown[][] = [
      ["UBND XÃ KHUÔN LÙNG"],
      [`THÔN NÀ LẦU${many(" .", M)}`],
      ["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"],
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", `Ghi chú${many(" năm", M)} x`],
      ["1", `Số hộ tham gia ${many("trên 1 ", M)}`, "Hộ", 40, 38, ""],
      ["2", "Công tác tuyên truyền", "Đạt", "Đạt", many("(", M), ""],
    ];
    const checked = checkReport({ name: "Nà Lầu", values, formats: [] });
    expect(checked.village).toBe("Nà Lầu");
    expect(checked.indicators).toHaveLength(2);
    expect(checked.findings.map((f) => f.cell)).toContain("E6");
  });

  it("a list of exempt villages with a long run of spaces and no separator in it", () => {
    expect(readListCell(`Bản Thử ;${" ".repeat(N)}x`)).toEqual(["Bản Thử", "x"]);
    expect(readListCell(`Nà Lầu${" ".repeat(N)}x`)).toEqual(["Nà Lầu x"]);
  });
});
