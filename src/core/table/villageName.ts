import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";

// "Thôn", "Bản", "Tổ dân phố", "Tên thôn", "TDP" before a village's own name
const PREFIX = /^(?:tên\s+)?(?:thôn|bản|tổ\s+dân\s+phố|tdp|làng|xóm)(?:\s*[:\-–.]\s*|\s+)(.+)$/iu;

/**
 * A village's name without the word that says it is a village, in title case when written in capitals
 * ("THÔN NÀ LẦU" → "Nà Lầu"), or null when nothing is left. A village known by its number keeps the word
 * ("TỔ DÂN PHỐ 3" → "Tổ dân phố 3"): "3" alone names nothing on a ranking or a file.
 *
 * @example villageName("Thôn: Nà Lầu") === "Nà Lầu"; villageName("Khuôn Lùng") === "Khuôn Lùng"; villageName("Thôn 3") === "Thôn 3"
 */
export function villageName(text: string): string | null {
  const clean = normalizeText(text).replace(PLACEHOLDER, " ").replace(/(?<![\s.;:,\-–])[\s.;:,\-–]+$/u, "").trim();
  if (BARE_PREFIX.test(clean)) return null;
  const match = PREFIX.exec(clean);
  const name = withoutWhatFollows(match ? match[1] : clean);
  if (foldText(name) === "") return null;
  if (match && NUMBER_ONLY.test(name)) return `${villageWord(match[0].slice(0, match[0].length - match[1].length))} ${name.replace(/^số/iu, "số")}`;
  return isCapitals(name) ? titleCase(name) : name;
}

function withoutWhatFollows(text: string): string {
  return text.replace(WHAT_FOLLOWS, "").replace(/(?<![\s.;:,\-–])[\s.;:,\-–]+$/u, "").trim();
}

/** "THÔN: " → "Thôn", "tdp " → "TDP", "Tổ dân phố " as written */
function villageWord(prefix: string): string {
  const word = prefix.replace(/[\s:\-–.]+$/u, "").replace(/^tên\s+/iu, "");
  if (/^tdp$/iu.test(word)) return "TDP";
  return isCapitals(word) || /^\p{Ll}/u.test(word) ? titleCase(word).replace(/(?<=\s)\p{Lu}/gu, (letter) => letter.toLocaleLowerCase("vi")) : word;
}

// What is left when a village is known by its number: "3", "số 3", "12A"
const NUMBER_ONLY = /^(?:số\s*)?\d+\s*[a-z]?$/iu;

// Dots or underscores left for a name to be written in: "Tên thôn: ..........", "Thôn: ______"
const PLACEHOLDER = /[._…]{3,}|…+/gu;
// The word alone, its name not yet written in
const BARE_PREFIX = /^(?:tên\s+)?(?:thôn|bản|tổ\s+dân\s+phố|tdp|làng|xóm)$/iu;
// What a title may say after the village: its commune, district or year ("Thôn Nà Lầu, xã Khuôn Lùng",
// "THÔN NÀ LẦU NĂM 2024")
const WHAT_FOLLOWS = /(?:^|\s*[,\-–(]\s*|\s+)(?:(?:xã|huyện|thị\s+trấn)\s|năm\s+(?:19|20)\d\d(?!\d)).*$/iu;

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
