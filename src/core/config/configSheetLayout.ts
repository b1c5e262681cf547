export { CONFIG_SHEET_NAME } from "./configSheetName";

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
  signer: "Người ký",
  signerTitle: "Chức vụ người ký",
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
  rulePoints: "Điểm chuẩn",
  ruleTemplate: "Đưa vào mẫu (Có/Không)",
  ruleTarget: "Mục tiêu (khi bảng không ghi)",
  prizeCount: "Số giải",
  // docs/scoring.md#points-method
  pointsSection: "Chấm theo thang điểm",
  method: "Cách xếp hạng",
  award: "Cách tính điểm chỉ tiêu",
  maxBonus: "Điểm cộng tối đa mỗi chỉ tiêu",
  maxDeduction: "Điểm trừ tối đa mỗi chỉ tiêu",
  communeFilled: "Xã đã ghi điểm thưởng, trừ, thẩm định trong báo cáo thôn (Có/Không)",
  bands: "Bậc điểm theo tỷ lệ hoàn thành",
  bandFrom: "Từ (≥ %)",
  bandAbove: "Trên (> %)",
  bandBelow: "Dưới (< %)",
  bandTo: "Đến (≤ %)",
  bandPoints: "Điểm cộng (+) / trừ (−)",
  tiers: "Xếp loại thi đua",
  tierName: "Tên xếp loại",
  tierMin: "Tổng điểm từ",
  tierShare: "Mỗi chỉ tiêu đạt ít nhất (%)",
  tierGroupShare: "Mỗi tiêu chuẩn đạt ít nhất (%)",
  roster: "Danh sách thôn",
  rosterName: "Tên thôn",
  adjustments: "Điểm điều chỉnh (Hội đồng quyết định)",
  adjustmentVillage: "Thôn được điều chỉnh",
  adjustmentPoints: "Điểm (+/−)",
  adjustmentReason: "Lý do",
} as const;

/** Hints written beside the general settings. */
export const CONFIG_HINTS = {
  period: "Tổng kết (cả năm) hoặc Sơ kết (6 tháng): sơ kết tính một nửa chỉ tiêu cộng dồn.",
  cap: "Điểm mỗi chỉ tiêu không vượt quá hệ số này (từ 1 trở lên).",
  place: "Dùng cho dòng “Địa danh, ngày … tháng … năm …” của bảng xếp hạng.",
  signer: "Họ và tên người ký bảng xếp hạng (Chủ tịch UBND xã), ghi dưới chỗ ký.",
  signerTitle: "Để trống là CHỦ TỊCH; ví dụ KT. CHỦ TỊCH / PHÓ CHỦ TỊCH thì ghi PHÓ CHỦ TỊCH.",
  prizeCount: "Số giải: số thôn được nhận giải đó (để trống là 1), ví dụ Giải khuyến khích 2 giải.",
  rulePoints: "Điểm chuẩn (thang điểm): điểm tối đa của chỉ tiêu; để trống thì lấy cột Điểm chuẩn của bảng chỉ tiêu.",
  ruleTarget: "Mục tiêu: dùng khi bảng chỉ tiêu không ghi số, ví dụ tỷ lệ chung của xã mà thôn phải bằng hoặc cao hơn (92,5%).",
  ruleTemplate: "Đưa vào mẫu: Không thì chỉ tiêu chỉ của xã không có trong mẫu báo cáo gửi các thôn (để trống là Có).",
  method: "Tỷ lệ hoàn thành (mặc định, để trống) hoặc Thang điểm (điểm chuẩn, tự chấm, thẩm định).",
  award: "Theo tỷ lệ (mặc định): điểm chuẩn × tỷ lệ, tối đa đủ điểm; Đạt mới có điểm; Có số liệu là đủ điểm.",
  maxBonus: "Điểm cộng theo bậc của mỗi chỉ tiêu không vượt quá số này (để trống: không giới hạn).",
  maxDeduction: "Điểm trừ theo bậc của mỗi chỉ tiêu không vượt quá số này (để trống: không giới hạn).",
  communeFilled:
    "Có: các cột Điểm thưởng, Điểm trừ, Điểm thẩm định trong báo cáo của thôn do xã ghi và được tính. Để trống hoặc Không: thôn tự ghi các cột đó, không được tính.",
  bands: "Mỗi dòng một bậc, từ tỷ lệ thấp đến cao; bậc đầu tiên đúng thì cộng (số dương) hoặc trừ (số âm) điểm ở cột cuối.",
  tiers:
    "Xếp từ cao xuống thấp; thôn nhận xếp loại đầu tiên có tổng điểm đủ và (nếu ghi) mọi chỉ tiêu, mọi tiêu chuẩn đạt đủ tỷ lệ điểm tối đa. Có tỷ lệ mỗi tiêu chuẩn thì được để trống tổng điểm.",
  roster: "Mọi thôn của xã, mỗi dòng một thôn: thôn chưa nộp báo cáo được liệt kê “Chưa nộp báo cáo”.",
  adjustments: "Điểm cộng/trừ theo quyết định của Hội đồng (Cờ thi đua, vi phạm…), cộng vào tổng điểm của thôn.",
} as const;

export const METHOD_WORDS = { ratio: "Tỷ lệ hoàn thành", points: "Thang điểm" } as const;
export const AWARD_WORDS = { proportional: "Theo tỷ lệ", "all-or-nothing": "Đạt mới có điểm", full: "Có số liệu là đủ điểm" } as const;

/** The dropdowns of the sheet's word choices (Excel data validation): title and message shown on the cell. */
export const CONFIG_CHOICES = {
  period: { title: "Kỳ đánh giá", message: "Chọn trong danh sách: cả năm hoặc 6 tháng." },
  method: { title: "Cách xếp hạng", message: "Chọn trong danh sách; để trống là Tỷ lệ hoàn thành." },
  award: { title: "Cách tính điểm chỉ tiêu", message: "Chọn trong danh sách; để trống là Theo tỷ lệ." },
  refused: { title: "Không có trong danh sách", message: "Hãy chọn một giá trị trong danh sách thả xuống của ô này." },
} as const;

export const PERIOD_WORDS = { year: "Tổng kết (cả năm)", half: "Sơ kết (6 tháng)" } as const;
export const DIRECTION_WORDS = { higher: "Cao hơn là tốt", lower: "Thấp hơn là tốt" } as const;
export const YES = "Có";
export const NO = "Không";
