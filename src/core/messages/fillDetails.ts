import type { Finding } from "../model/finding";
import { detail, detailText, factText, type Lang } from "./factText";

const SIZE_KEYS = new Set(["size", "limit"]);

/**
 * Fills `{key}` in a message with the finding's detail of that name; `{size}` and `{limit}` are byte
 * counts, read as MB or GB.
 *
 * @example fillDetails("quá lớn ({size})", { ...f, details: { size: 3 * 2 ** 30 } }, "vi") === "quá lớn (3 GB)"
 */
export function fillDetails(template: string, f: Finding, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (SIZE_KEYS.has(key) ? byteText(detail(f, key), lang) : detailText(f, key, lang)));
}

function byteText(bytes: unknown, lang: Lang): string {
  if (typeof bytes !== "number" || !Number.isFinite(bytes)) return "?";
  const gb = bytes / 2 ** 30;
  if (gb >= 1) return `${factText(Math.round(gb * 10) / 10, lang)} GB`;
  return `${factText(Math.max(1, Math.round(bytes / 2 ** 20)), lang)} MB`;
}
