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
