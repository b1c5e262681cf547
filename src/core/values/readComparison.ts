import { normalizeText } from "../text/normalizeText";
import { accentComparisonWords } from "./accentComparisonWords";
import { parseVietnameseNumber } from "./parseVietnameseNumber";

/** How an actual is compared with its target when the target says so (docs/reading-tables.md#values). */
export type Comparison = ">=" | ">" | "<=" | "<" | "range";

export interface ComparisonTarget {
  comparison: Comparison;
  /** The target; for a range its lower bound; for a fraction ("04/09 thôn") its numerator. */
  value: number;
  /** The upper bound of a range. */
  max: number | null;
  /** The unit written with it ("%", "thôn"), null when none. */
  unit: string | null;
}

const NUMBER = String.raw`[-+]?\d[\d.,]*`;
const UNIT = String.raw`\s*(%|[\p{L}][\p{L}\s,./]*)?`;
// Compiled once: a sheet's every target is read with them.
const RANGE = new RegExp(String.raw`^(?:đạt\s+)?(?:từ\s+)?(${NUMBER})\s*(%?)\s*(?:-|–|—|đến)\s*(?:dưới\s+)?(${NUMBER})${UNIT}$`, "iu");
const FRACTION = new RegExp(String.raw`^(\d{1,4})\s*/\s*(\d{1,4})${UNIT}$`, "u");
// words before the number, and what they mean; longest first
const BEFORE: [RegExp, Comparison][] = [
  [/^(?:≥|>=|=>)\s*/u, ">="],
  [/^(?:≤|<=|=<)\s*/u, "<="],
  [/^>\s*/u, ">"],
  [/^<\s*/u, "<"],
  [/^(?:đạt\s+)?(?:tối thiểu|ít nhất|từ|không dưới|không thấp hơn)\s+/iu, ">="],
  [/^(?:đạt\s+)?(?:không quá|không vượt quá|tối đa|không cao hơn)\s+/iu, "<="],
  [/^(?:đạt\s+)?trên\s+/iu, ">"],
  [/^(?:đạt\s+)?dưới\s+/iu, "<"],
];
// "giảm còn 3%", "giảm xuống còn 3%", "xuống còn 3%": the value must fall to the figure (at most it)
const FALLS_TO = /^(?:giảm\s+(?:xuống\s+)?còn|giảm\s+xuống(?:\s+còn)?|xuống\s+còn)\s+/iu;
// Words before a target that say how it is to be reached, not how it compares (docs/reading-tables.md#values): "duy trì đạt từ
// 98,4% trở lên", "phấn đấu đạt trên 90%", "tiếp tục duy trì ở mức trên 95%". Before a plain figure ("giữ vững
// 100%") they leave a plain target, which `readCell` reads.
const LEADING = /^(?:(?:tiếp tục|phấn đấu|cố gắng)\s+)?(?:(?:duy trì|giữ vững|giữ|phấn đấu)\s+)?(?:(?:ở\s+)?mức\s+)?/iu;
const AFTER_UP = /\s*(?:trở lên|trở lên\/.*)$/iu;
const AFTER_DOWN = /\s*trở xuống$/iu;

/**
 * A target written with comparison words, a range or a fraction: "≥ 95%", ">= 95", "từ 95% trở lên",
 * "tối thiểu 12", "ít nhất 12", "đạt trên 98%" (higher is better; "trên"/">" strict); "≤ 2", "không quá 2",
 * "tối đa 2", "giảm còn 2", "dưới 5%", "< 5" (lower is better; "dưới"/"<" strict); "từ 97% đến 98%", "7,5 - 8,0%",
 * "7,5–8%" (a range); "04/09 thôn" (4 of 9: at least 4). Words saying how the target is to be reached come
 * first and are not part of it: "duy trì đạt từ 98,4% trở lên" is "từ 98,4% trở lên". Null for anything
 * else, a plain number included, with or without such words ("giữ vững 100%" is the target 100: see `readCell`).
 *
 * @example readComparison("đạt trên 98%") // { comparison: ">", value: 98, max: null, unit: "%" }
 * @example readComparison("7,5 - 8,0%") // { comparison: "range", value: 7.5, max: 8, unit: "%" }
 */
export function readComparison(raw: string): ComparisonTarget | null {
  // Words typed without diacritics ("DUOI 4%", "tren 98%") read as the accented ones.
  const text = accentComparisonWords(normalizeText(raw).replace(/(?<![.;])[.;]+$/u, "").trim());
  if (text === "") return null;
  const range = RANGE.exec(text);
  if (range) {
    const low = number(range[1]);
    const high = number(range[3]);
    if (low !== null && high !== null && low < high) return { comparison: "range", value: low, max: high, unit: unitOf(range[4] ?? (range[2] || undefined)) };
  }
  const fraction = FRACTION.exec(text);
  if (fraction && Number(fraction[1]) <= Number(fraction[2])) return { comparison: ">=", value: Number(fraction[1]), max: null, unit: unitOf(fraction[3]) };
  const lead = LEADING.exec(text)?.[0] ?? "";
  if (lead !== "" && lead.length < text.length) return readComparison(text.slice(lead.length));
  let rest = text;
  let comparison: Comparison | null = null;
  const falls = FALLS_TO.exec(rest);
  if (falls) {
    comparison = "<=";
    rest = rest.slice(falls[0].length);
  }
  for (const [pattern, meaning] of BEFORE) {
    const match = pattern.exec(rest);
    if (match) {
      comparison = meaning;
      rest = rest.slice(match[0].length);
      break;
    }
  }
  if (AFTER_UP.test(rest)) {
    comparison ??= ">=";
    rest = rest.replace(AFTER_UP, "");
  } else if (AFTER_DOWN.test(rest)) {
    comparison ??= "<=";
    rest = rest.replace(AFTER_DOWN, "");
  }
  if (comparison === null) return null;
  const read = parseVietnameseNumber(rest);
  // a figure after the unit ("97% đến dưới 98%" read from "từ") is no unit: the words are something else
  return read === null || /\d/u.test(read.unit ?? "") ? null : { comparison, value: read.value, max: null, unit: unitOf(read.unit ?? undefined) };
}

function number(text: string): number | null {
  return parseVietnameseNumber(text)?.value ?? null;
}

function unitOf(text: string | undefined): string | null {
  const unit = (text ?? "").replace(/(?<![\s,.])[\s,.]+$/u, "").trim();
  return unit === "" ? null : unit;
}
