import type { Finding, FindingFact } from "../model/finding";
import { formatNumberVi } from "../values/formatNumberVi";

export type Lang = "vi" | "en";

/**
 * A fact as people read it: numbers the Vietnamese way ("1.417", "97,5") or the English way ("1,417"),
 * words as they are, nothing as "".
 *
 * @example factText(1417.5, "vi") === "1.417,5"; factText(1417.5, "en") === "1,417.5"
 */
export function factText(value: FindingFact | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return lang === "vi" ? formatNumberVi(value) : formatNumberEn(value);
  return String(value);
}

function formatNumberEn(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * A completion ratio as a percentage with at most one decimal.
 *
 * @example percentText(0.7407, "vi") === "74,1%"
 */
export function percentText(ratio: FindingFact | undefined, lang: Lang): string {
  return typeof ratio === "number" ? `${factText(Math.round(ratio * 1000) / 10, lang)}%` : "";
}

/** A detail of a finding, or undefined. */
export function detail(f: Finding, key: string): FindingFact | undefined {
  return f.details?.[key];
}

/** A detail as text ("" when absent). */
export function detailText(f: Finding, key: string, lang: Lang): string {
  return factText(detail(f, key), lang);
}
