import { normalizeText } from "../text/normalizeText";

/** Excel's limit on a sheet name's length. */
export const SHEET_NAME_MAX = 31;
const PREFIX = "Mẫu ";

/**
 * The name of a village's template sheet, "Mẫu <village>", made valid for Excel: the characters a sheet
 * name cannot hold ([]:*?/\) become spaces, an apostrophe cannot start or end it, and it is cut to 31
 * characters. `changed` says the village's name had to be altered, so the user is told. Names already
 * taken (compared ignoring case, as Excel does) get " (2)", " (3)" … within the limit.
 *
 * @example templateSheetName("Nà Lầu") // { name: "Mẫu Nà Lầu", changed: false }
 * @example templateSheetName("Thôn 1/2 [cũ]") // { name: "Mẫu Thôn 1 2 cũ", changed: true }
 */
export function templateSheetName(village: string, taken: ReadonlySet<string> = new Set()): { name: string; changed: boolean } {
  const clean = normalizeText(village)
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let base = `${PREFIX}${clean || "thôn"}`.slice(0, SHEET_NAME_MAX).replace(/'+$/u, "").trim();
  const changed = base !== `${PREFIX}${normalizeText(village).trim()}`;
  const lower = new Set([...taken].map((name) => name.toLocaleLowerCase("vi")));
  let name = base;
  for (let n = 2; lower.has(name.toLocaleLowerCase("vi")); n++) {
    const suffix = ` (${n})`;
    base = base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd();
    name = `${base}${suffix}`;
  }
  return { name, changed };
}
