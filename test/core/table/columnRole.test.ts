import { columnRole, labelKey } from "../../../src/core/table/columnRole";

describe("columnRole", () => {
  it.each([
    ["TT", "tt"],
    ["STT", "tt"],
    ["Số TT", "tt"],
    ["Chỉ tiêu", "name"],
    ["Tên chỉ tiêu", "name"],
    ["NỘI DUNG", "name"],
    ["Nội dung chỉ tiêu", "name"],
    ["ĐVT", "unit"],
    ["Đơn vị tính", "unit"],
    ["Đơn vị", "unit"],
    ["Mục tiêu", "target"],
    ["Kế hoạch", "target"],
    ["KH", "target"],
    ["Chỉ tiêu giao", "target"],
    ["Kế hoạch năm 2024", "target"],
    ["Mục tiêu năm 2024", "target"],
    ["Mục tiêu xã", "target"],
    ["KH xã", "target"],
    ["Thực hiện", "actual"],
    ["TH", "actual"],
    ["Kết quả", "actual"],
    ["Kết quả thực hiện", "actual"],
    ["Ước thực hiện", "actual"],
    ["Thực hiện năm 2024", "actual"],
    ["Tỷ lệ", "rate"],
    ["Tỷ lệ (%)", "rate"],
    ["Điểm chuẩn", "maxPoints"],
    ["Điểm tối đa", "maxPoints"],
    ["Thang điểm", "maxPoints"],
    ["Chuẩn", "maxPoints"],
    ["Điểm thưởng", "bonus"],
    ["Thưởng", "bonus"],
    ["Điểm cộng", "bonus"],
    ["Điểm trừ", "deduction"],
    ["Trừ", "deduction"],
    ["Điểm tự chấm", "selfPoints"],
    ["Tự chấm", "selfPoints"],
    ["Điểm tự đánh giá", "selfPoints"],
    ["Điểm thẩm định", "verifiedPoints"],
    ["Điểm phúc tra", "verifiedPoints"],
    ["Điểm xã chấm", "verifiedPoints"],
    ["Điểm chấm", "verifiedPoints"],
    ["So sánh (%)", "rate"],
    ["% KH", "rate"],
    ["Chỉ tiêu kế hoạch", "target"],
    ["Số liệu thực hiện", "actual"],
    ["Ghi chú", "note"],
    ["TH 6 tháng", "actual"],
    ["Thực hiện 6 tháng đầu năm", "actual"],
    ["Ước TH cả năm", "actual"],
    ["KH năm", "target"],
    ["KH 6 tháng", "target"],
    ["So với KH (%)", "rate"],
    ["  chỉ   TIÊU ", "name"],
    ["Nà Lầu", null],
    ["", null],
  ])("%p is %p", (label, role) => {
    expect(columnRole(label)).toBe(role);
  });

  it("folds a label without case, diacritics, spaces, punctuation, trailing year or parenthesis", () => {
    expect(labelKey("Kế hoạch năm 2024")).toBe("kehoach");
    expect(labelKey("Tỷ lệ (%)")).toBe("tyle");
    expect(labelKey("Đ.V.T")).toBe("dvt");
  });
});
