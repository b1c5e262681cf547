import type { ExcelFailure } from "./failure";

/**
 * What staff read when Excel refuses an operation: what happened, on which sheet, and what to do.
 *
 * @example describeFailure({ code: "protected", sheet: "Thôn Nà Lầu", detail: "" }, "vi")
 *   → 'Trang tính "Thôn Nà Lầu" đang được bảo vệ nên không ghi được. …'
 */
export function describeFailure(f: ExcelFailure, lang: "vi" | "en"): string {
  return lang === "en" ? english(f) : vietnamese(f);
}

function vietnamese(f: ExcelFailure): string {
  const sheet = f.sheet ? `"${f.sheet}"` : "";
  switch (f.code) {
    case "protected":
      return `Trang tính ${sheet || "này"} đang được bảo vệ nên không ghi được. Vào Xem lại › Bỏ bảo vệ trang tính, rồi thử lại.`;
    case "cell-edit":
      return "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại.";
    case "sheet-missing":
      return `Không tìm thấy trang tính ${sheet || "cần dùng"}: có thể nó vừa bị xóa hoặc đổi tên. Chọn lại trang tính rồi thử lại.`;
    case "too-large":
      return `Dữ liệu${sheet ? ` của trang tính ${sheet}` : ""} quá lớn để Excel xử lý trong một lần (giới hạn 5 MB của Excel trên web). Chia bảng thành các trang tính nhỏ hơn, hoặc dùng Excel trên máy tính.`;
    case "too-many-highlights":
      return `Có quá nhiều ô cần tô màu${sheet ? ` trên trang tính ${sheet}` : ""} để lưu lại màu cũ của chúng, nên chưa tô ô nào; các ô đã tô trước đó vẫn xóa tô màu được. Hãy chia bảng và kiểm tra từng phần nhỏ hơn.`;
    case "unsupported":
      return "Phiên bản Excel này không hỗ trợ thao tác này. Hãy cập nhật Office hoặc dùng Excel trên web.";
    case "invalid-name":
      return `Tên trang tính ${sheet ? `${sheet} ` : ""}không dùng được: tên phải có từ 1 đến 31 ký tự, không chứa / \\ ? * : [ ] và không trùng với trang tính khác.`;
    case "busy":
      return "Excel đang bận. Đợi một lát rồi thử lại.";
    case "cancelled":
      return "Đã hủy theo yêu cầu; không có gì trong sổ làm việc bị thay đổi dở dang.";
    case "unknown":
      return `Excel báo lỗi khi thực hiện thao tác${sheet ? ` trên trang tính ${sheet}` : ""}. Hãy thử lại; nếu vẫn lỗi, lưu tệp, đóng rồi mở lại Excel. (Chi tiết: ${f.detail})`;
  }
}

function english(f: ExcelFailure): string {
  const sheet = f.sheet ? `"${f.sheet}"` : "";
  switch (f.code) {
    case "protected":
      return `${sheet ? `The sheet ${sheet}` : "This sheet"} is protected, so it cannot be written. Go to Review › Unprotect Sheet, then try again.`;
    case "cell-edit":
      return "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.";
    case "sheet-missing":
      return `The sheet ${sheet || "needed"} cannot be found: it may have just been deleted or renamed. Choose the sheet again and retry.`;
    case "too-large":
      return `The data${sheet ? ` of sheet ${sheet}` : ""} is too large for Excel to handle at once (Excel on the web's 5 MB limit). Split the table into smaller sheets, or use Excel on a computer.`;
    case "too-many-highlights":
      return `There are too many cells to highlight${sheet ? ` on sheet ${sheet}` : ""} to keep their previous colours, so none was highlighted; earlier highlights can still be cleared. Split the table and check it in smaller parts.`;
    case "unsupported":
      return "This version of Excel does not support this operation. Update Office or use Excel on the web.";
    case "invalid-name":
      return `The sheet name ${sheet ? `${sheet} ` : ""}cannot be used: a name has 1 to 31 characters, none of / \\ ? * : [ ], and differs from the other sheets.`;
    case "busy":
      return "Excel is busy. Wait a moment and try again.";
    case "cancelled":
      return "Cancelled as asked; nothing in the workbook was left half-changed.";
    case "unknown":
      return `Excel reported an error${sheet ? ` on sheet ${sheet}` : ""}. Try again; if it persists, save the file, close Excel and open it again. (Details: ${f.detail})`;
  }
}
