import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";

// "Thôn", "Bản", "Tổ dân phố", "Tên thôn", "TDP" before a village's own name
const PREFIX = /^(?:tên\s+)?(?:thôn|bản|tổ\s+dân\s+phố|tdp|làng|xóm)(?:\s*[:\-–.]\s*|\s+)(.+)$/iu;

/**
 * A village's name without the word that says it is a village, in title case when written in capitals
 * ("THÔN NÀ LẦU" → "Nà Lầu"), or null when nothing is left.
 *
 * @example villageName("Thôn: Nà Lầu") === "Nà Lầu"; villageName("Khuôn Lùng") === "Khuôn Lùng"
 */
export function villageName(text: string): string | null {
  const clean = normalizeText(text).replace(/[.;:,]+$/u, "").trim();
  const match = PREFIX.exec(clean);
  const name = (match ? match[1] : clean).trim();
  if (foldText(name) === "") return null;
  return isCapitals(name) ? titleCase(name) : name;
}

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
