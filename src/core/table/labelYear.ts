import { foldText } from "../text/foldText";

/**
 * The year a header label's figures are for: the first year written in it ("KH 2024", "TH\n2024",
 * "ƯTH2020/ƯTH2019" → 2020, "Năm 2024"), or null.
 *
 * @example labelYear("ƯTH2024") === 2024; labelYear("TH 6 tháng") === null
 */
export function labelYear(label: string): number | null {
  const match = /(?<!\d)((?:19|20)\d\d)(?!\d)/u.exec(label);
  return match ? Number(match[1]) : null;
}

/** The part of the year a column's figures cover: the whole year, the first half (sơ kết), another part (9 tháng, quý). */
export type LabelPeriod = "year" | "half" | "part";

// Folded: "6 tháng đầu năm", "sáu tháng", "sơ kết", "nửa năm" are the half year; "9 tháng", "quý 3",
// "tháng 10" another part; "năm", "cả năm", "12 tháng", "tổng kết" (what is left once those are taken out) the year.
const HALF = /(?:^| )(?:(?:6|sau) thang|so ket|nua nam|6t)(?: |$)/u;
const PART = /(?:^| )(?:(?:[1-9]|1[01]|ba|chin) thang|thang (?:[1-9]|1[0-2])|quy (?:[1-4]|i{1,3}|iv))(?: |$)/u;
const YEAR = /(?:^| )(?:nam|ca nam|tong ket|12 thang)(?: |$)/u;

/**
 * The period a header label names, or null when it names none ("KH 2024", "Thực hiện").
 *
 * @example labelPeriod("Thực hiện 6 tháng đầu năm 2024") === "half"; labelPeriod("Ước thực hiện năm 2024") === "year"
 */
export function labelPeriod(label: string): LabelPeriod | null {
  const folded = foldText(label);
  if (HALF.test(folded)) return "half";
  if (PART.test(folded)) return "part";
  return YEAR.test(folded) ? "year" : null;
}
