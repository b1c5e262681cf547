import { nameComparison } from "../../../src/core/values/nameComparison";
import { readComparison } from "../../../src/core/values/readComparison";

describe("comparison words at the end of an indicator's name (docs/reading-tables.md#values)", () => {
  it.each([
    ["Tỷ lệ hộ dùng nước sạch đạt trên 98%", ">", 98, null, "%"],
    ["Tỷ lệ hộ nghèo giảm còn dưới 5%", "<", 5, null, "%"],
    ["Số lớp học được duy trì tối thiểu 12 lớp", ">=", 12, null, "lớp"],
    ["Tỷ lệ thu gom chất thải đô thị đạt từ 97% đến dưới 98%.", "range", 97, 98, "%"],
    ["Giá trị sản lượng nông nghiệp tăng 7,5 - 8,0%", "range", 7.5, 8, "%"],
    ["Tỷ lệ hộ nghèo đa chiều giảm (từ 1-1,5%)", "range", 1, 1.5, "%"],
    ["Tỷ lệ chi bộ đạt hoàn thành xuất sắc nhiệm vụ: 15% trở lên", ">=", 15, null, "%"],
    ["Số thôn, làng đạt chuẩn nông thôn mới: 04/09 thôn", ">=", 4, null, "thôn"],
    ["Số vụ cháy rừng không quá 2 vụ", "<=", 2, null, "vụ"],
    ["Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm xuống còn 12,5%", "<=", 12.5, null, "%"],
    ["Tỷ lệ lao động qua đào tạo (đạt ≥ 70%)", ">=", 70, null, "%"],
    ["Số hộ sử dụng điện an toàn ít nhất 350 hộ gia đình", ">=", 350, null, "hộ gia đình"],
    ["Số vụ tai nạn giao thông tối đa 3", "<=", 3, null, null],
    ["Tỷ lệ nợ đọng thuế < 2,5%", "<", 2.5, null, "%"],
  ])("%p → %s %p (max %p, unit %p)", (name, comparison, value, max, unit) => {
    expect(nameComparison(name)).toEqual({ comparison, value, max, unit });
  });

  it.each([
    ["Tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi"],
    ["Số trẻ em từ 6 - 14 tuổi đến trường"],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)"],
    ["Thu ngân sách nhà nước trên địa bàn"],
    ["Kế hoạch năm 2024"],
    ["Số hộ nghèo giảm trong năm"],
    ["Sản lượng lương thực có hạt đạt 1.417 tấn"],
    ["Số người trên 60 tuổi được chúc thọ"],
    ["Nhà văn hóa thôn đạt chuẩn theo Quyết định 2126/QĐ-UBND"],
    ["Số hộ có thu nhập trên 100 triệu đồng mỗi năm từ trồng rừng và chăn nuôi"],
  ])("%p has no comparison at its end", (name) => {
    expect(nameComparison(name)).toBeNull();
  });

  it.each([
    ["giảm còn 3%", "<=", 3],
    ["giảm xuống còn 1,5%", "<=", 1.5],
    ["xuống còn 40 hộ", "<=", 40],
    ["giảm còn dưới 5%", "<", 5],
  ])("a target cell %p falls to its figure: %s %p", (text, comparison, value) => {
    expect(readComparison(text)).toMatchObject({ comparison, value });
  });
});
