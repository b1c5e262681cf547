import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";
import { VILLAGE_WORD_PATTERN, type VillageWord, villageWordOf } from "./villageWords";

// A village word ("Thôn", "Ấp", "Tổ dân phố", "TDP", "Tên thôn") before a village's own name
const PREFIX = new RegExp(`^(?:tên\\s+)?(${VILLAGE_WORD_PATTERN})(?:\\s*[:\\-–.]\\s*|\\s+)(.+)$`, "iu");
// The word alone, its name not yet written in
const BARE_PREFIX = new RegExp(`^(?:tên\\s+)?(?:${VILLAGE_WORD_PATTERN})$`, "iu");

/** A village word and the name written after it. */
export interface WordAndName {
  word: VillageWord;
  name: string;
}

/**
 * A text split into its leading village word and the name after it ("Ấp: Tân Hòa" → Ấp, "Tân Hòa"), or
 * null when it does not start with one.
 *
 * @example splitVillageWord("Tên xóm: Mới") // { word: { word: "Xóm", … }, name: "Mới" }
 */
export function splitVillageWord(text: string): WordAndName | null {
  const match = PREFIX.exec(normalizeText(text));
  if (match === null) return null;
  const word = villageWordOf(match[1]);
  return word === null ? null : { word, name: match[2] };
}

/**
 * A village's name from a text that says it (docs/reading-tables.md#layouts item 2), in title case when written in capitals.
 * The words a commune's lists go without (Thôn, Bản) are dropped ("THÔN NÀ LẦU" → "Nà Lầu"); every other
 * village word stays, written one way ("ẤP TÂN HÒA" → "Ấp Tân Hòa", "TDP 3" → "Tổ dân phố 3"); a village
 * known by its number keeps its word whatever it is ("Thôn 3"): "3" alone names nothing on a ranking or a
 * file. Null when nothing is left.
 *
 * @example villageName("Thôn: Nà Lầu") === "Nà Lầu"; villageName("Khuôn Lùng") === "Khuôn Lùng"; villageName("Thôn 3") === "Thôn 3"; villageName("Xóm: Mới") === "Xóm Mới"
 */
export function villageName(text: string): string | null {
  const clean = trimEnd(normalizeText(text).replace(PLACEHOLDER, " "));
  if (BARE_PREFIX.test(clean)) return null;
  const split = splitVillageWord(clean);
  const name = withoutWhatFollows(split ? split.name : clean);
  if (foldText(name) === "") return null;
  const written = isCapitals(name) ? titleCase(name) : name;
  if (split === null) return written;
  if (NUMBER_ONLY.test(name)) return `${split.word.word} ${name.replace(/^số/iu, "số")}`;
  return split.word.dropped ? written : `${split.word.word} ${written}`;
}

function withoutWhatFollows(text: string): string {
  return trimEnd(text.replace(WHAT_FOLLOWS, ""));
}

function trimEnd(text: string): string {
  return text.replace(/(?<![\s.;:,\-–])[\s.;:,\-–]+$/u, "").trim();
}

// What is left when a village is known by its number: "3", "số 3", "03", "12A"
const NUMBER_ONLY = /^(?:số\s*)?\d+\s*[a-z]?$/iu;

// Dots or underscores left for a name to be written in: "Tên thôn: ..........", "Thôn: ______"
const PLACEHOLDER = /[._…]{3,}|…+/gu;
// What a title may say after the village: its commune, district or year ("Thôn Nà Lầu, xã Khuôn Lùng",
// "THÔN NÀ LẦU NĂM 2024")
const WHAT_FOLLOWS = /(?:^|\s*[,\-–(]\s*|\s+)(?:(?:xã|phường|huyện|quận|thị\s+trấn)\s|năm\s+(?:19|20)\d\d(?!\d)).*$/iu;

/**
 * Whether a text is written in capitals (it has letters and no lower-case one).
 *
 * @example isCapitals("THÔN NÀ LẦU") === true; isCapitals("Thôn Nà Lầu") === false
 */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Title case for a name written in capitals.
 *
 * @example titleCase("NÀ LẦU") === "Nà Lầu"
 */
export function titleCase(text: string): string {
  return text
    .toLocaleLowerCase("vi")
    .replace(/(^|[\s\-–(])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("vi"));
}
