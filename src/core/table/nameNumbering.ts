/** How a row's number is written in its name: the style decides its level (docs/reading-tables.md#layouts). */
export interface NameNumbering {
  /** "upper" (A.), "roman" (I.), "number" (1. or (1)), "dotted:2" (1.1), "dotted:3" (1.2.3), "lower" (a, a)),
   * "lower:2" (a1), "lower:3" (a1.1), "dash" (-), "plus" (+), "star" (*). */
  style: string;
  /** The number as written, without its punctuation ("E", "1.2", "a1"). */
  marker: string;
  /** The name without the number. */
  name: string;
}

const BULLETS: [RegExp, string][] = [
  [/^[-–—•·]\s*(?=\S)/u, "dash"],
  [/^\+\s*(?=\S)/u, "plus"],
  [/^\*\s*(?=\S)/u, "star"],
];
// The text after a number starts with a letter, a quote or a bracket, never a digit ("1.417 hộ" is a figure).
const REST = String.raw`\s*(?=[\p{L}"“'(\[])`;
const PATTERNS: [RegExp, (marker: string) => string][] = [
  [new RegExp(String.raw`^\((\d{1,3})\)${REST}`, "u"), () => "number"],
  [new RegExp(String.raw`^(\d{1,2}(?:\.\d{1,2})+)\.?${REST}`, "u"), (marker) => `dotted:${marker.split(".").length}`],
  [new RegExp(String.raw`^(\d{1,3})[.)]${REST}`, "u"), () => "number"],
  [new RegExp(String.raw`^([IVXLC]{1,6})[.)]${REST}`, "u"), () => "roman"],
  [new RegExp(String.raw`^([A-ZĐ])[.)]${REST}`, "u"), () => "upper"],
  [new RegExp(String.raw`^([a-zđ](?:\.?\d{1,3}(?:\.\d{1,3})*)?)[.)]${REST}`, "u"), lowerStyle],
  [new RegExp(String.raw`^([a-zđ]\.?\d{1,3}(?:\.\d{1,3})*)\s+(?=\p{L})`, "u"), lowerStyle],
];

function lowerStyle(marker: string): string {
  const depth = marker.replace(/^[a-zđ]\.?/u, "").split(".").filter((part) => part !== "").length;
  return depth === 0 ? "lower" : `lower:${depth + 1}`;
}

/**
 * The number written at the start of a name ("E. SẢN XUẤT", "I.Diện tích", "1.2.Củ năng", "a) …", "(5) …",
 * "- Diện tích", "+ Lúa", "* Khu vực …"), or null. A lone I, V or X is a letter when the previous
 * upper-case letter is the one before it (H, U, W).
 *
 * @example nameNumbering("1.2.Củ năng") // { style: "dotted:2", marker: "1.2", name: "Củ năng" }
 */
export function nameNumbering(text: string, previousUpper: string | null = null): NameNumbering | null {
  const name = text.trim();
  for (const [pattern, style] of BULLETS) {
    const match = pattern.exec(name);
    if (match) return { style, marker: match[0].trim(), name: name.slice(match[0].length).trim() };
  }
  for (const [pattern, styleOf] of PATTERNS) {
    const match = pattern.exec(name);
    if (!match) continue;
    const rest = name.slice(match[0].length).trim();
    if (rest === "") return null;
    let style = styleOf(match[1]);
    if (style === "roman" && isLetterAfter(match[1], previousUpper)) style = "upper";
    return { style, marker: match[1], name: rest };
  }
  return null;
}

/** Whether a lone I, V or X follows the upper-case letter before it (H, U, W): a letter, not a Roman numeral. */
export function isLetterAfter(marker: string, previous: string | null): boolean {
  if (marker.length !== 1 || previous === null || previous.length !== 1) return false;
  return previous.charCodeAt(0) + 1 === marker.charCodeAt(0);
}

/**
 * Levels of numbering styles in the order they first appear: a new style one level deeper than the row
 * above it, a style seen before back at its level, as nested lists do in a word processor.
 *
 * @example const levels = new StyleLevels(); levels.levelOf("upper", 0) === 1; levels.levelOf("roman", 1) === 2; levels.levelOf("upper", 2) === 1
 */
export class StyleLevels {
  private readonly levels = new Map<string, number>();

  levelOf(style: string, previousLevel: number): number {
    const known = this.levels.get(style);
    if (known !== undefined) return known;
    const level = previousLevel + 1;
    this.levels.set(style, level);
    return level;
  }
}
