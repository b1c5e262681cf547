/** The sheet staff edit to configure the ranking (SPEC §6). */
export const CONFIG_SHEET_NAME = "Cấu hình xếp hạng";

/**
 * The words of the configuration sheet. The reader finds every block by these labels (folded), not by
 * position, so staff may insert, delete or move rows.
 */
export const CONFIG_LABELS = {
  title: "CẤU HÌNH XẾP HẠNG THI ĐUA",
  instruction:
    "Sửa các ô nền vàng rồi chạy lại Xếp hạng. Có thể thêm hoặc xóa dòng giải thưởng và dòng quy tắc; " +
    "mỗi dòng quy tắc áp dụng cho mọi chỉ tiêu có tên chứa cụm từ ở cột A (không phân biệt hoa thường, dấu). " +
    "Ô để trống dùng mặc định: trọng số 1, chiều theo tên chỉ tiêu, Không.",
  general: "Thiết lập chung",
  year: "Năm",
  period: "Kỳ đánh giá",
  cap: "Hệ số tối đa",
  commune: "Tên xã",
  place: "Địa danh",
  prizes: "Giải thưởng",
  prizeName: "Giải",
  prizeAmount: "Tiền thưởng (đồng)",
  rules: "Quy tắc chấm điểm",
  ruleMatch: "Chỉ tiêu có chứa",
  ruleMandatory: "Điểm liệt (Có/Không)",
  ruleWeight: "Trọng số",
  ruleDirection: "Chiều (Cao hơn là tốt / Thấp hơn là tốt)",
  ruleExclude: "Không tính điểm (Có/Không)",
  ruleExempt: "Thôn được miễn (cách nhau bởi dấu ;)",
} as const;

/** Hints written beside the general settings. */
export const CONFIG_HINTS = {
  period: "Tổng kết (cả năm) hoặc Sơ kết (6 tháng): sơ kết tính một nửa chỉ tiêu cộng dồn.",
  cap: "Điểm mỗi chỉ tiêu không vượt quá hệ số này (từ 1 trở lên).",
  place: "Dùng cho dòng “Địa danh, ngày … tháng … năm …” của bảng xếp hạng.",
} as const;

export const PERIOD_WORDS = { year: "Tổng kết (cả năm)", half: "Sơ kết (6 tháng)" } as const;
export const DIRECTION_WORDS = { higher: "Cao hơn là tốt", lower: "Thấp hơn là tốt" } as const;
export const YES = "Có";
export const NO = "Không";
