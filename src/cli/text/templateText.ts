import type { Lang } from "../args/parseArgs";

/** What `thidua template` says in its own words. */
export interface TemplateText {
  noVillages: string;
  wrote(file: string, village: string, indicators: number, replaced: boolean): string;
  renamed(village: string, sheet: string): string;
  communeOnly(file: string, count: number): string;
  cannotWrite(dir: string, file: string, reason: string): string;
  wouldReplaceInput(file: string): string;
  sameSlug(villages: string[]): string;
}

const vi: TemplateText = {
  noVillages:
    "Lệnh template cần biết các thôn: hãy ghi --village TÊN cho mỗi thôn, hoặc ghi danh sách thôn (\"villages\") trong tệp cấu hình sau --config.",
  wrote: (file, village, indicators, replaced) => `${replaced ? "Đã ghi đè tệp cũ" : "Đã ghi"} ${file}: mẫu báo cáo của ${village}, ${indicators} chỉ tiêu.`,
  renamed: (village, sheet) =>
    `Tên "${village}" không dùng được làm tên trang tính (có ký tự [ ] : * ? / \\ hoặc dài quá 31 ký tự): trang tính được đặt tên "${sheet}".`,
  communeOnly: (file, count) =>
    `${file}: ${count} chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú; hãy điền mục tiêu của thôn trước khi gửi.`,
  cannotWrite: (dir, file, reason) =>
    `Không ghi được vào thư mục ${dir} (${file}: ${reason}): thư mục không tồn tại và không tạo được, không cho ghi, hoặc tệp đang mở trong Excel. Không tệp nào được ghi. Hãy chọn thư mục khác sau --out-dir hoặc đóng tệp rồi chạy lại.`,
  wouldReplaceInput: (file) =>
    `Mẫu báo cáo sẽ ghi đè lên ${file}, là tệp đầu vào của lệnh này; không tệp nào được ghi. Hãy chọn thư mục khác sau --out-dir.`,
  sameSlug: (villages) => `Các thôn ${villages.join(", ")} cho cùng một tên tệp: mỗi thôn vẫn có tệp riêng, thêm số thứ tự vào tên.`,
};

const en: TemplateText = {
  noVillages: "The template command needs the villages: give --village NAME for each, or the roster (\"villages\") in the configuration after --config.",
  wrote: (file, village, indicators, replaced) => `${replaced ? "Replaced the existing" : "Wrote"} ${file}: report template of ${village}, ${indicators} indicators.`,
  renamed: (village, sheet) =>
    `"${village}" cannot be a sheet name (it holds one of [ ] : * ? / \\ or is longer than 31 characters): the sheet is named "${sheet}".`,
  communeOnly: (file, count) =>
    `${file}: ${count} indicators have only the commune's total target; their Mục tiêu cell is left empty with a note: fill in the village's target before sending.`,
  cannotWrite: (dir, file, reason) =>
    `Cannot write into ${dir} (${file}: ${reason}): the folder does not exist and cannot be created, cannot be written, or a file is open in Excel. No file was written. Choose another folder after --out-dir or close the file and run again.`,
  wouldReplaceInput: (file) => `A template would be written over ${file}, an input of this command; no file was written. Choose another folder after --out-dir.`,
  sameSlug: (villages) => `The villages ${villages.join(", ")} give the same file name: each still gets its own file, numbered.`,
};

/** The template command's words in the chosen language. */
export function templateText(lang: Lang): TemplateText {
  return lang === "en" ? en : vi;
}
