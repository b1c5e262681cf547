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
      return `Trang tính ${sheet || "này"} đang được bảo vệ nên không ghi được. Vào Xem lại › Bỏ bảo vệ trang tính (nhập mật khẩu nếu được hỏi), rồi thử lại.`;
    case "workbook-protected":
      return `Sổ làm việc đang được bảo vệ cấu trúc nên không thêm, xóa hay đổi tên được trang tính${sheet ? ` (${sheet})` : ""}. Vào Xem lại › Bảo vệ sổ làm việc để bỏ bảo vệ (bỏ bảo vệ trang tính không giúp được), rồi thử lại.`;
    case "read-only":
      return `Sổ làm việc đang mở ở chế độ chỉ đọc nên không ghi được${sheet ? ` vào trang tính ${sheet}` : ""}. Bấm "Chỉnh sửa sổ làm việc" (hoặc lưu một bản sao rồi mở bản đó), rồi thử lại.`;
    case "inactive-workbook":
      return "Excel đang làm việc với một sổ làm việc khác. Bấm vào cửa sổ của sổ này (sổ mở Thi đua) để nó được chọn, rồi thử lại.";
    case "cell-edit":
      return "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để thoát khỏi ô đang sửa, rồi thử lại.";
    case "too-many-cells":
      return `Thao tác${sheet ? ` trên trang tính ${sheet}` : ""} chạm tới quá nhiều ô cùng lúc nên Excel từ chối. Xóa các giá trị hoặc định dạng thừa ở xa bảng (các dòng, cột trống phía dưới, bên phải), hoặc chia bảng thành các trang nhỏ hơn, rồi thử lại.`;
    case "highlights-lost":
      return `Không còn bản ghi màu cũ của các ô Thi đua đã tô${sheet ? ` trên trang tính ${sheet}` : ""} (Excel có thể đã không giữ khi lưu và mở lại tệp), nên không tự khôi phục được. Nếu còn ô tô màu đỏ, vàng hoặc xanh của lần kiểm tra trước: chọn các ô đó, vào Trang đầu › Màu tô › Không tô màu và Màu phông › Tự động.`;
    case "unsupported-feature":
      return `Excel ở đây không làm được một phần của thao tác này${sheet ? ` (trang tính ${sheet})` : ""} (thường là Excel trên web). Hãy mở tệp bằng Excel trên máy tính rồi thử lại.`;
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
      return `Excel báo lỗi khi thực hiện thao tác${sheet ? ` trên trang tính ${sheet}` : ""}. Hãy thử lại sau giây lát; nếu vẫn lỗi, hãy gửi chi tiết này cho người quản trị. (Chi tiết: ${f.detail})`;
  }
}

function english(f: ExcelFailure): string {
  const sheet = f.sheet ? `"${f.sheet}"` : "";
  switch (f.code) {
    case "protected":
      return `${sheet ? `The sheet ${sheet}` : "This sheet"} is protected, so it cannot be written. Go to Review › Unprotect Sheet (enter the password if asked), then try again.`;
    case "workbook-protected":
      return `The workbook's structure is protected, so sheets cannot be added, deleted or renamed${sheet ? ` (${sheet})` : ""}. Go to Review › Protect Workbook to turn it off (unprotecting a sheet does not help), then try again.`;
    case "read-only":
      return `The workbook is open read-only, so nothing can be written${sheet ? ` to sheet ${sheet}` : ""}. Click "Edit Workbook" (or save a copy and open that), then try again.`;
    case "inactive-workbook":
      return "Excel is working in another workbook. Click this workbook's window (the one Thi đua is open in) so it is selected, then try again.";
    case "cell-edit":
      return "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.";
    case "too-many-cells":
      return `The operation${sheet ? ` on sheet ${sheet}` : ""} reaches too many cells at once, so Excel refused it. Delete stray values or formatting far from the table (empty rows and columns below or to the right), or split the table into smaller sheets, then try again.`;
    case "highlights-lost":
      return `The record of the cells Thi đua highlighted${sheet ? ` on sheet ${sheet}` : ""} is gone (Excel may not have kept it when the file was saved and reopened), so they cannot be restored automatically. If cells still wear the red, yellow or green of an earlier check, select them and choose Home › Fill Color › No Fill and Font Color › Automatic.`;
    case "unsupported-feature":
      return `This Excel cannot do part of this operation${sheet ? ` (sheet ${sheet})` : ""} (usually Excel on the web). Open the file in Excel on a computer and try again.`;
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
      return `Excel reported an error${sheet ? ` on sheet ${sheet}` : ""}. Try again in a moment; if it persists, send these details to your administrator. (Details: ${f.detail})`;
  }
}
