import type { TemplateBasis } from "../../core/template/templateIndicators";
import type { Lang } from "../args/parseArgs";
import type { FolderWriteCause } from "../writeWorkbook/writeCause";

/** What `thidua template` says in its own words. */
export interface TemplateText {
  noVillages: string;
  wrote(file: string, village: string, indicators: number, replaced: boolean): string;
  renamed(village: string, sheet: string): string;
  communeOnly(file: string, count: number): string;
  withoutPoints(file: string, count: number): string;
  withoutGuards(file: string, sheet: string): string;
  cannotWrite(dir: string, file: string, cause: FolderWriteCause): string;
  wouldReplaceInput(file: string): string;
  sameSlug(villages: string[]): string;
  /** One line: the templates written and the target cells the commune must still fill, the first named. */
  summary(templates: number, cells: number, first: { file: string; cell: string } | null): string;
  /** Which indicators the templates hold, and why (docs/outputs.md#which-indicators-go-into-a-template). */
  basis(basis: TemplateBasis, included: number, total: number): string;
  assignWrote(file: string, villages: number, shares: number, firstShare: string | null, replaced: boolean): string;
}

const viCause: Record<FolderWriteCause, string> = {
  "disk-full": "ổ đĩa đã đầy. Hãy xóa bớt tệp hoặc chọn ổ khác sau --out-dir.",
  permission: "không có quyền ghi vào thư mục này. Hãy chọn thư mục khác sau --out-dir.",
  "read-only": "ổ đĩa chỉ cho đọc. Hãy chọn ổ khác sau --out-dir.",
  directory: "đã có một thư mục trùng tên với tệp mẫu. Hãy đổi tên thư mục đó hoặc chọn thư mục khác sau --out-dir.",
  busy: "tệp đang mở trong Excel hoặc chương trình khác. Hãy đóng tệp rồi chạy lại.",
  "not-a-folder": "đường dẫn sau --out-dir là một tệp, không phải thư mục. Hãy ghi đường dẫn của một thư mục.",
  other: "hãy kiểm tra thư mục hoặc chọn thư mục khác sau --out-dir.",
};

const enCause: Record<FolderWriteCause, string> = {
  "disk-full": "the disk is full. Free some space or choose another disk after --out-dir.",
  permission: "no permission to write into this folder. Choose another folder after --out-dir.",
  "read-only": "the disk is read-only. Choose another disk after --out-dir.",
  directory: "a folder has the template file's name. Rename that folder or choose another folder after --out-dir.",
  busy: "the file is open in Excel or another program. Close it and run again.",
  "not-a-folder": "the path after --out-dir is a file, not a folder. Give the path of a folder.",
  other: "check the folder or choose another one after --out-dir.",
};

const vi: TemplateText = {
  noVillages:
    "Lệnh template cần biết các thôn: hãy ghi --village TÊN cho mỗi thôn, hoặc ghi danh sách thôn (\"villages\") trong tệp cấu hình sau --config.",
  wrote: (file, village, indicators, replaced) => `${replaced ? "Đã ghi đè tệp cũ" : "Đã ghi"} ${file}: mẫu báo cáo của ${village}, ${indicators} chỉ tiêu.`,
  renamed: (village, sheet) =>
    `Tên "${village}" không dùng được làm tên trang tính (có ký tự [ ] : * ? / \\ hoặc dài quá 31 ký tự): trang tính được đặt tên "${sheet}".`,
  communeOnly: (file, count) =>
    `${file}: ${count} chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú; hãy điền mục tiêu của thôn trước khi gửi.`,
  withoutPoints: (file, count) =>
    `${file}: ${count} chỉ tiêu không có điểm chuẩn (không có "points" trong cấu hình, không có cột Điểm chuẩn trong bảng chỉ tiêu): ô Điểm chuẩn để trống, thôn không tự chấm và chỉ tiêu không được tính điểm.`,
  withoutGuards: (file, sheet) =>
    `${file}: trang tính "${sheet}" được ghi đầy đủ nhưng không áp dụng được kiểm tra dữ liệu nhập và khóa trang; hãy chạy lại hoặc báo cho người quản trị.`,
  cannotWrite: (dir, file, cause) => `Không ghi được vào thư mục ${dir} (${file}): ${viCause[cause]} Không tệp nào được ghi, tệp cũ (nếu có) vẫn giữ nguyên.`,
  wouldReplaceInput: (file) =>
    `Mẫu báo cáo sẽ ghi đè lên ${file}, là tệp đầu vào của lệnh này; không tệp nào được ghi. Hãy chọn thư mục khác sau --out-dir.`,
  sameSlug: (villages) => `Các thôn ${villages.join(", ")} cho cùng một tên tệp: mỗi thôn vẫn có tệp riêng, thêm số thứ tự vào tên.`,
  summary: (templates, cells, first) =>
    cells === 0 || first === null
      ? `${templates} mẫu; không còn ô mục tiêu nào xã cần điền.`
      : `${templates} mẫu; ${cells} ô mục tiêu xã cần điền (ô nền xanh, đã khóa) — ô đầu tiên: ${first.file}, ô ${first.cell}. Bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ Trang tính), điền mục tiêu của thôn rồi gửi.`,
  basis: (basis, included, total) =>
    `Mẫu có ${included}/${total} chỉ tiêu: ${
      basis === "village-targets" ? "những chỉ tiêu có mục tiêu giao cho thôn (cột KH)" : basis === "village-reports" ? "những chỉ tiêu có trong báo cáo của các thôn" : "mọi chỉ tiêu của bảng"
    }; chỉ tiêu chỉ của xã được bỏ bằng quy tắc "template": false trong tệp cấu hình.`,
  assignWrote: (file, villages, shares, firstShare, replaced) =>
    `${replaced ? "Đã ghi đè tệp cũ" : "Đã ghi"} ${file}: trang Giao chỉ tiêu cho ${villages} thôn; ${shares} chỉ tiêu cộng dồn cần chia cho các thôn${firstShare === null ? "" : ` (ô KH đầu tiên: ${firstShare})`}. Ghi phần của từng thôn vào cột KH, rồi tạo mẫu với --targets ${file}.`,
};

const en: TemplateText = {
  noVillages: "The template command needs the villages: give --village NAME for each, or the roster (\"villages\") in the configuration after --config.",
  wrote: (file, village, indicators, replaced) => `${replaced ? "Replaced the existing" : "Wrote"} ${file}: report template of ${village}, ${indicators} indicators.`,
  renamed: (village, sheet) =>
    `"${village}" cannot be a sheet name (it holds one of [ ] : * ? / \\ or is longer than 31 characters): the sheet is named "${sheet}".`,
  communeOnly: (file, count) =>
    `${file}: ${count} indicators have only the commune's total target; their Mục tiêu cell is left empty with a note: fill in the village's target before sending.`,
  withoutPoints: (file, count) =>
    `${file}: ${count} indicators have no maximum points (no "points" in the configuration, no Điểm chuẩn column in the target sheet): their Điểm chuẩn is left empty, the village does not score them and they are not scored.`,
  withoutGuards: (file, sheet) =>
    `${file}: the sheet "${sheet}" is written whole, but its data validation and protection could not be applied; run again or tell the administrator.`,
  cannotWrite: (dir, file, cause) => `Cannot write into ${dir} (${file}): ${enCause[cause]} No file was written; earlier files, if any, are left as they were.`,
  wouldReplaceInput: (file) => `A template would be written over ${file}, an input of this command; no file was written. Choose another folder after --out-dir.`,
  sameSlug: (villages) => `The villages ${villages.join(", ")} give the same file name: each still gets its own file, numbered.`,
  summary: (templates, cells, first) =>
    cells === 0 || first === null
      ? `${templates} templates; no target cell left for the commune to fill.`
      : `${templates} templates; ${cells} target cells for the commune to fill (blue, locked) — the first: ${first.file}, cell ${first.cell}. Unprotect the sheet (Review › Unprotect Sheet), fill in the village's target, then send it.`,
  basis: (basis, included, total) =>
    `The templates hold ${included}/${total} indicators: ${
      basis === "village-targets" ? "those with a village's own target (KH column)" : basis === "village-reports" ? "those the villages' reports hold" : "every indicator of the table"
    }; leave a commune-only one out with a rule "template": false in the configuration file.`,
  assignWrote: (file, villages, shares, firstShare, replaced) =>
    `${replaced ? "Replaced the existing" : "Wrote"} ${file}: the Giao chỉ tiêu sheet for ${villages} villages; ${shares} cumulative indicators to share out among the villages${firstShare === null ? "" : ` (first KH cell: ${firstShare})`}. Type each village's share in its KH column, then write the templates with --targets ${file}.`,
};

/** The template command's words in the chosen language. */
export function templateText(lang: Lang): TemplateText {
  return lang === "en" ? en : vi;
}
