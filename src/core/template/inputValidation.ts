import type { Indicator } from "../model/indicator";
import type { ValidationModel } from "../model/sheetModel";

/** Words a pass, occurrence or rating cell offers, in the order the list shows them (docs/reading-tables.md#values). */
export const INPUT_WORDS = {
  pass: ["Đạt", "Không đạt"],
  none: ["Không xảy ra", "Có xảy ra"],
  rating: ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém"],
} as const;

/** Excel refuses longer validation titles. */
const TITLE_MAX = 32;

/**
 * The data validation of an indicator's input cell, with its Vietnamese messages (docs/outputs.md#report-templates): a number
 * ≥ 0 in the row's unit, a percentage 0–100 written as points (97,5 for 97,5%), or a list of the words
 * of a pass, occurrence or rating indicator. `range` is filled in by the caller.
 *
 * @example inputValidation({ kind: "pass", unit: "Đạt", unitKey: null }).rule // { type: "list", items: ["Đạt", "Không đạt"] }
 */
export function inputValidation(indicator: Pick<Indicator, "kind" | "unit" | "unitKey">): Omit<ValidationModel, "range"> {
  if (indicator.kind !== "number") {
    const items = [...INPUT_WORDS[indicator.kind]];
    const choices = items.join(", ");
    return {
      rule: { type: "list", items },
      prompt: { title: "Chọn trong danh sách", message: `Bấm mũi tên bên phải ô và chọn một trong: ${choices}.` },
      error: { title: "Giá trị không có trong danh sách", message: `Ô này chỉ nhận một trong các giá trị: ${choices}. Bấm mũi tên bên phải ô để chọn.` },
    };
  }
  if (indicator.unitKey === "%") {
    return {
      rule: { type: "decimal", min: 0, max: 100 },
      prompt: { title: "Tỷ lệ (%)", message: "Ghi số phần trăm từ 0 đến 100, ví dụ 97,5 nghĩa là 97,5%." },
      error: { title: "Tỷ lệ không hợp lệ", message: "Tỷ lệ phải là một số từ 0 đến 100 (số phần trăm, ví dụ 97,5); không ghi chữ vào ô." },
    };
  }
  const unit = indicator.unit?.trim() || null;
  const inUnit = unit === null ? "" : `, theo đơn vị ${unit}`;
  return {
    rule: { type: "decimal", min: 0, max: null },
    prompt: { title: fit(unit === null ? "Số liệu" : `Đơn vị: ${unit}`), message: `Ghi một số lớn hơn hoặc bằng 0${inUnit}.`.slice(0, 255) },
    error: { title: "Số liệu không hợp lệ", message: `Ô này chỉ nhận một số lớn hơn hoặc bằng 0${inUnit}; không ghi chữ hay đơn vị vào ô.`.slice(0, 255) },
  };
}

function fit(title: string): string {
  return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1)}…`;
}
