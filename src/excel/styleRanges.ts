import type { CellStyle } from "../core/model/sheetModel";
import { rangeAddress, type CellRef } from "./a1";

/** One formatting attribute, and how to set it on a range. */
export interface StyleAttribute {
  name: string;
  read: (style: CellStyle) => string | number | boolean | undefined;
  apply: (range: Excel.Range, value: string | number | boolean, rows: number, cols: number) => void;
}

const H: Record<string, Excel.HorizontalAlignment> = { left: "Left" as Excel.HorizontalAlignment, center: "Center" as Excel.HorizontalAlignment, right: "Right" as Excel.HorizontalAlignment };
const V: Record<string, Excel.VerticalAlignment> = { top: "Top" as Excel.VerticalAlignment, middle: "Center" as Excel.VerticalAlignment, bottom: "Bottom" as Excel.VerticalAlignment };

function border(range: Excel.Range, edge: string, style = "Continuous"): void {
  range.format.borders.getItem(edge as Excel.BorderIndex).style = style as Excel.BorderLineStyle;
}

/** Attributes a new sheet does not already have (false and absent are the defaults, so they are skipped). */
export const STYLE_ATTRIBUTES: StyleAttribute[] = [
  { name: "font", read: (s) => s.font?.name, apply: (r, v) => (r.format.font.name = String(v)) },
  { name: "size", read: (s) => s.font?.size, apply: (r, v) => (r.format.font.size = Number(v)) },
  { name: "bold", read: (s) => s.font?.bold || undefined, apply: (r) => (r.format.font.bold = true) },
  { name: "italic", read: (s) => s.font?.italic || undefined, apply: (r) => (r.format.font.italic = true) },
  { name: "underline", read: (s) => s.font?.underline || undefined, apply: (r) => (r.format.font.underline = "Single" as Excel.RangeUnderlineStyle) },
  { name: "color", read: (s) => s.font?.color, apply: (r, v) => (r.format.font.color = String(v)) },
  { name: "fill", read: (s) => s.fill, apply: (r, v) => (r.format.fill.color = String(v)) },
  { name: "horizontal", read: (s) => s.horizontal, apply: (r, v) => (r.format.horizontalAlignment = H[String(v)]) },
  { name: "vertical", read: (s) => s.vertical, apply: (r, v) => (r.format.verticalAlignment = V[String(v)]) },
  { name: "wrap", read: (s) => s.wrap || undefined, apply: (r) => (r.format.wrapText = true) },
  // A block of cells that each have a top (bottom) border has lines between its rows as well.
  { name: "top", read: (s) => s.border?.top || undefined, apply: (r, _v, rows) => { border(r, "EdgeTop"); if (rows > 1) border(r, "InsideHorizontal"); } },
  { name: "bottom", read: (s) => s.border?.bottom || undefined, apply: (r, _v, rows) => { border(r, "EdgeBottom"); if (rows > 1) border(r, "InsideHorizontal"); } },
  { name: "left", read: (s) => s.border?.left || undefined, apply: (r, _v, _rows, cols) => { border(r, "EdgeLeft"); if (cols > 1) border(r, "InsideVertical"); } },
  { name: "right", read: (s) => s.border?.right || undefined, apply: (r, _v, _rows, cols) => { border(r, "EdgeRight"); if (cols > 1) border(r, "InsideVertical"); } },
];

export interface StyleBlock {
  address: string;
  rows: number;
  cols: number;
  value: string | number | boolean;
}

/**
 * Covers the cells sharing a value of one attribute with few rectangles: runs along each row, then runs
 * with the same columns stacked down. A ranking table becomes a handful of ranges, not one per cell.
 *
 * @example blocksFor(cells, STYLE_ATTRIBUTES[2]) → [{ address: "A8:H8", rows: 1, cols: 8, value: true }]
 */
export function blocksFor(cells: { ref: CellRef; style?: CellStyle }[], attribute: StyleAttribute): StyleBlock[] {
  const byRow = new Map<number, { col: number; value: string | number | boolean }[]>();
  for (const { ref, style } of cells) {
    const value = style ? attribute.read(style) : undefined;
    if (value === undefined) continue;
    const row = byRow.get(ref.row) ?? [];
    row.push({ col: ref.col, value });
    byRow.set(ref.row, row);
  }
  const open = new Map<string, { r1: number; r2: number; c1: number; c2: number; value: string | number | boolean }>();
  const done: { r1: number; r2: number; c1: number; c2: number; value: string | number | boolean }[] = [];
  for (const rowNumber of [...byRow.keys()].sort((a, b) => a - b)) {
    const entries = (byRow.get(rowNumber) ?? []).sort((a, b) => a.col - b.col);
    const runs: { c1: number; c2: number; value: string | number | boolean }[] = [];
    for (const e of entries) {
      const last = runs[runs.length - 1];
      if (last && last.c2 === e.col - 1 && last.value === e.value) last.c2 = e.col;
      else if (!last || last.c2 !== e.col) runs.push({ c1: e.col, c2: e.col, value: e.value });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.c1}:${run.c2}:${JSON.stringify(run.value)}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.r2 === rowNumber - 1) rect.r2 = rowNumber;
      else {
        if (rect) done.push(rect);
        open.set(key, { r1: rowNumber, r2: rowNumber, ...run });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key) && rect.r2 < rowNumber) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.map((r) => ({ address: rangeAddress(r.r1, r.c1, r.r2, r.c2), rows: r.r2 - r.r1 + 1, cols: r.c2 - r.c1 + 1, value: r.value }));
}
