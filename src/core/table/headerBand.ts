import { type SheetGrid } from "../cells/sheetGrid";
import { columnRole, type ColumnRole, labelKey } from "./columnRole";
import { headerTexts } from "./headerTexts";
import { labelYear } from "./labelYear";

/** A label above a column, and the 0-based column where it starts (where a merged cell keeps its text). */
export interface ParentLabel {
  label: string;
  column: number;
}

/** One column of a header band: its lowest label gives its role, the labels above it its context. */
export interface BandColumn {
  column: number;
  /** The lowest label over the column ("KH 2024"), "" when none. */
  label: string;
  role: ColumnRole | null;
  /** Labels above the lowest one, outermost first ("Nà Lầu" over "KH | TH"; "So sánh %" over ratios). */
  parents: ParentLabel[];
  /** The year the column's figures are for, from its label or else its parents' ("Năm 2024" over "KH"). */
  year: number | null;
}

/** The one to three rows of a table's header, read column by column. */
export interface HeaderBand {
  /** 0-based first and last rows of the band. */
  row: number;
  lastRow: number;
  columns: BandColumn[];
}

export const MAX_BAND_ROWS = 3;

// Labels that merge down over the rows below them, never across: they have no children.
const NEVER_PARENT = new Set<ColumnRole | null>(["tt", "name", "unit", "note"]);

/**
 * The header band that starts at a row: the row itself and up to two rows below it that complete it
 * (labels under a merged parent, or repeating the label above), each column's role from its lowest label
 * and its parents from the labels above it. A row holding a number that is not a year, or a label under a
 * different label that does not start a merged cell (a blank to its right), belongs to the table.
 *
 * @example
 * headerBand(grid, 0).columns[4] // { column: 4, label: "TH", role: "actual", parents: [{ label: "Nà Lầu", column: 3 }], year: null }
 */
export function headerBand(grid: SheetGrid, row: number): HeaderBand {
  const rows = [headerTexts(grid, row)];
  while (rows.length < MAX_BAND_ROWS && continuesBand(grid, row + rows.length, rows)) rows.push(headerTexts(grid, row + rows.length));
  const width = Math.max(...rows.map((texts) => texts.length));
  const columns = Array.from({ length: width }, (_, column) => bandColumn(rows, column));
  return { row, lastRow: row + rows.length - 1, columns };
}

function bandColumn(rows: string[][], column: number): BandColumn {
  let leafRow = -1;
  rows.forEach((texts, index) => {
    if ((texts[column] ?? "") !== "") leafRow = index;
  });
  const label = leafRow < 0 ? "" : rows[leafRow][column];
  const parents: ParentLabel[] = [];
  const key = labelKey(label);
  for (let index = 0; index < (leafRow < 0 ? 0 : leafRow); index++) {
    const parent = ownerOf(rows, index, column);
    if (parent !== null && labelKey(parent.label) !== key && !parents.some((seen) => seen.column === parent.column && seen.label === parent.label)) parents.push(parent);
  }
  const year = labelYear(label) ?? [...parents].reverse().map((parent) => labelYear(parent.label)).find((found) => found !== null) ?? null;
  // columns under "So sánh %" are ratios, whatever periods they name
  const role = parents.some((parent) => columnRole(parent.label) === "rate") ? "rate" : columnRole(label);
  return { column, label, role, parents, year };
}

/**
 * The label of band row `index` over a column: its own cell, or the merged cell it lies in (the nearest
 * label to its left, when every column between them has labels below, as columns under a merged cell do).
 */
function ownerOf(rows: string[][], index: number, column: number): ParentLabel | null {
  const own = rows[index][column] ?? "";
  if (own !== "") return { label: own, column };
  if (!hasLabelBelow(rows, index, column)) return null;
  for (let start = column - 1; start >= 0; start--) {
    const label = rows[index][start] ?? "";
    if (label === "") {
      if (!hasLabelBelow(rows, index, start)) return null;
      continue;
    }
    if (NEVER_PARENT.has(columnRole(label)) || !hasChildBelow(rows, index, start, label)) return null;
    return { label, column: start };
  }
  return null;
}

function hasLabelBelow(rows: string[][], index: number, column: number): boolean {
  return rows.slice(index + 1).some((texts) => (texts[column] ?? "") !== "");
}

function hasChildBelow(rows: string[][], index: number, column: number, label: string): boolean {
  const key = labelKey(label);
  return rows.slice(index + 1).some((texts) => (texts[column] ?? "") !== "" && labelKey(texts[column]) !== key);
}

/**
 * Whether a row continues a header band: it has labels, no number but a year, and each label stands
 * under no label, under the same label (merged down and repeated), or under a label that starts a merged
 * cell (the label to its right is blank while this row goes on).
 */
function continuesBand(grid: SheetGrid, row: number, band: string[][]): boolean {
  const values = grid.values[row];
  if (values === undefined) return false;
  if (values.some((value) => typeof value === "boolean" || (typeof value === "number" && !isYear(value)))) return false;
  const texts = headerTexts(grid, row);
  if (texts.every((text) => text === "")) return false;
  const width = Math.max(texts.length, ...band.map((labels) => labels.length));
  const above = (column: number): string => {
    for (let index = band.length - 1; index >= 0; index--) if ((band[index][column] ?? "") !== "") return band[index][column];
    return "";
  };
  return texts.every((text, column) => {
    if (text === "") return true;
    const upper = above(column);
    if (upper === "" || labelKey(upper) === labelKey(text)) return true;
    // the label above starts a merged cell: blank to its right, within the header's width
    return above(column + 1) === "" && column + 1 < width && !NEVER_PARENT.has(columnRole(upper));
  });
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}
