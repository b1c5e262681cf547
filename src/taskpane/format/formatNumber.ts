import type { Lang } from "../shell/lang";

/**
 * A number as people write it in the pane's language: Vietnamese uses "." for thousands and "," for
 * decimals, like the commune's own documents.
 *
 * @example formatNumber(5000000, "vi") === "5.000.000"; formatNumber(87.5, "vi", 2) === "87,50"
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  return new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
