import fc from "fast-check";
import { foldText } from "../../../src/core/text/foldText";
import { memoize } from "../../../src/core/text/memoize";

// The folding as first written, chain of replacements: the one-pass folding must give the same text.
function reference(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0\u200b\ufeff]+/g, " ")
    .trim()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const vietnamese = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 \u00a0\t\n.,;:()[]%/-–\u0301\u0323\u0303İKÅ\u200bŉǅﬁ²Ⅻ");

describe("foldText", () => {
  it.each([
    ["Tỷ lệ huy động trẻ (5 tuổi)", "ty le huy dong tre 5 tuoi"],
    ["  ĐƯỜNG   giao thông\u00a0nông thôn ", "duong giao thong nong thon"],
    ["Số hộ nghèo giảm còn (%)", "so ho ngheo giam con"],
    ["Tho\u0302n Na\u0300 La\u0302\u0300u", "thon na lau"],
    ["", ""],
    ["---", ""],
  ])("folds %j to %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("gives what the chain of replacements gives, for any text", () => {
    fc.assert(fc.property(fc.array(vietnamese, { maxLength: 40 }).map((chars) => chars.join("")), (text) => void expect(foldText(text)).toBe(reference(text))), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => void expect(foldText(text)).toBe(reference(text))), { numRuns: 500 });
  });

  it("folds a text longer than is remembered", () => {
    const long = "Đạt ".repeat(30_000);
    expect(foldText(long)).toBe(reference(long));
  });
});

describe("memoize", () => {
  it("gives the function's own result, whether remembered, carried over or forgotten", () => {
    let calls = 0;
    const twice = memoize((text) => {
      calls++;
      return text + text;
    }, 2);
    const texts = ["a", "b", "a", "c", "d", "a", "e", "f", "g", "a"];
    expect(texts.map(twice)).toEqual(texts.map((text) => text + text));
    expect(calls).toBeLessThan(texts.length);
  });
});
