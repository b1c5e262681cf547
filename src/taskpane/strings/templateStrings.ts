import type { Lang } from "../shell/lang";
import type { Decoration } from "../state/excelPort";
import type { TemplateBasis } from "../../core/template/templateIndicators";

const PART_VI: Record<Decoration, string> = { layout: "định dạng", print: "thiết lập in", chart: "biểu đồ", guards: "kiểm soát dữ liệu nhập và khóa trang" };
const PART_EN: Record<Decoration, string> = { layout: "formatting", print: "print setup", chart: "chart", guards: "data validation and sheet protection" };

/** The words of the "Tạo mẫu báo cáo" view. */
export interface TemplateStrings {
  intro: string;
  sourceLabel: string;
  villagesLabel: string;
  villagesHint: string;
  run: string;
  running: string;
  pickSource: string;
  noVillages: string;
  noTable: (sheet: string) => string;
  written: (count: number) => string;
  item: (sheet: string, village: string, indicators: number) => string;
  renamed: (village: string, sheet: string) => string;
  communeOnly: (sheet: string, count: number) => string;
  withoutPoints: (sheet: string, count: number) => string;
  configIgnored: string;
  howToSend: string;
  noGuards: (what: string) => string;
  refused: (sheet: string, what: readonly Decoration[]) => string;
  validation: string;
  protection: string;
  /** The collapsible list of the templates' indicators: its header with the counts. */
  listTitle: (included: number, total: number) => string;
  listBasis: (basis: TemplateBasis) => string;
  listLoading: string;
  choiceSaved: string;
  choiceNotSaved: string;
  /** "6 mẫu; 19 ô mục tiêu xã cần điền" and the link to the first cell. */
  communeCells: (templates: number, cells: number) => string;
  goToFirst: string;
  assignIntro: string;
  assignRun: string;
  assignRunning: string;
  assignWritten: (sheet: string, villages: number, shares: number) => string;
  assignTodo: string;
}

const vi: TemplateStrings = {
  intro:
    "Tạo cho mỗi thôn một trang mẫu báo cáo có sẵn chỉ tiêu và mục tiêu của thôn; thôn chỉ ghi vào các ô nền vàng, mỗi ô có kiểm soát dữ liệu nhập; ô Mục tiêu nền xanh do xã điền trước khi gửi.",
  sourceLabel: "Lấy chỉ tiêu từ trang (bảng chỉ tiêu của xã hoặc bảng tổng hợp có cột KH của từng thôn)",
  villagesLabel: "Các thôn (mỗi dòng một thôn)",
  villagesHint: "Để trống: dùng danh sách thôn trong trang Cấu hình xếp hạng, hoặc các thôn của bảng tổng hợp.",
  run: "Tạo mẫu báo cáo",
  running: "Đang tạo mẫu báo cáo…",
  pickSource: "Hãy chọn trang chỉ tiêu để lấy chỉ tiêu cho các mẫu.",
  noVillages:
    "Chưa biết các thôn: hãy ghi tên các thôn vào ô Các thôn (mỗi dòng một thôn), hoặc ghi danh sách thôn trong trang Cấu hình xếp hạng.",
  noTable: (sheet) => `Trang “${sheet}” không có bảng chỉ tiêu (cần các cột TT, Chỉ tiêu, ĐVT, Mục tiêu). Hãy chọn trang chỉ tiêu khác.`,
  written: (count) => `Đã tạo ${count} trang mẫu báo cáo.`,
  item: (sheet, village, indicators) => `“${sheet}”: ${village}, ${indicators} chỉ tiêu`,
  renamed: (village, sheet) => `Tên “${village}” không dùng được làm tên trang (có ký tự [ ] : * ? / \\ hoặc dài quá 31 ký tự): trang được đặt tên “${sheet}”.`,
  communeOnly: (sheet, count) => `“${sheet}”: ${count} chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú: hãy điền mục tiêu của thôn trước khi gửi.`,
  withoutPoints: (sheet, count) =>
    `“${sheet}”: ${count} chỉ tiêu không có điểm chuẩn (không có trong trang Cấu hình xếp hạng, không có cột Điểm chuẩn trong bảng chỉ tiêu): ô Điểm chuẩn để trống, chỉ tiêu không được tính điểm.`,
  configIgnored:
    "Trang Cấu hình xếp hạng có lỗi nên các mẫu được tạo theo cấu hình mặc định (không có cột điểm, không bỏ chỉ tiêu nào): hãy sửa trang đó rồi tạo lại mẫu.",
  howToSend:
    "Gửi từng mẫu cho thôn: bấm chuột phải vào tên trang (ví dụ “Mẫu Nà Lầu”) › Di chuyển hoặc Sao chép… › Vào sổ: (sổ mới) › đánh dấu Tạo bản sao › OK; lưu sổ mới với tên thôn rồi gửi cho thôn.",
  noGuards: (what) =>
    `Phiên bản Excel này chưa hỗ trợ ${what}: các mẫu được ghi không có phần đó. Để có đủ, hãy tạo lại mẫu trong Excel trên web hoặc Excel 2019 trở lên.`,
  refused: (sheet, what) =>
    `Trang “${sheet}” đã ghi đủ chỉ tiêu và mục tiêu, nhưng Excel không cho áp dụng ${what.map((d) => PART_VI[d]).join(" và ")}: hãy kiểm tra trang trước khi gửi.`,
  validation: "kiểm soát dữ liệu nhập",
  protection: "khóa trang tính",
  listTitle: (included, total) => `Chỉ tiêu đưa vào mẫu: ${included}/${total}`,
  listBasis: (basis) =>
    basis === "village-targets"
      ? "Đã chọn sẵn các chỉ tiêu có mục tiêu giao cho thôn (cột KH). Bỏ chọn chỉ tiêu chỉ của xã."
      : basis === "village-reports"
        ? "Đã chọn sẵn các chỉ tiêu có trong báo cáo của các thôn. Bỏ chọn chỉ tiêu chỉ của xã."
        : "Đã chọn sẵn mọi chỉ tiêu của bảng. Bỏ chọn chỉ tiêu chỉ của xã (ví dụ thu ngân sách).",
  listLoading: "Đang đọc các chỉ tiêu…",
  choiceSaved: "Lựa chọn chỉ tiêu đã được ghi vào bảng Quy tắc của trang Cấu hình xếp hạng (cột Đưa vào mẫu), lần sau giữ nguyên.",
  choiceNotSaved:
    "Lựa chọn chỉ tiêu chỉ dùng cho lần này: sổ chưa có trang Cấu hình xếp hạng dùng được để ghi nhớ. Hãy tạo trang đó (thẻ Khác › Cấu hình) rồi tạo lại mẫu.",
  communeCells: (templates, cells) => (cells === 0 ? `${templates} mẫu; không còn ô mục tiêu nào xã cần điền.` : `${templates} mẫu; ${cells} ô mục tiêu xã cần điền`),
  goToFirst: "đến ô đầu tiên",
  assignIntro: "Chưa chia chỉ tiêu cho các thôn? Tạo trang Giao chỉ tiêu: mỗi thôn một cột KH, ghi phần của từng thôn rồi dùng trang đó để tạo mẫu.",
  assignRun: "Giao chỉ tiêu",
  assignRunning: "Đang tạo trang Giao chỉ tiêu…",
  assignWritten: (sheet, villages, shares) => `Đã tạo trang “${sheet}” cho ${villages} thôn: ${shares} chỉ tiêu cộng dồn cần chia cho các thôn.`,
  assignTodo:
    "Ghi phần của từng thôn vào cột KH (ô nền vàng); cột Đối chiếu báo Khớp khi cộng lại bằng mục tiêu của xã. Sau đó chọn trang này ở ô “Lấy chỉ tiêu từ trang” và bấm Tạo mẫu báo cáo.",
};

const en: TemplateStrings = {
  intro:
    "Write for each village a report template sheet with its indicators and targets; the village fills only the yellow cells, each one validated; a blue Mục tiêu cell is the commune's to fill before sending.",
  sourceLabel: "Take the indicators from (the commune's target sheet, or a consolidated sheet with each village's KH column)",
  villagesLabel: "Villages (one per line)",
  villagesHint: "Left empty: the villages listed on the Cấu hình xếp hạng sheet, or the consolidated sheet's villages.",
  run: "Write report templates",
  running: "Writing report templates…",
  pickSource: "Choose the target sheet the templates take their indicators from.",
  noVillages: "No villages known: write their names in Villages (one per line), or list them on the Cấu hình xếp hạng sheet.",
  noTable: (sheet) => `Sheet “${sheet}” has no indicator table (it needs the columns TT, Chỉ tiêu, ĐVT, Mục tiêu). Choose another target sheet.`,
  written: (count) => `${count} report template sheets written.`,
  item: (sheet, village, indicators) => `“${sheet}”: ${village}, ${indicators} indicators`,
  renamed: (village, sheet) => `“${village}” cannot be a sheet name (it holds one of [ ] : * ? / \\ or is longer than 31 characters): the sheet is named “${sheet}”.`,
  communeOnly: (sheet, count) => `“${sheet}”: ${count} indicators have only the commune's total target; their Mục tiêu cell is left empty with a note: fill in the village's target before sending.`,
  withoutPoints: (sheet, count) =>
    `“${sheet}”: ${count} indicators have no maximum points (none on the Cấu hình xếp hạng sheet, no Điểm chuẩn column in the target sheet): their Điểm chuẩn is left empty and they are not scored.`,
  configIgnored:
    "The Cấu hình xếp hạng sheet has errors, so the templates follow the default configuration (no points columns, no indicator left out): correct that sheet and write the templates again.",
  howToSend:
    "Send each template to its village: right-click the sheet's tab (e.g. “Mẫu Nà Lầu”) › Move or Copy… › To book: (new book) › tick Create a copy › OK; save the new book under the village's name and send it.",
  noGuards: (what) => `This version of Excel does not support ${what}: the templates were written without it. To have it, write the templates again in Excel on the web or Excel 2019 or later.`,
  refused: (sheet, what) =>
    `Sheet “${sheet}” holds all its indicators and targets, but Excel would not apply its ${what.map((d) => PART_EN[d]).join(" and ")}: check the sheet before sending it.`,
  validation: "data validation",
  protection: "sheet protection",
  listTitle: (included, total) => `Indicators in the templates: ${included}/${total}`,
  listBasis: (basis) =>
    basis === "village-targets"
      ? "Ticked: the indicators with a village's own target (KH column). Untick the commune's own ones."
      : basis === "village-reports"
        ? "Ticked: the indicators the villages' reports hold. Untick the commune's own ones."
        : "Ticked: every indicator of the table. Untick the commune's own ones (budget revenue, say).",
  listLoading: "Reading the indicators…",
  choiceSaved: "The choice of indicators is written in the rules of the Cấu hình xếp hạng sheet (column Đưa vào mẫu) and kept for next time.",
  choiceNotSaved:
    "The choice of indicators holds for this time only: the workbook has no usable Cấu hình xếp hạng sheet to keep it. Create that sheet (tab More › Settings) and write the templates again.",
  communeCells: (templates, cells) => (cells === 0 ? `${templates} templates; no target cell left for the commune to fill.` : `${templates} templates; ${cells} target cells for the commune to fill`),
  goToFirst: "go to the first",
  assignIntro: "Targets not yet shared among the villages? Write the Giao chỉ tiêu sheet: a KH column per village; type each village's share, then make the templates from it.",
  assignRun: "Share out targets",
  assignRunning: "Writing the Giao chỉ tiêu sheet…",
  assignWritten: (sheet, villages, shares) => `Sheet “${sheet}” written for ${villages} villages: ${shares} cumulative indicators to share out among them.`,
  assignTodo:
    "Type each village's share in its KH column (yellow); the Đối chiếu column says Khớp when they add up to the commune's target. Then choose this sheet under “Take the indicators from” and press Write report templates.",
};

/** The template view's words in the pane's language. */
export function templateStrings(lang: Lang): TemplateStrings {
  return lang === "en" ? en : vi;
}
