import { foldText } from "../text/foldText";

const PREFIX = /^(?:ten )?(?:thon|ban|to dan pho|tdp|to|xom|lang) /u;
// What is left of a village known by its number once its word is dropped: "3", "so 3", "12a"
const NUMBER_ONLY = /^(?:so )?\d+ ?[a-z]?$/u;

/**
 * A village's name as the roster compares it (SPEC §6.3): folded, without a leading Thôn / Bản /
 * Tổ dân phố / Tổ / Xóm / Làng, except a village known by its number, which keeps its word ("Thôn 3" and
 * "Tổ dân phố 3" are two villages; "TDP 3" is "Tổ dân phố 3").
 *
 * @example rosterKey("Thôn Nà Lầu") === rosterKey("na lau"); rosterKey("Thôn 3") !== rosterKey("Tổ dân phố 3")
 */
export function rosterKey(name: string): string {
  const folded = foldText(name);
  const key = folded.replace(PREFIX, "");
  if (!NUMBER_ONLY.test(key)) return key;
  return folded.replace(/^(?:ten )?tdp /u, "to dan pho ").replace(/^ten /u, "");
}
