import { villageName } from "../table/villageName";
import { foldText } from "../text/foldText";

/**
 * Whether a rule's `exempt` list names the village (SPEC §6): names compare folded and without "Thôn",
 * "Bản" … before them.
 *
 * @example isExempt("Thôn Bản Thử", ["ban thu"]) === true
 */
export function isExempt(village: string, exempt: readonly string[]): boolean {
  if (exempt.length === 0) return false;
  const own = villageKey(village);
  return exempt.some((name) => villageKey(name) === own);
}

function villageKey(name: string): string {
  return foldText(villageName(name) ?? name);
}
