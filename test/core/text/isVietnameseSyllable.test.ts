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
    ["khuyến", true],
    ["thuở", true],
    ["tuổi", true],
    ["khoẻ", true],
    ["khỏe", true],
    ["thuý", true],
    ["thúy", true],
    // the tone mark must sit where the spelling puts it
    ["giaỷm", false],
    ["tìên", false],
    ["ngươì", false],
    // no final consonant after a glide
    ["aim", false],
    ["caym", false],
    // final consonants the spelling allows
    ["tỉnh", true],
    ["bệnh", true],
    ["sách", true],
    ["huỳnh", true],
    ["xuệch", true],
    ["tiếng", true],
    ["tổnh", false],
    ["ông", true],
    ["ing", false],
    ["ếc", false],
    ["cuỷa", false],
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
