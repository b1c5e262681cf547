import fc from "fast-check";
import { foldText } from "../../../src/core/text/foldText";
import { normalizeText } from "../../../src/core/text/normalizeText";

describe("normalizeText", () => {
  it.each<[string, string]>([
    ["  Tỷ  lệ\u00a0(%) ", "Tỷ lệ (%)"],
    ["Đạt".normalize("NFD"), "Đạt"],
    ["Thôn\tNà\nLầu", "Thôn Nà Lầu"],
    ["\u200bKhá\ufeff", "Khá"],
    ["", ""],
    ["   ", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  // Text already normal is given back without composing it: the result must be what composing gives.
  const pieces = ["a", "Đ", "ơ", "ư", "ệ", "Ầ", "e\u0301", "\u0300", "\u0323", " ", "  ", "\u00a0", "\t", "\n", "–", "…", "“", "≥", "\u2028", "\u202f", "\u205f", "\u200b", "\ufeff", "\u3000", "가", "\u1100\u1161", "Å", "\u212b", "1", ".", "%"];
  it("gives what composing, collapsing and trimming give, for any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const expected = text.normalize("NFC").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
        expect(normalizeText(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("foldText", () => {
  it.each<[string, string]>([
    ["Tỷ lệ huy động trẻ (5 tuổi)", "ty le huy dong tre 5 tuoi"],
    ["ĐẠT", "dat"],
    ["Đạt".normalize("NFD"), "dat"],
    ["Kế hoạch năm 2024", "ke hoach nam 2024"],
    ["  Chỉ tiêu -- Giáo dục ", "chi tieu giao duc"],
    ["Tr.đồng", "tr dong"],
  ])("%j → %j", (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});

describe("normalizeText for any text", () => {
  const reference = (text: string) => text.normalize("NFC").replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim();
  const piece = fc.constantFrom(..."aăâđêôơư àáạằếệ \u00a0\t\n\r\u2028\u3000\u200b\ufeff\u0301.,()", "  ", "   ");

  it("gives what composing and collapsing every run of spaces gives", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join("")), (text) => void expect(normalizeText(text)).toBe(reference(text))), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => void expect(normalizeText(text)).toBe(reference(text))), { numRuns: 500 });
  });
});
