import type { Lang } from "../shell/lang";
import type { ExcelPort } from "./excelPort";
import type { Notice } from "./notice";

/**
 * The adapter's own words for an Excel failure ("what happened — what to do") as an error notice.
 *
 * @example failureNotice(excel, { code: "ItemNotFound", … }, "vi") → { intent: "error", text: "Không tìm thấy trang …" }
 */
export function failureNotice<F>(excel: ExcelPort<F>, failure: F, lang: Lang): Notice {
  return { intent: "error", text: excel.describeFailure(failure, lang) };
}
