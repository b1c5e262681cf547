import { ttStyle } from "../../../src/core/table/ttLevel";

describe("ttStyle", () => {
  it.each([
    ["IV", "roman"],
    ["II.", "roman"],
    ["9", "number"],
    ["10.", "number"],
    ["(3)", "number"],
    ["1.1", "dotted:2"],
    ["1.1.2", "dotted:3"],
    ["-", "dash"],
    ["–", "dash"],
    ["a)", "lower"],
    ["b.", "lower"],
    ["a1", "lower:2"],
    ["A", "upper"],
    ["+", "plus"],
    ["*", "star"],
  ])("%p is written in the style %p", (tt, style) => {
    expect(ttStyle(tt)?.style).toBe(style);
  });

  it.each([[""], ["ghi chú"], ["Tổng"]])("%p is no numbering", (tt) => {
    expect(ttStyle(tt)).toBeNull();
  });

  it("reads a lone I as the letter after H, and as a Roman numeral otherwise", () => {
    expect(ttStyle("I", "H")?.style).toBe("upper");
    expect(ttStyle("I", "E")?.style).toBe("roman");
    expect(ttStyle("V.", "U")?.style).toBe("upper");
  });
});
