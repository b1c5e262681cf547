import { rosterKey } from "../config/rosterKey";
import { foldText } from "../text/foldText";

// What is left of a village known by its number once its word is dropped: "3", "so 3", "12a"
const NUMBER_ONLY = /^(?:so )?\d+ ?[a-z]?$/u;

/**
 * Whether two reports are of one village, as a key: names compare as the roster does, folded and without
 * Thôn / Bản / Xóm … ("BẢN PIỀNG" = "Piềng"), except a village known by its number, which keeps its word
 * ("Thôn 3" and "Tổ dân phố 3" are two villages; "TDP 3" is "Tổ dân phố 3").
 *
 * @example villageKey("Thôn Nà Lầu") === villageKey("NÀ LẦU"); villageKey("Thôn 3") !== villageKey("Tổ dân phố 3")
 */
export function villageKey(name: string): string {
  const key = rosterKey(name);
  if (!NUMBER_ONLY.test(key)) return key;
  return foldText(name).replace(/^(?:ten )?tdp /u, "to dan pho ").replace(/^(?:ten )?/u, "");
}
