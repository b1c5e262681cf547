import type { Finding } from "../model/finding";
import { en } from "./en";
import type { Lang } from "./factText";
import { vi } from "./vi";

export type { Lang } from "./factText";

/**
 * The sentence a person reads for a finding, in Vietnamese or English.
 *
 * @example formatFinding({ code: "unit/missing", severity: "warning", sheet: "Chỉ tiêu", cell: "C13", indicator: "Giá trị sản phẩm" }, "vi")
 * // 'Trang "Chỉ tiêu", ô C13: chỉ tiêu "Giá trị sản phẩm" chưa có đơn vị tính. Hãy điền đơn vị tính (ĐVT).'
 */
export function formatFinding(f: Finding, lang: Lang): string {
  return lang === "en" ? en(f) : vi(f);
}
