import type { IndicatorKind, Word } from "../model/indicator";
import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";

const PASS: Record<string, Word> = {
  "đạt": "Đạt", "đạt chuẩn": "Đạt", "đạt yêu cầu": "Đạt", "hoàn thành": "Đạt", "có": "Đạt", "x": "Đạt",
  "true": "Đạt",
  "không đạt": "Không đạt", "chưa đạt": "Không đạt", "không đạt chuẩn": "Không đạt",
  "chưa đạt chuẩn": "Không đạt", "không hoàn thành": "Không đạt", "chưa hoàn thành": "Không đạt",
  "không": "Không đạt", "false": "Không đạt",
};

const NONE: Record<string, Word> = {
  "không xảy ra": "Không xảy ra", "không để xảy ra": "Không xảy ra", "không có": "Không xảy ra",
  "không": "Không xảy ra", "không xẩy ra": "Không xảy ra", "không để xẩy ra": "Không xảy ra",
  "không phát sinh": "Không xảy ra", "không có vụ nào": "Không xảy ra", "có phát sinh": "Xảy ra",
  "xảy ra": "Xảy ra", "xẩy ra": "Xảy ra", "có xảy ra": "Xảy ra", "để xảy ra": "Xảy ra", "có": "Xảy ra",
};

const RATING: Record<string, Word> = {
  "xuất sắc": "Xuất sắc", "hoàn thành xuất sắc nhiệm vụ": "Xuất sắc", "htxsnv": "Xuất sắc",
  "tốt": "Tốt", "hoàn thành tốt nhiệm vụ": "Tốt", "httnv": "Tốt",
  "khá": "Khá", "hoàn thành nhiệm vụ": "Khá", "htnv": "Khá",
  "trung bình": "Trung bình", "tb": "Trung bình",
  "yếu": "Yếu",
  "kém": "Kém", "không hoàn thành nhiệm vụ": "Kém", "khtnv": "Kém",
};

const AND_ABOVE = /^(.+?) (?:trở lên|tro len)$/u;

const WORDS: Record<IndicatorKind, Record<string, Word>> = { number: {}, pass: PASS, none: NONE, rating: RATING };

// the same tables keyed without diacritics, for text typed on a keyboard without Vietnamese input
const PLAIN_WORDS = Object.fromEntries(
  Object.entries(WORDS).map(([kind, words]) => [
    kind,
    Object.fromEntries(Object.entries(words).map(([key, word]) => [foldText(key), word])),
  ]),
) as Record<IndicatorKind, Record<string, Word>>;

/**
 * Reads a word of a pass/fail, occurrence or rating indicator (docs/reading-tables.md#values) as its canonical form.
 * Case, spacing, punctuation and composed/decomposed diacritics do not matter; a leading "loại" /
 * "xếp loại" and remarks in brackets are dropped ("Xếp loại Tốt" = Tốt, "Đạt (có biên bản)" = Đạt).
 * Text typed with no diacritics at all ("dat", "khong xay ra") is read by its plain letters; text
 * with diacritics must carry the right ones, so "đất" is not "đạt". "TRUE" / "FALSE" (a check box)
 * read as Đạt / Không đạt. A rating followed by "trở lên" is that rating ("Khá trở lên" = Khá: met by Khá or
 * better). Number rows have no words.
 *
 * @example readWord("ĐẠT", "pass") // "Đạt"
 * @example readWord("Hoàn thành tốt nhiệm vụ", "rating") // "Tốt"
 * @example readWord("khong xay ra", "none") // "Không xảy ra"
 */
export function readWord(text: string, kind: IndicatorKind): Word | null {
  const key = wordKey(text);
  // "Hoàn thành tốt nhiệm vụ trở lên", "Khá trở lên": that rating or a better one, as a rating target is met
  const orBetter = kind === "rating" ? AND_ABOVE.exec(key) : null;
  if (orBetter) return readWord(orBetter[1], kind);
  const found = WORDS[kind][key];
  if (found) return found;
  const plain = foldText(key);
  return plain === key ? (PLAIN_WORDS[kind][plain] ?? null) : null;
}

function wordKey(text: string): string {
  const clean = normalizeText(text);
  // a remark in brackets is not part of the word: "Đạt (có biên bản)"
  const unbracketed = withoutBrackets(clean).trim();
  return (unbracketed === "" ? clean : unbracketed)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(xếp loại|xep loai|loại|loai) /u, "");
}

/**
 * The text with each "(…)" and "[…]" as a space, as `/\([^)]*\)|\[[^\]]*\]/g` would replace them, in one
 * pass: an opening bracket never closed is kept, and a run of them ("((((…") is not searched to the end
 * once for each.
 */
function withoutBrackets(text: string): string {
  if (!text.includes("(") && !text.includes("[")) return text;
  let kept = "";
  let from = 0;
  const next = { ")": -2, "]": -2 };
  for (let at = 0; at < text.length; at++) {
    const open = text[at];
    if (open !== "(" && open !== "[") continue;
    const close = open === "(" ? ")" : "]";
    if (next[close] !== -1 && next[close] <= at) next[close] = text.indexOf(close, at + 1);
    if (next[close] < 0) continue;
    kept += `${text.slice(from, at)} `;
    from = next[close] + 1;
    at = next[close];
  }
  return kept + text.slice(from);
}
