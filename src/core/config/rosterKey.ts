import { FOLDED_WORD_PATTERN, villageWordOf } from "../table/villageWords";
import { foldText } from "../text/foldText";
import { memoize } from "../text/memoize";

const WORD = new RegExp(`^(?:ten )?(${FOLDED_WORD_PATTERN}) (.+)$`, "u");
// What is left of a village known by its number once its word is dropped: "3", "so 3", "03", "12a", "12 a"
const NUMBER = /^(?:so )?0*(\d+) ?([a-z]?)$/u;

/**
 * Who a village is (docs/scoring.md#roster): the one key every comparison of villages' names uses — the roster, the
 * one-report-per-village rule, adjustments, exemptions, a village's own KH column. Folded, without its
 * village word (any of the country's: Thôn, Bản, Ấp, Xóm, Tổ dân phố …), except a village known by its
 * number, which keeps its word written one way ("Thôn 3" and "Tổ dân phố 3" are two villages; "TDP 3" is
 * "Tổ dân phố 3"), its number written one way ("Thôn số 3" and "Thôn 03" are "Thôn 3"). Remembered: the
 * same names are compared again for every adjustment, exemption and report.
 *
 * @example rosterKey("Thôn Nà Lầu") === rosterKey("na lau"); rosterKey("Thôn số 03") === rosterKey("Thôn 3"); rosterKey("Thôn 3") !== rosterKey("Tổ dân phố 3")
 */
export const rosterKey: (name: string) => string = memoize(villageKey);

function villageKey(name: string): string {
  const folded = foldText(name).replace(/^ten /u, "");
  const worded = WORD.exec(folded);
  if (worded === null) return numberKey(folded) ?? folded;
  const number = numberKey(worded[2]);
  if (number === null) return worded[2];
  const word = villageWordOf(worded[1]);
  return `${word === null ? worded[1] : foldText(word.word)} ${number}`;
}

/**
 * Whether two names are one village (the same `rosterKey`).
 *
 * @example sameVillage("Bản Pá Ràng", "Pá Ràng") === true; sameVillage("Thôn 3", "Tổ 3") === false
 */
export function sameVillage(a: string, b: string): boolean {
  return rosterKey(a) === rosterKey(b);
}

function numberKey(text: string): string | null {
  const match = NUMBER.exec(text);
  return match === null ? null : `${match[1]}${match[2]}`;
}
