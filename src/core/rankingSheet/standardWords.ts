import type { Finding } from "../model/finding";
import type { StandardPoints } from "../model/ranking";
import { formatNumberVi } from "../values/formatNumberVi";

const ROMAN = /^[IVXLC]+$/i;

/**
 * How the ranking sheet names a top-level standard: "Tiêu chuẩn II" under a Roman TT, "Tiêu chí 1"
 * under a number, else its name (docs/outputs.md#the-ranking-sheet).
 *
 * @example standardLabel({ tt: "II", name: "Đời sống văn hóa" }, "vi") === "Tiêu chuẩn II"
 */
export function standardLabel(standard: Pick<StandardPoints, "tt" | "name">, lang: "vi" | "en"): string {
  const tt = standard.tt;
  if (tt === null) return standard.name;
  if (ROMAN.test(tt)) return `${lang === "vi" ? "Tiêu chuẩn" : "Standard"} ${tt.toUpperCase()}`;
  if (/^\d+$/.test(tt)) return `${lang === "vi" ? "Tiêu chí" : "Criterion"} ${tt}`;
  return standard.name;
}

/** A standard column's header: its label and its maximum, "Tiêu chuẩn I (20 điểm)". */
export function standardHeader(standard: StandardPoints): string {
  return `${standardLabel(standard, "vi")} (${formatNumberVi(standard.max)} điểm)`;
}

/**
 * Why a unit did not get a tier its total reached (a `points/below-floor` finding): the standard, its
 * points out of its maximum and the floor it missed (docs/scoring.md#minimums-per-standard).
 *
 * @example floorNote(belowFloor, standards, "vi") === 'Không xếp loại "Thôn văn hóa": Tiêu chuẩn II: 9/20 điểm, dưới mức tối thiểu 10'
 */
export function floorNote(f: Pick<Finding, "details">, standards: readonly StandardPoints[], lang: "vi" | "en"): string {
  const details = f.details ?? {};
  const name = String(details.group);
  const max = Number(details.max);
  const floor = Number(details.floor) * max;
  const earned = floor - Number(details.needed);
  const standard = standards.find((s) => s.name === name) ?? { tt: null, name };
  const figures = `${standardLabel(standard, lang)}: ${number(earned, lang)}/${number(max, lang)} ${lang === "vi" ? "điểm" : "points"}`;
  return lang === "vi"
    ? `Không xếp loại "${String(details.tier)}": ${figures}, dưới mức tối thiểu ${number(floor, lang)}`
    : `Not rated "${String(details.tier)}": ${figures}, below the minimum of ${number(floor, lang)}`;
}

function number(value: number, lang: "vi" | "en"): string {
  const rounded = Math.round(value * 100) / 100;
  return lang === "vi" ? formatNumberVi(rounded) : String(rounded);
}
