import { readCell } from "../../../src/core/values/readCell";
import { readComparison } from "../../../src/core/values/readComparison";
import { readWord } from "../../../src/core/values/readWord";
import { relativeComparison } from "../../../src/core/values/relativeComparison";

describe("leading words before a target (docs/reading-tables.md#values)", () => {
  it.each([
    ["duy trì đạt từ 98,4% trở lên", ">=", 98.4, "%"],
    ["Duy trì đạt từ 98,4% trở lên", ">=", 98.4, "%"],
    ["phấn đấu đạt trên 90%", ">", 90, "%"],
    ["đạt ít nhất 12", ">=", 12, null],
    ["tiếp tục duy trì ở mức trên 95%", ">", 95, "%"],
    ["duy trì không quá 2 vụ", "<=", 2, "vụ"],
    ["phấn đấu giảm còn 3%", "<=", 3, "%"],
    ["duy tri dat tu 98,4% tro len", ">=", 98.4, "%"],
  ])("%p reads as %s %p %p", (text, comparison, value, unit) => {
    expect(readComparison(text)).toEqual({ comparison, value, max: null, unit });
  });

  it.each([["duy trì"], ["giữ vững danh hiệu"], ["phấn đấu"], ["95"], ["Đạt"], ["nâng cao chất lượng"], ["giữ vững 100%"], ["đạt 95%"]])("%p is no comparison", (text) => {
    expect(readComparison(text)).toBeNull();
  });

  it.each([
    ["giữ vững 100%", 100, "%"],
    ["Giữ vững 100 %", 100, "%"],
    ["duy trì 98,4%", 98.4, "%"],
    ["đạt 12 lớp", 12, "lớp"],
    ["tiếp tục duy trì ở mức 100%", 100, "%"],
    ["giu vung 100%", 100, "%"],
  ])("the target cell %p is the plain figure %p %p", (text, value, unit) => {
    expect(readCell(text)).toMatchObject({ type: "number", value, unit });
  });

  it.each([["Đạt"], ["giữ vững danh hiệu"], ["Không xảy ra"], ["Thôn 3"]])("%p stays text", (text) => {
    expect(readCell(text).type).toBe("text");
  });
});

describe("a rating followed by \"trở lên\" (docs/reading-tables.md#values)", () => {
  it.each([
    ["Hoàn thành tốt nhiệm vụ trở lên", "Tốt"],
    ["Khá trở lên", "Khá"],
    ["Xếp loại Tốt trở lên", "Tốt"],
    ["hoan thanh tot nhiem vu tro len", "Tốt"],
    ["Hoàn thành nhiệm vụ trở lên", "Khá"],
  ] as const)("%p is the rating %p, met by it or a better one", (text, word) => {
    expect(readWord(text, "rating")).toBe(word);
  });

  it("is no pass word", () => {
    expect(readWord("Đạt trở lên", "pass")).toBeNull();
  });
});

describe("a target relative to the commune's own figure (docs/reading-tables.md#values)", () => {
  it.each([
    ["bằng hoặc cao hơn tỷ lệ chung của xã", ">="],
    ["Bằng hoặc cao hơn tỷ lệ chung của xã", ">="],
    ["cao hơn hoặc bằng mức chung của xã", ">="],
    ["bằng hoặc cao hơn của xã", ">="],
    ["không thấp hơn tỷ lệ chung toàn xã", ">="],
    ["thấp hơn hoặc bằng tỷ lệ chung của xã", "<="],
    ["bằng hoặc thấp hơn mức của xã", "<="],
    ["bang hoac cao hon ty le chung cua xa", ">="],
  ] as const)("%p compares %s with the commune", (text, comparison) => {
    expect(relativeComparison(text)).toEqual({ comparison, relative: "commune" });
  });

  it.each([["cao hơn năm trước"], ["95%"], ["Đạt"], ["xã"]])("%p is not one", (text) => {
    expect(relativeComparison(text)).toBeNull();
  });
});
