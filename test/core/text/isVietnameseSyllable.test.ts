import { isVietnameseSyllable } from "../../../src/core/text/isVietnameseSyllable";

describe("isVietnameseSyllable", () => {
  it.each<[string, boolean]>([
    ["Việt", true],
    ["nghiêng", true],
    ["khuyến", true],
    ["người", true],
    ["hoà", true],
    ["hòa", true],
    ["quý", true],
    ["giữ", true],
    ["Đạt", true],
    ["ĐẠT", true],
    ["x", false],
    ["a", true],
    ["Vieät", false],
    ["Ñaït", false],
    ["café", false],
    ["München", false],
    ["hoàà", false],
    ["đấtt", false],
    ["vieọt", false],
    // two tone marks
    ["ạá", false],
    ["", false],
  ])("%j → %p", (word, expected) => {
    expect(isVietnameseSyllable(word)).toBe(expected);
  });

  it("reads decomposed text like composed text", () => {
    expect(isVietnameseSyllable("Việt".normalize("NFD"))).toBe(true);
  });
});
