import { accentComparisonWords } from "../../../src/core/values/accentComparisonWords";
import { nameComparison } from "../../../src/core/values/nameComparison";
import { readComparison } from "../../../src/core/values/readComparison";

describe("comparison words typed without diacritics read as the accented ones (docs/reading-tables.md#values)", () => {
  it.each([
    ["DUOI 4%", "<", 4, null, "%"],
    ["duoi 4%", "<", 4, null, "%"],
    ["tren 98%", ">", 98, null, "%"],
    ["Dat tren 98%", ">", 98, null, "%"],
    ["toi thieu 12", ">=", 12, null, null],
    ["TOI THIEU 12 lop", ">=", 12, null, "lop"],
    ["it nhat 350 ho", ">=", 350, null, "ho"],
    ["khong duoi 90%", ">=", 90, null, "%"],
    ["khong thap hon 90%", ">=", 90, null, "%"],
    ["khong qua 2 vu", "<=", 2, null, "vu"],
    ["khong vuot qua 2", "<=", 2, null, null],
    ["toi da 3", "<=", 3, null, null],
    ["khong cao hon 3%", "<=", 3, null, "%"],
    ["giam con 3%", "<=", 3, null, "%"],
    ["giam xuong con 1,5%", "<=", 1.5, null, "%"],
    ["xuong con 40 ho", "<=", 40, null, "ho"],
    ["giam con duoi 5%", "<", 5, null, "%"],
    ["tu 95% tro len", ">=", 95, null, "%"],
    ["95% tro len", ">=", 95, null, "%"],
    ["2 vu tro xuong", "<=", 2, null, "vu"],
    ["tu 97% den 98%", "range", 97, 98, "%"],
    ["tu 97% den duoi 98%", "range", 97, 98, "%"],
  ])("a target cell %p → %s %p (max %p, unit %p)", (text, comparison, value, max, unit) => {
    expect(readComparison(text)).toEqual({ comparison, value, max, unit });
    // the same as the words with their diacritics
    expect(readComparison(text)).toEqual(readComparison(accentComparisonWords(text)));
  });

  it.each([
    ["Ty le ho dung nuoc sach dat tren 98%", ">", 98, null, "%"],
    ["Tỷ lệ hộ nghèo giảm còn DUOI 4%", "<", 4, null, "%"],
    ["Ty le ho ngheo giam con duoi 5%", "<", 5, null, "%"],
    ["So lop hoc duoc duy tri toi thieu 12 lop", ">=", 12, null, "lop"],
    ["Số vụ cháy rừng khong qua 2 vụ", "<=", 2, null, "vụ"],
    ["Ty le thu gom chat thai dat tu 97% den duoi 98%", "range", 97, 98, "%"],
    ["Tỷ lệ lao động qua đào tạo (dat tren 70%)", ">", 70, null, "%"],
    // a unit that folds to a period's word ("quỹ", "quý") but is not one
    ["Số quỹ tín dụng toi thieu 2 quỹ", ">=", 2, null, "quỹ"],
  ])("a name %p ends in %s %p (max %p, unit %p)", (name, comparison, value, max, unit) => {
    expect(nameComparison(name)).toEqual({ comparison, value, max, unit });
  });

  it.each([
    ["Ty le tiem chung day du cho tre em duoi 1 tuoi"],
    ["Tỷ lệ tiêm chủng đầy đủ cho trẻ em duoi 1 tuoi"],
    ["So tre em tu 6 - 14 tuoi den truong"],
    ["So nguoi tren 60 tuoi duoc chuc tho"],
    ["Ty le tre em duoi 5 tuoi suy dinh duong giam con (theo can nang)"],
    ["Ke hoach nam 2024"],
    ["So ho ngheo giam trong nam"],
    ["San luong luong thuc co hat dat 1.417 tan"],
    ["So ho co thu nhap tren 100 trieu dong moi nam tu trong rung va chan nuoi"],
    ["Số lao động được đào tạo tren 3 thang"],
    ["Thu ngan sach tren dia ban dat 1.500 trieu dong"],
  ])("a name %p has no comparison at its end", (name) => {
    expect(nameComparison(name)).toBeNull();
  });

  it.each([
    ["Đạt"],
    ["Dat"],
    ["Khong xay ra"],
    ["Tot"],
    ["1.417"],
    ["tu"],
    ["den 5"],
    ["dat 95%"],
    ["tudien 5"],
    ["Hoàn thành"],
  ])("a target cell %p is no comparison", (text) => {
    expect(readComparison(text)).toBeNull();
  });

  it.each([
    ["DUOI 4%", "dưới 4%"],
    ["toi  thieu 12", "tối thiểu 12"],
    ["Đạt trên 98%", "Đạt trên 98%"],
    ["tuổi dưới", "tuổi dưới"],
    ["datum tren", "datum trên"],
    ["quỹ tu", "quỹ từ"],
  ])("accentComparisonWords(%p) === %p", (text, expected) => {
    expect(accentComparisonWords(text)).toBe(expected);
  });
});
