import { isLetterAfter, type NameNumbering } from "./nameNumbering";

/**
 * The numbering style of a TT cell (docs/reading-tables.md#layouts), as `nameNumbering` gives it for a name: "roman" (IV),
 * "upper" (A), "number" (9, 9., (9)), "dotted:2" (1.1), "dotted:3" (1.1.2), "lower" (a, a), b.),
 * "lower:2" (a1), "dash" (-), "plus" (+), "star" (*); null for an empty TT or text that is no marker.
 * A lone I, V or X is a letter when `previousUpper`, the last upper-case letter met, is the one before it.
 * Levels come from the order the styles appear in (`StyleLevels`), not from the style itself.
 *
 * @example ttStyle("IV")?.style === "roman"; ttStyle("a)")?.style === "lower"; ttStyle("I", "H")?.style === "upper"
 */
export function ttStyle(tt: string, previousUpper: string | null = null): Omit<NameNumbering, "name"> | null {
  const trimmed = tt.trim();
  if (/^[-–—•·]$/u.test(trimmed)) return { style: "dash", marker: trimmed };
  if (trimmed === "+") return { style: "plus", marker: trimmed };
  if (trimmed === "*") return { style: "star", marker: trimmed };
  const marker = trimmed.replace(/^\((.*)\)$/u, "$1").replace(/[.)]$/u, "");
  if (marker === "") return null;
  if (/^\d{1,3}$/u.test(marker)) return { style: "number", marker };
  if (/^\d{1,3}(\.\d{1,3})+$/u.test(marker)) return { style: `dotted:${marker.split(".").length}`, marker };
  if (/^[IVXLC]{1,6}$/u.test(marker)) return { style: isLetterAfter(marker, previousUpper) ? "upper" : "roman", marker };
  if (/^[A-ZĐ]$/u.test(marker)) return { style: "upper", marker };
  if (/^[a-zđ]$/u.test(marker)) return { style: "lower", marker };
  if (/^[a-zđ]\.?\d{1,3}(\.\d{1,3})*$/u.test(marker)) return { style: `lower:${marker.replace(/^[a-zđ]\.?/u, "").split(".").length + 1}`, marker };
  return null;
}

/**
 * Whether a group's TT is worth keeping in its id ("10", "IV"), unlike "-" and "+".
 *
 * @example isNumberedTt("10") === true; isNumberedTt("-") === false
 */
export function isNumberedTt(tt: string): boolean {
  return /^(\d{1,3}(\.\d{1,3})*|[IVXLC]+)[.)]?$/u.test(tt.trim());
}
