import type { CellLook } from "./highlightState";

// Patterns not kept: none and solid need no pattern, and Office.js reads gradients but cannot set them
// ("not supported"), so a gradient cell comes back solid in the colour Excel reports for it.
export const NO_PATTERN_TO_KEEP = new Set(["None", "Solid", "LinearGradient", "RectangularGradient"]);

/**
 * One cell's look from a `getCellProperties` answer. The docs give `ClientResult<CellProperties[][]>`,
 * rows by columns of the range, each `{ format?: { fill?: { color?, pattern? }, font?: { color? } } }`
 * with every member optional; so nothing about the shape is taken for granted. A cell whose fill cannot
 * be read at all gives null: it is then not painted, since what it looked like could not be restored.
 * A font colour not given (rich text in several colours) comes back black.
 *
 * @example lookFromProperties(result.value, 2, 0) → { fill: null, font: "#000000" }
 */
export function lookFromProperties(grid: unknown, row: number, col: number): CellLook | null {
  const line = Array.isArray(grid) ? (grid[row] as unknown) : undefined;
  const cell = Array.isArray(line) ? (line[col] as unknown) : undefined;
  const format = isObject(cell) ? cell.format : undefined;
  const fill = isObject(format) ? format.fill : undefined;
  const font = isObject(format) ? format.font : undefined;
  const color = isObject(fill) && typeof fill.color === "string" ? fill.color : null;
  const pattern = isObject(fill) && typeof fill.pattern === "string" ? fill.pattern : null;
  if (color === null && pattern === null) return null;
  const fontColor = isObject(font) && typeof font.color === "string" ? font.color : "#000000";
  // Without a pattern, "#FFFFFF" is read as no fill, as below ExcelApi 1.9.
  const none = pattern === "None" || (pattern === null && color?.toUpperCase() === "#FFFFFF");
  const look: CellLook = { fill: none ? null : color, font: fontColor };
  if (pattern !== null && !NO_PATTERN_TO_KEEP.has(pattern)) look.pattern = pattern;
  return look;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null;
}
