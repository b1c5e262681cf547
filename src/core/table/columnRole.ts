import { foldText } from "../text/foldText";

/** What a column of an indicator table holds (docs/reading-tables.md#layouts). */
export type ColumnRole = "tt" | "name" | "unit" | "target" | "actual" | "rate" | "note" | PointsRole;

/** The points columns of a scoring table (docs/reading-tables.md#layouts, docs/scoring.md#points-method): maximum, bonus, deduction, own and verified points. */
export type PointsRole = "maxPoints" | "bonus" | "deduction" | "selfPoints" | "verifiedPoints";

// Labels seen in practice, folded and without spaces. Order matters for prefixes: "chỉ tiêu giao" is a
// target before "chỉ tiêu" is a name.
const EXACT: Record<string, ColumnRole> = {
  tt: "tt", stt: "tt", sott: "tt",
  chitieu: "name", tenchitieu: "name", noidung: "name", noidungchitieu: "name", chitieuthidua: "name",
  dvt: "unit", donvitinh: "unit", donvi: "unit",
  muctieu: "target", kehoach: "target", kh: "target", chitieugiao: "target", muctieuxa: "target", khxa: "target",
  chitieukehoach: "target", chitieuduocgiao: "target", khgiao: "target",
  thuchien: "actual", th: "actual", ketqua: "actual", ketquathuchien: "actual", uocthuchien: "actual", uocth: "actual",
  solieuthuchien: "actual", ketquadatduoc: "actual",
  tyle: "rate", sosanh: "rate", tylehoanthanh: "rate",
  ghichu: "note",
  diemchuan: "maxPoints", diemtoida: "maxPoints", thangdiem: "maxPoints", chuan: "maxPoints", diemchuantoida: "maxPoints",
  diemthuong: "bonus", thuong: "bonus", diemcong: "bonus",
  diemtru: "deduction", tru: "deduction",
  diemtucham: "selfPoints", tucham: "selfPoints", diemtudanhgia: "selfPoints", tudanhgia: "selfPoints", thontucham: "selfPoints",
  diemthamdinh: "verifiedPoints", thamdinh: "verifiedPoints", diemphuctra: "verifiedPoints", phuctra: "verifiedPoints",
  diemxacham: "verifiedPoints", xacham: "verifiedPoints", diemcham: "verifiedPoints",
  // other communes' and districts' tables (docs/reading-tables.md#layouts)
  maso: "tt", masott: "tt",
  tentieuchi: "name", noidungtieuchi: "name", tieuchi: "name", tieuchuanthidua: "name", noidungdanhgia: "name",
  chitieuchung: "target", khnam: "target",
  kq: "actual", uth: "actual",
  tile: "rate", tilehoanthanh: "rate", sosanhkh: "rate", sokh: "rate",
};
const PREFIXES: [string, ColumnRole][] = [
  ["chitieugiao", "target"], ["muctieu", "target"], ["kehoach", "target"],
  ["uocthuchien", "actual"], ["thuchien", "actual"], ["ketqua", "actual"],
  ["tyle", "rate"], ["tile", "rate"], ["sosanh", "rate"], ["sovoi", "rate"],
  ["ghichu", "note"],
  ["noidung", "name"], ["tenchitieu", "name"],
  ["donvitinh", "unit"],
];
// "% KH", "% TH": a share of the plan is a rate, not a target
const PERCENT_OF = new Set(["kh", "kehoach", "th", "thuchien"]);

// The period a figure covers, said after the label: "TH 6 tháng", "Ước TH cả năm", "KH năm"
const PERIOD_WORDS = String.raw` (?:\d{1,2} thang(?: dau nam| cuoi nam)?|ca nam|nam|quy [1-4ivx]+)`;
// Tried only where no period ends just before: the leftmost match is the same, and a label of many
// periods not at its end (" nam nam nam … x") is read through once instead of once from each.
const TRAILING_PERIOD = new RegExp(String.raw`(?= )(?<!${PERIOD_WORDS})(?:${PERIOD_WORDS})+$`, "u");

/**
 * The folded key of a header label: no case, diacritics, spaces or punctuation, and without a trailing
 * year, period ("6 tháng", "cả năm") or parenthesis.
 *
 * @example labelKey("Kế hoạch năm 2024") === "kehoach"; labelKey("Tỷ lệ (%)") === "tyle"; labelKey("TH 6 tháng") === "th"
 */
export function labelKey(label: string): string {
  const withoutBrackets = label.replace(/\([^()]*\)?\s*$/u, "");
  return foldText(withoutBrackets)
    .replace(/(\s*nam)?\s*(19|20)\d\d$/u, "")
    .replace(TRAILING_PERIOD, "")
    .replace(/ /g, "");
}

/**
 * The role of a header cell, or null when the label is none of the known ones (a village's name in a
 * consolidated sheet, or text that is not a header).
 *
 * @example columnRole("Đơn vị tính") === "unit"; columnRole("% KH") === "rate"; columnRole("Nà Lầu") === null
 */
export function columnRole(label: string): ColumnRole | null {
  const key = labelKey(label);
  if (key === "") return null;
  if (label.includes("%") && PERCENT_OF.has(key)) return "rate";
  if (label.includes("/")) {
    const ratio = ratioRole(label);
    if (ratio !== null) return ratio;
  }
  const exact = EXACT[key];
  if (exact) return exact;
  const prefix = PREFIXES.find(([start]) => key.startsWith(start));
  return prefix ? prefix[1] : null;
}

// The periods a ratio's parts name: "ƯTH2020/ƯTH2019", "ƯTH/KH", "KH 2021/ƯTH 2020".
const PERIOD: Record<string, ColumnRole> = { th: "actual", uth: "actual", uocth: "actual", thuchien: "actual", kq: "actual", kh: "target", ukh: "target", kehoach: "target", muctieu: "target" };

/**
 * A label of period tokens joined by "/": a ratio ("ƯTH2020/ƯTH2019", "ƯTH/KH") is a rate; two names of
 * one figure where only one carries a year ("ƯTH/ TH 2020": the estimate or the actual of 2020) are that
 * figure. Null when a part is no period token ("lần/người/năm").
 */
function ratioRole(label: string): ColumnRole | null {
  const parts = label.split("/").map((part) => part.trim()).filter((part) => part !== "");
  const roles = parts.map((part) => PERIOD[labelKey(part)]);
  if (parts.length < 2 || roles.some((role) => role === undefined)) return null;
  const years = parts.filter((part) => /(?:19|20)\d\d/u.test(part)).length;
  if (parts.length === 2 && roles[0] === roles[1] && years <= 1) return roles[0];
  return "rate";
}
