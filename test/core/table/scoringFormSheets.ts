import type { SheetCells } from "../../../src/core/model/cells";
import type { SheetModel } from "../../../src/core/model/sheetModel";

/** A scoring form as a clerk types it: rows of cells (merged cells blank but their first) and the merged ranges. */
export interface FormSheet {
  name: string;
  rows: (string | number)[][];
  merges: string[];
}

const TITLE = "BẢNG CHẤM ĐIỂM THÔN, TỔ DÂN PHỐ VĂN HÓA NĂM 2024";

// Standards I–II with their maxima, criteria, a criterion of two sub-items (4 = 4.1 + 4.2) and the total.
function criteria(points: (own: string | number, verified: string | number) => (string | number)[]): (string | number)[][] {
  return [
    ["I", "Đời sống kinh tế ổn định và từng bước phát triển", ...points("", "").map((cell, index) => (index === 0 ? 20 : cell))],
    [1, "Có từ 80% hộ gia đình trở lên có việc làm ổn định", ...points(5, 4).map((cell, index) => (index === 0 ? "5 điểm" : cell))],
    [2, "Thu nhập bình quân đầu người cao hơn mức bình quân của xã", ...points("2,5", "").map((cell, index) => (index === 0 ? "2,5" : cell))],
    [3, "Không có hộ đói, tỷ lệ hộ nghèo giảm", ...points(13, 12).map((cell, index) => (index === 0 ? 12.5 : cell))],
    ["II", "Đời sống văn hóa, tinh thần lành mạnh, phong phú", ...points("", "").map((cell, index) => (index === 0 ? 10 : cell))],
    [4, "Có nhà văn hóa và khu thể thao", ...points("", "").map((cell, index) => (index === 0 ? 10 : cell))],
    ["4.1", "Nhà văn hóa đạt chuẩn", ...points(6, 6).map((cell, index) => (index === 0 ? 6 : cell))],
    ["4.2", "Sinh hoạt văn hóa, thể thao thường xuyên", ...points(3, "").map((cell, index) => (index === 0 ? 4 : cell))],
    ["", "Tổng cộng", ...points(29.5, "").map((cell, index) => (index === 0 ? 30 : cell))],
  ];
}

/** A unit's filled form, one header row: TT | Nội dung tiêu chuẩn | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú. */
export function oneRowForm(village = "Nà Lầu"): FormSheet {
  return {
    name: village,
    rows: [
      [TITLE],
      [`Thôn: ${village}`],
      ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định (phúc tra)", "Ghi chú"],
      ...criteria((own, verified) => ["", own, verified, ""]),
    ],
    merges: ["A1:F1", "A2:F2"],
  };
}

/** The same form with "ĐIỂM" merged over "Chuẩn | Tự chấm | Thẩm định", TT and the name merged down. */
export function twoRowForm(village = "Khuổi Khâm"): FormSheet {
  return {
    name: village,
    rows: [
      [TITLE],
      [`Thôn: ${village}`],
      ["TT", "Nội dung tiêu chuẩn", "ĐIỂM", "", "", "Ghi chú"],
      ["", "", "Chuẩn", "Tự chấm", "Thẩm định", ""],
      ...criteria((own, verified) => ["", own, verified, ""]),
    ],
    merges: ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:E3", "F3:F4"],
  };
}

/** The commune's scoring table: maxima only, under "Điểm tối đa". */
export function communeTable(): FormSheet {
  return {
    name: "Bảng điểm",
    rows: [["UBND XÃ KHUÔN LÙNG"], [TITLE], ["TT", "Nội dung tiêu chuẩn", "Điểm tối đa", "Ghi chú"], ...criteria(() => ["", ""]).map((row) => row.slice(0, 3))],
    merges: ["A1:D1", "A2:D2"],
  };
}

/** A nông thôn mới criterion out of 100 under "Thang điểm", with "Cộng tiêu chí 1 (1 + 2 + 3 + 4)". */
export function criterionTable(): FormSheet {
  return {
    name: "Tiêu chí",
    rows: [
      ["BẢNG ĐIỂM ĐÁNH GIÁ TIÊU CHÍ THÔN NÔNG THÔN MỚI NĂM 2024"],
      ["TT", "Tiêu chí", "Thang điểm", "Điểm tự chấm", "Điểm xã chấm"],
      [1, "Quy hoạch và thực hiện quy hoạch", "25 điểm", 25, 25],
      [2, "Giao thông nông thôn", 25, 20, 18],
      [3, "Thủy lợi", 25, 25, ""],
      [4, "Điện nông thôn", 25, 25, 25],
      ["", "Cộng tiêu chí 1 (1 + 2 + 3 + 4)", 100, 95, ""],
    ],
    merges: ["A1:E1"],
  };
}

/** The sheet as the core reads it. */
export function cellsOf(form: FormSheet): SheetCells {
  return { name: form.name, values: form.rows.map((row) => [...row]), formats: [] };
}

/** The sheet as a workbook model, for the command line's tests. */
export function modelOf(form: FormSheet): SheetModel {
  const cells = form.rows.flatMap((row, r) => row.flatMap((value, c) => (value === "" ? [] : [{ address: `${String.fromCharCode(65 + c)}${r + 1}`, value }])));
  return { name: form.name, cells, merges: form.merges, columnWidths: [6, 50, 12, 12, 12, 12], rowHeights: {}, print: null, chart: null, printTitleRows: null, freezeAt: null };
}
