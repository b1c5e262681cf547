import type { Lang } from "../shell/lang";

// Making a formatter costs far more than using one: hundreds of villages' scores are drawn at once.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number as people write it in the pane's language: Vietnamese uses "." for thousands and "," for
 * decimals, like the commune's own documents.
 *
 * @example formatNumber(5000000, "vi") === "5.000.000"; formatNumber(87.5, "vi", 2) === "87,50"
 */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  const key = `${lang}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
