import type * as ExcelJS from "exceljs";

/** Translation between what ExcelJS stores and what Office.js reports or accepts for one cell. */

const THEME = ["#FFFFFF", "#000000", "#E7E6E6", "#44546A", "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const NAMED: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", gray: "#808080", grey: "#808080", lightgreen: "#90EE90", pink: "#FFC0CB",
};

function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master !== cell;
}

/** `Range.values` of one cell: "" for blank and for the hidden cells of a merge, OADate for dates. */
export function officeValue(cell: ExcelJS.Cell | undefined): string | number | boolean {
  if (!cell || isMergeSlave(cell)) return "";
  return plainValue(cell.value);
}

function plainValue(v: ExcelJS.CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      // The simulator does not calculate: a formula it created itself has no cached result.
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? "" : plainValue(result);
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return "";
}

/** `Range.formulas` of one cell: "=…" for formulas, else the value. */
export function officeFormula(cell: ExcelJS.Cell | undefined): string | number | boolean {
  if (!cell || isMergeSlave(cell)) return "";
  const v = cell.value;
  if (v && typeof v === "object" && "formula" in v && v.formula) return `=${v.formula}`;
  return officeValue(cell);
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;

/**
 * What Excel stores when a value is written through `Range.values`: text is read as if typed, so a
 * string beginning with "=", "+", "-" or "@" becomes a formula unless the cell is formatted as text ("@").
 */
export function storedValue(input: unknown, numFmt: string | undefined): { value: ExcelJS.CellValue; numFmt?: string } {
  if (input === "" ) return { value: null };
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (numFmt === "@") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (NUMERIC.test(input)) return { value: Number(input) };
  if (PERCENT.test(input)) return { value: Number(input.replace("%", "").trim()) / 100, numFmt: numFmt && numFmt !== "General" ? numFmt : "0%" };
  if (input.length > 1 && input.startsWith("=")) return { value: { formula: input.slice(1) } as ExcelJS.CellFormulaValue };
  if (input.length > 1 && input.startsWith("@")) return { value: { formula: input.slice(1) } as ExcelJS.CellFormulaValue };
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-"))) {
    return { value: { formula: input } as ExcelJS.CellFormulaValue };
  }
  return { value: input };
}

export function colourToOffice(c: Partial<ExcelJS.Color> | undefined, fallback: string): string {
  if (!c) return fallback;
  if (c.argb) return `#${c.argb.slice(-6).toUpperCase()}`;
  if (typeof c.theme === "number") return THEME[c.theme] ?? fallback;
  const indexed = (c as { indexed?: number }).indexed;
  if (indexed === 64) return "#000000";
  if (indexed === 65) return "#FFFFFF";
  return fallback;
}

/** Accepts "#RRGGBB", "#RGB" or an HTML colour name as Excel does; null when not a colour. */
export function colourFromOffice(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const s = input.trim();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(s)) return `#${s.slice(1).split("").map((ch) => ch + ch).join("")}`.toUpperCase();
  return null;
}

export function argb(hex: string): string {
  return `FF${hex.slice(1)}`;
}

const PATTERNS: Record<string, string> = {
  solid: "Solid", darkGray: "Gray75", mediumGray: "Gray50", lightGray: "Gray25", gray125: "Gray16", gray0625: "Gray8",
  darkHorizontal: "Horizontal", darkVertical: "Vertical", darkDown: "Down", darkUp: "Up", darkGrid: "Checker",
  darkTrellis: "SemiGray75", lightHorizontal: "LightHorizontal", lightVertical: "LightVertical", lightDown: "LightDown",
  lightUp: "LightUp", lightGrid: "Grid", lightTrellis: "CrissCross",
};

export function officePattern(fill: ExcelJS.Fill | undefined): string {
  if (!fill) return "None";
  if (fill.type === "gradient") return "LinearGradient";
  if (!fill.pattern || fill.pattern === "none") return "None";
  return PATTERNS[fill.pattern] ?? "Solid";
}

export function excelPattern(office: string): string | null {
  if (office === "None") return "none";
  const hit = Object.entries(PATTERNS).find(([, o]) => o === office);
  return hit ? hit[0] : null;
}

/** `format.fill.color`: "No fill" reads "#FFFFFF", exactly like a white fill (notes docs/reading-tables.md#layouts). */
export function officeFillColour(fill: ExcelJS.Fill | undefined): string {
  if (!fill || fill.type !== "pattern" || !fill.pattern || fill.pattern === "none") return "#FFFFFF";
  return colourToOffice(fill.fgColor, "#FFFFFF");
}
