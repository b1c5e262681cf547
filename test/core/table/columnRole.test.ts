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

describe("columnRole for other communes' and districts' labels", () => {
  it.each([
    ["Mã số", "tt"],
    ["Tên tiêu chí", "name"],
    ["Nội dung tiêu chí", "name"],
    ["Tiêu chí", "name"],
    ["TIÊU CHUẨN THI  ĐUA", "name"],
    ["Nội dung đánh giá", "name"],
    ["DVT", "unit"],
    ["Đơn vị \ntính", "unit"],
    ["Đơn\u00a0vị tính", "unit"],
    ["Chỉ tiêu chung", "target"],
    ["Chỉ tiêu kế hoạch", "target"],
    ["KH 2025", "target"],
    ["KH2025", "target"],
    ["KQ", "actual"],
    ["ƯTH", "actual"],
    ["Ước TH", "actual"],
    ["ƯTH 2025", "actual"],
    ["ƯTH2025", "actual"],
    ["TH2023", "actual"],
    ["TH\n2023", "actual"],
    ["ƯTH/ TH\n2020", "actual"],
    ["Tỉ lệ", "rate"],
    ["% so KH", "rate"],
    ["So sánh %", "rate"],
    ["ƯTH/KH", "rate"],
    ["ƯTH2021/ƯTH2020", "rate"],
    ["ƯKH2021/KH2021", "rate"],
    ["ƯTH/ TH 2020/ \nTH 2019", "rate"],
    ["KH 2021/\nƯTH/ TH 2020", "rate"],
    ["lần/người/năm", null],
  ])("%p is %p", (label, role) => {
    expect(columnRole(label)).toBe(role);
  });
});
