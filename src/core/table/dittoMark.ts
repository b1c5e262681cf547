import { foldText } from "../text/foldText";

// '' " “ ” 〃 ‘‘ ’’, alone or between dashes ("-"-"), as typed under the cell they repeat
const QUOTES = /^-?\s*(?:''|"|“|”|〃|‘‘|’’|,,|“”)\s*-?$/u;
const WORDS = new Set(["nt", "n t", "nhu tren"]);

/**
 * Whether a cell says "the same as the row above" (docs/reading-tables.md#layouts): '' " “ ” 〃, "nt", "như trên" in the unit
 * or target column.
 *
 * @example isDittoMark("〃") === true; isDittoMark("nt") === true; isDittoMark("Như trên") === true; isDittoMark("ha") === false
 */
export function isDittoMark(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 12) return false;
  return QUOTES.test(trimmed) || WORDS.has(foldText(trimmed));
}
