import { formatNumberVi } from "../../core/values/formatNumberVi";
import type { CliText } from "./cliText";

const USAGE = [
  "Cách dùng:",
  "  thidua indicators <tệp.xlsx> [--sheet TÊN] [--json]",
  "  thidua validate <báo-cáo.xlsx> [--targets <chỉ-tiêu.xlsx>] [--config <cấu-hình.json>] [--sheet TÊN] [--village TÊN] [--json] [--lang vi|en]",
  "  thidua rank <tệp.xlsx>... [--targets <chỉ-tiêu.xlsx>] [--config <cấu-hình.json>] [--out <xếp-hạng.xlsx>] [--json] [--lang vi|en]",
  "  thidua template [<báo-cáo-thôn.xlsx>...] --targets <chỉ-tiêu.xlsx> [--village TÊN]... [--config <cấu-hình.json>] [--period half|year] [--assign] --out-dir <thư-mục> [--json] [--lang vi|en]",
  "",
  "  indicators  liệt kê các chỉ tiêu của một bảng",
  "  validate    kiểm tra báo cáo của một thôn so với chỉ tiêu",
  "  rank        xếp hạng các thôn và đề nghị giải thưởng",
  "  template    tạo mẫu báo cáo cho từng thôn (một tệp mỗi thôn); --assign: trang Giao chỉ tiêu để giao chỉ tiêu cho các thôn",
  "Mã thoát: 0 xong; 1 báo cáo có lỗi; 2 tệp không dùng được hoặc lệnh viết sai.",
].join("\n");

export const vi: CliText = {
  usage: USAGE,
  usageProblem(problem) {
    const help = "Gõ thidua --help để xem cách dùng.";
    switch (problem.kind) {
      case "no-command":
        return `Thiếu lệnh: hãy viết indicators, validate, rank hoặc template trước "${problem.value}". ${help}`;
      case "unknown-command":
        return `Không có lệnh "${problem.value}": hãy dùng indicators, validate, rank hoặc template. ${help}`;
      case "unknown-option":
        return `Lệnh này không có tùy chọn "${problem.value}". ${help}`;
      case "missing-value":
        return `Tùy chọn ${problem.value} cần một giá trị đi kèm. ${help}`;
      case "bad-lang":
        return `Ngôn ngữ "${problem.value}" không có: hãy dùng --lang vi hoặc --lang en.`;
      case "no-file":
        return `Lệnh ${problem.value} cần ít nhất một tệp .xlsx. ${help}`;
      case "one-file":
        return `Lệnh này chỉ nhận một tệp; hãy bỏ "${problem.value}" hoặc dùng lệnh rank cho nhiều tệp.`;
      case "out-is-input":
        return `Tệp ${problem.value} sau --out cũng là một tệp đầu vào; ghi bảng xếp hạng vào đó sẽ xóa mất nội dung của nó. Hãy chọn tên khác sau --out, hoặc bỏ tệp này khỏi danh sách.`;
      case "bad-period":
        return `Kỳ báo cáo "${problem.value}" không có: hãy dùng --period year (tổng kết năm) hoặc --period half (sơ kết 6 tháng).`;
      case "missing-option":
        return `Lệnh template cần ${problem.value} ${problem.value === "--targets" ? "<bảng-chỉ-tiêu.xlsx>" : "<thư-mục>"}. ${help}`;
      case "unexpected-file":
        return `Lệnh template không nhận tệp "${problem.value}" đứng riêng: hãy ghi bảng chỉ tiêu sau --targets. ${help}`;
    }
  },
  progress: (index, total, file, outcome) =>
    `[${index}/${total}] ${file}: ${outcome === null ? "không dùng được" : outcome === "targets" ? "bảng chỉ tiêu của xã, không phải báo cáo thôn" : `${outcome} thôn`}`,
  usingTargets: (file, sheet) => `Dùng chỉ tiêu của xã trong ${file} (trang "${sheet}") để kiểm tra các báo cáo.`,
  sheetNotFound: (file, sheet, available) =>
    `${file}: không có trang tính "${sheet}". Các trang tính có trong tệp: ${available.join(", ")}. Hãy sửa tên sau --sheet.`,
  noTable: (file) =>
    `${file}: không trang tính nào có bảng chỉ tiêu (cần các cột TT, Chỉ tiêu, ĐVT, Mục tiêu). Hãy mở tệp, kiểm tra dòng tiêu đề của bảng rồi chạy lại.`,
  noReport: (file) =>
    `${file}: không tìm thấy báo cáo thôn nào (cần các cột Chỉ tiêu, ĐVT, Mục tiêu, Thực hiện). Hãy kiểm tra dòng tiêu đề của bảng rồi chạy lại.`,
  chooseVillage: (file, villages, asked) =>
    `${file}: bảng tổng hợp có ${villages.length} thôn (${villages.join(", ")})${asked === null ? "" : `, không có thôn "${asked}"`}. Hãy chọn một thôn bằng --village TÊN.`,
  noVillages: "Không có báo cáo thôn nào để xếp hạng. Hãy đưa các tệp báo cáo của các thôn vào lệnh rank.",
  cannotWrite: (file, cause) => {
    const kept = "Tệp cũ (nếu có) vẫn giữ nguyên.";
    switch (cause) {
      case "disk-full":
        return `Không ghi được ${file}: ổ đĩa đã đầy. ${kept} Hãy xóa bớt tệp trên ổ đĩa hoặc chọn ổ khác sau --out rồi chạy lại.`;
      case "permission":
        return `Không ghi được ${file}: không có quyền ghi vào thư mục hoặc tệp này. ${kept} Hãy chọn thư mục khác sau --out rồi chạy lại.`;
      case "read-only":
        return `Không ghi được ${file}: ổ đĩa chỉ cho đọc. ${kept} Hãy chọn ổ khác sau --out rồi chạy lại.`;
      case "directory":
        return `Không ghi được ${file}: đó là một thư mục. Hãy ghi tên tệp .xlsx sau --out, ví dụ ${file}/xep-hang.xlsx.`;
      case "busy":
        return `Không ghi được ${file}: tệp đang mở trong Excel hoặc chương trình khác. ${kept} Hãy đóng tệp rồi chạy lại.`;
      case "other":
        return `Không ghi được ${file}. ${kept} Hãy kiểm tra thư mục hoặc chọn chỗ khác sau --out rồi chạy lại.`;
    }
  },
  wrote: (file) => `Đã ghi bảng xếp hạng vào ${file}`,
  wroteWithout: (file, missing) =>
    `Bảng xếp hạng trong ${file} đã đầy đủ, nhưng không áp dụng được ${missing.map((d) => ({ layout: "định dạng (gộp ô, kẻ khung)", print: "thiết lập in", guards: "kiểm tra dữ liệu nhập và khóa trang" })[d]).join(" và ")}.`,
  unexpected: (detail) => `Lỗi không mong đợi của chương trình: ${detail}. Hãy báo lại cho người quản trị kèm các tệp đã dùng.`,
  status: { met: "Đạt", exceeded: "Vượt", shortfall: "Chưa đạt", unknown: "Chưa rõ" },
  indicatorsHeading: (file, sheet, count, groups) => `${file}, trang "${sheet}": ${count} chỉ tiêu trong ${groups} nhóm`,
  validateHeading: (village, file, sheet) => `Báo cáo của ${village} (${file}, trang "${sheet}")`,
  indicatorColumns: { tt: "TT", name: "Chỉ tiêu", unit: "ĐVT", target: "Mục tiêu", kind: "Loại", direction: "Chiều" },
  validateColumns: { name: "Chỉ tiêu", target: "Mục tiêu", actual: "Thực hiện", status: "Kết quả", completion: "Tỷ lệ" },
  summary: (s) =>
    `Tổng cộng ${s.indicators} chỉ tiêu: ${s.met} đạt, ${s.exceeded} vượt, ${s.shortfall} chưa đạt, ${s.unknown} chưa rõ; ${s.errors} lỗi, ${s.warnings} cảnh báo.`,
  formColumns: { name: "Tiêu chí", max: "Điểm chuẩn", own: "Tự chấm", verified: "Thẩm định", earned: "Điểm tính" },
  formSummary: (t, selfPoints, errors, warnings) =>
    `Đạt ${formatNumberVi(t.earned)}/${formatNumberVi(t.max)} điểm${selfPoints === null ? "" : ` (tự chấm ${formatNumberVi(selfPoints)})`}; ${t.criteria} tiêu chí` +
    `${t.unverified > 0 ? `, ${t.unverified} chưa thẩm định (tính theo điểm tự chấm)` : ""}${t.unscored > 0 ? `, ${t.unscored} chưa chấm (tính 0 điểm)` : ""}; ${errors} lỗi, ${warnings} cảnh báo.`,
  findingsHeading: "Các điểm cần xem:",
  severity: { error: "Lỗi", warning: "Cảnh báo", shortfall: "Chưa đạt", info: "Ghi nhận" },
  rankHeading: (year, period, villages) => `XẾP HẠNG THI ĐUA NĂM ${year} (${period === "half" ? "sơ kết 6 tháng" : "tổng kết năm"}) — ${villages} thôn`,
  rankColumns: { rank: "Hạng", village: "Thôn", score: "Điểm", met: "Đạt/Tổng", prize: "Đề nghị giải", amount: "Tiền thưởng (đồng)" },
  tie: "đồng hạng — Hội đồng xem xét",
  notEligible: (village, reason) => `${village} — ${reason}`,
  pointsSummary: (points, selfPoints) => `Tổng điểm: ${formatNumberVi(points)}${selfPoints === null ? "" : ` (thôn tự chấm ${formatNumberVi(selfPoints)})`}.`,
  notReported: (villages) => `Chưa nộp báo cáo: ${villages.join(", ")}.`,
  notRanked: (villages) => `Chưa xếp hạng (có nhiều báo cáo với số liệu khác nhau): ${villages.join(", ")}.`,
  tierColumn: "Xếp loại",
  findingsCount: (errors, warnings) => `Các báo cáo có ${errors} lỗi và ${warnings} cảnh báo; chạy thidua validate cho từng thôn để xem chi tiết.`,
  directionWord: { higher: "càng cao càng tốt", lower: "càng thấp càng tốt" },
};
