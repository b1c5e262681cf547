import type { IndicatorKind, Word } from "../../../src/core/model/indicator";
import { readWord } from "../../../src/core/values/readWord";

describe("readWord", () => {
  it.each<[string, IndicatorKind, Word | null]>([
    // pass (docs/reading-tables.md#values)
    ["Đạt", "pass", "Đạt"],
    ["đạt", "pass", "Đạt"],
    ["ĐẠT", "pass", "Đạt"],
    ["  Đạt. ", "pass", "Đạt"],
    ["Đạt".normalize("NFD"), "pass", "Đạt"],
    ["Đạt chuẩn", "pass", "Đạt"],
    ["Đạt (có biên bản kèm theo)", "pass", "Đạt"],
    ["Chưa đạt [thiếu 1 tiêu chí]", "pass", "Không đạt"],
    ["(Đạt)", "pass", "Đạt"],
    ["Hoàn thành", "pass", "Đạt"],
    ["Có", "pass", "Đạt"],
    ["x", "pass", "Đạt"],
    ["X", "pass", "Đạt"],
    ["TRUE", "pass", "Đạt"],
    ["dat", "pass", "Đạt"],
    ["DAT CHUAN", "pass", "Đạt"],
    ["Không đạt", "pass", "Không đạt"],
    ["KHÔNG  ĐẠT", "pass", "Không đạt"],
    ["Chưa đạt", "pass", "Không đạt"],
    ["Không hoàn thành", "pass", "Không đạt"],
    ["Chưa hoàn thành", "pass", "Không đạt"],
    ["Không", "pass", "Không đạt"],
    ["FALSE", "pass", "Không đạt"],
    ["khong dat", "pass", "Không đạt"],
    // distinct words stay distinct: diacritics that are present must be right
    ["đất", "pass", null],
    ["Đặt", "pass", null],
    ["Cỏ", "pass", null],
    ["Tốt", "pass", null],
    ["Không xảy ra", "pass", null],
    ["", "pass", null],
    // occurrence
    ["Không xảy ra", "none", "Không xảy ra"],
    ["không xảy ra".normalize("NFD"), "none", "Không xảy ra"],
    ["KHÔNG XẢY RA", "none", "Không xảy ra"],
    ["Không để xảy ra", "none", "Không xảy ra"],
    ["Không phát sinh", "none", "Không xảy ra"],
    ["Không có vụ nào", "none", "Không xảy ra"],
    ["Có phát sinh", "none", "Xảy ra"],
    ["Không", "none", "Không xảy ra"],
    ["khong xay ra", "none", "Không xảy ra"],
    ["Xảy ra", "none", "Xảy ra"],
    ["Có", "none", "Xảy ra"],
    ["Có xảy ra", "none", "Xảy ra"],
    ["Đạt", "none", null],
    // "xẩy ra" is an accepted spelling of "xảy ra"
    ["Không xẩy ra", "none", "Không xảy ra"],
    ["Không xấy ra", "none", null],
    // ratings
    ["Xuất sắc", "rating", "Xuất sắc"],
    ["Hoàn thành xuất sắc nhiệm vụ", "rating", "Xuất sắc"],
    ["HTXSNV", "rating", "Xuất sắc"],
    ["Tốt", "rating", "Tốt"],
    ["tốt", "rating", "Tốt"],
    ["Hoàn thành tốt nhiệm vụ", "rating", "Tốt"],
    ["Xếp loại Tốt", "rating", "Tốt"],
    ["Loại tốt", "rating", "Tốt"],
    ["tot", "rating", "Tốt"],
    ["Khá", "rating", "Khá"],
    ["Hoàn thành nhiệm vụ", "rating", "Khá"],
    ["Trung bình", "rating", "Trung bình"],
    ["Yếu", "rating", "Yếu"],
    ["Kém", "rating", "Kém"],
    ["Không hoàn thành nhiệm vụ", "rating", "Kém"],
    ["Đạt", "rating", null],
    ["Tột", "rating", null],
    // number rows have no words
    ["Đạt", "number", null],
    ["Tốt", "number", null],
  ])("%j as %s → %p", (text, kind, expected) => {
    expect(readWord(text, kind)).toBe(expected);
  });
});
