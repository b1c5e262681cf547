import { readTitle } from "../../../src/core/table/readTitle";
import { villageName } from "../../../src/core/table/villageName";

describe("readTitle", () => {
  it.each([
    [["THÔN NÀ LẦU"], "Nà Lầu"],
    [["Thôn: Nà Lầu"], "Nà Lầu"],
    [["Tên thôn: Khuổi Lùng"], "Khuổi Lùng"],
    [["BẢN PHÌN HỒ"], "Phìn Hồ"],
    [["Tổ dân phố 3"], "Tổ dân phố 3"],
    [["THÔN 3"], "Thôn 3"],
    [["Tổ dân phố 12A, xã Khuôn Lùng"], "Tổ dân phố 12A"],
    [["BÁO CÁO KẾT QUẢ THI ĐUA THÔN 4 NĂM 2024"], "Thôn 4"],
    [["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÔN 2024"], null],
    [["KẾ HOẠCH THI ĐUA THÔN 2025"], null],
    [["KẾT QUẢ THI ĐUA THÔN 6 THÁNG ĐẦU NĂM 2024"], null],
    [["Tên thôn: 3"], "Thôn 3"],
    [["Thôn: 5"], "Thôn 5"],
    [["TỔ DÂN PHỐ SỐ 7"], "Tổ dân phố số 7"],
    [["Bản Ít"], "Ít"],
    [["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 THÔN NÀ LẦU"], "Nà Lầu"],
    [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Các thôn bản thực hiện"], null],
    [["CÁC CHỈ TIÊU GIAO CHO CÁC THÔN NĂM 2024"], null],
    [["KẾT QUẢ THI ĐUA CỦA THÔN NĂM 2024"], null],
    [["Thôn bản"], null],
    [["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA CỦA CÁC THÔN NĂM 2024"], null],
    [["Bản: Nặm Đin"], "Nặm Đin"],
    [["CHỈ TIÊU THI ĐUA THÔN BẢN TRÊN ĐỊA BÀN XÃ"], null],
    [["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA THÔN NÀ LẦU NĂM 2024"], "Nà Lầu"],
    [["Thôn: Nà Lầu. Năm 2024"], "Nà Lầu"],
    [["Thôn Nà Lầu, xã Khuôn Lùng"], "Nà Lầu"],
    [["THÔN NÀ LẦU - XÃ KHUÔN LÙNG - HUYỆN BẮC QUANG"], "Nà Lầu"],
    [["Tên thôn: ..............................", "THÔN PÙ HA"], "Pù Ha"],
    [["Thôn: ____________"], null],
    [["Tên thôn: ………………"], null],
    [["BẢN TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024", "Thôn: Nặm Đin"], "Nặm Đin"],
    [["Bản đăng ký thi đua"], null],
    [["BẢNG CHẤM ĐIỂM THÔN, TỔ DÂN PHỐ VĂN HÓA"], null],
    [["BẢNG CHẤM ĐIỂM", "THÔN, TỔ DÂN PHỐ VĂN HÓA NĂM 2024"], null],
    [["TIÊU CHUẨN THÔN VĂN HÓA"], null],
    [["KHU DÂN CƯ VĂN HÓA"], null],
    [["Bảng chấm điểm thôn, tổ dân phố văn hoá"], null],
    [["BẢNG CHẤM ĐIỂM XÃ ĐẠT CHUẨN NÔNG THÔN MỚI"], null],
    [["BẢNG CHẤM ĐIỂM THÔN ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU"], null],
    [["BẢNG CHẤM ĐIỂM THÔN, TỔ DÂN PHỐ VĂN HÓA", "Thôn: Nà Lầu"], "Nà Lầu"],
    [["BẢNG CHẤM ĐIỂM THÔN, TỔ DÂN PHỐ VĂN HÓA", "TỔ DÂN PHỐ 3"], "Tổ dân phố 3"],
    [["XÓM MỚI"], "Xóm Mới"],
  ])("reads the village from %p as %p", (texts, village) => {
    expect(readTitle(texts).village).toBe(village);
  });

  it("reads commune and year, not the word xã hội", () => {
    expect(readTitle(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND XÃ KHUÔN LÙNG", "Các chỉ tiêu năm 2024"])).toEqual({
      village: null,
      commune: "Khuôn Lùng",
      year: 2024,
      issuer: "UBND XÃ KHUÔN LÙNG",
    });
  });

  it("keeps a village name written in ordinary case as written", () => {
    expect(villageName("Thôn Nà Lầu")).toBe("Nà Lầu");
    expect(villageName("Khuôn Lùng")).toBe("Khuôn Lùng");
  });
});
