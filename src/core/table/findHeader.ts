import { cellText } from "../cells/cellText";
import { type SheetGrid } from "../cells/sheetGrid";
import { foldText } from "../text/foldText";
import { decodeLegacyText, type LegacyEncoding } from "../text/legacyEncoding";
import { columnRole, type ColumnRole } from "./columnRole";
import { villageName } from "./villageName";

/** 0-based columns of each role; `name` is always present once a header is found. */
export interface TableColumns {
  tt: number | null;
  name: number;
  unit: number | null;
  target: number | null;
  actual: number | null;
  rate: number | null;
  note: number | null;
}

/** A village's columns in a consolidated sheet (0-based). */
export interface VillageColumn {
  village: string;
  actualColumn: number;
  targetColumn: number | null;
}

export interface TableHeader {
  /** 0-based row of the header. */
  row: number;
  /** 0-based last row of the header (row + 1 for a two-row "KH | TH" header). */
  lastRow: number;
  columns: TableColumns;
  villages: VillageColumn[];
  /** Header texts, for the year written in them ("Kế hoạch năm 2024"). */
  labels: string[];
  /** The legacy encoding the header is typed in, which then holds for the whole table. */
  encoding: LegacyEncoding | null;
}

/** Rows scanned for the header: title blocks above tables run to a dozen rows; leave room. */
export const HEADER_SCAN_ROWS = 40;

const TOTALS = new Set(["tong", "tong cong", "toan xa", "cong", "tong so", "toan thon", "ca xa"]);

/**
 * Finds the header row of an indicator table in the first rows of a sheet: the first row with a name
 * column and at least one of unit, target or actual. Columns with other labels to the right of the name,
 * when there is no actual column, are villages of a consolidated sheet (with "KH | TH" below a village's
 * merged name when the header has two rows); totals columns are not villages.
 *
 * @example findHeader(grid)?.columns // { tt: 0, name: 1, unit: 2, target: 3, actual: 4, rate: null, note: null }
 */
export function findHeader(grid: SheetGrid): TableHeader | null {
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < last; row++) {
    const labels = headerTexts(grid, row);
    const roles = labels.map(columnRole);
    if (!isHeaderLike(roles)) continue;
    const name = roles.indexOf("name");
    // a title line that reads like a header ("Nội dung | Kế hoạch thực hiện") above the real one
    const next = row + 1 < last ? headerTexts(grid, row + 1).map(columnRole) : [];
    if (isHeaderLike(next) && roleCount(next) > roleCount(roles)) continue;
    const encoding = headerEncoding(grid, row);
    const below = reportBelow(grid, row, labels, roles);
    if (below !== null) {
      const merged = Array.from({ length: Math.max(roles.length, below.length) }, (_, column) => below[column] ?? roles[column] ?? null);
      const belowLabels = headerTexts(grid, row + 1).filter((label) => label !== "");
      return { row, lastRow: row + 1, columns: columnsOf(merged, name), villages: [], labels: [...labels.filter((label) => label !== ""), ...belowLabels], encoding };
    }
    const columns = columnsOf(roles, name);
    const villages = columns.actual === null ? villageColumns(grid, row, labels, roles, columns) : [];
    const twoRows = villages.some((village) => village.targetColumn !== null);
    return { row, lastRow: twoRows ? row + 1 : row, columns, villages, labels: labels.filter((label) => label !== ""), encoding };
  }
  return null;
}

function isHeaderLike(roles: readonly (ColumnRole | null)[]): boolean {
  return roles.includes("name") && roles.some((role) => role === "unit" || role === "target" || role === "actual");
}

function roleCount(roles: readonly (ColumnRole | null)[]): number {
  return roles.filter((role) => role !== null).length;
}

/**
 * The roles of the row below a header that completes it for one report ("Năm 2024" or "Kết quả thực
 * hiện" merged over "Kế hoạch | Thực hiện | Tỷ lệ"): the row below has exactly one actual column, and
 * each of its labels stands under a header cell that is blank (inside a merged cell) or that starts a
 * merged cell (the next header cell is blank). Null otherwise: a consolidated "KH | TH" row repeats its
 * actual column, and a first indicator named "Thực hiện …" stands under the header's name column.
 */
function reportBelow(grid: SheetGrid, row: number, labels: string[], roles: (ColumnRole | null)[]): (ColumnRole | null)[] | null {
  if (row + 1 >= grid.values.length) return null;
  const below = headerTexts(grid, row + 1).map(columnRole);
  const actuals = below.flatMap((role, column) => (role === "actual" ? [column] : []));
  if (actuals.length !== 1) return null;
  const undermerged = below.every((role, column) => role === null || roles[column] == null || (labels[column + 1] ?? "") === "");
  return undermerged ? below : null;
}

/**
 * The texts of a row as header labels, legacy encodings converted.
 *
 * @example headerTexts(grid, 0) // ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]
 */
export function headerTexts(grid: SheetGrid, row: number): string[] {
  return (grid.values[row] ?? []).map((value) => {
    const text = cellText(value);
    return text === "" ? "" : (decodeLegacyText(text)?.text ?? text);
  });
}

function headerEncoding(grid: SheetGrid, row: number): LegacyEncoding | null {
  for (const value of grid.values[row] ?? []) {
    const decoded = typeof value === "string" ? decodeLegacyText(cellText(value)) : null;
    if (decoded !== null) return decoded.encoding;
  }
  return null;
}

function columnsOf(roles: (ColumnRole | null)[], name: number): TableColumns {
  const first = (role: ColumnRole): number | null => {
    const index = roles.indexOf(role);
    return index < 0 ? null : index;
  };
  // "Nội dung | ĐVT | Chỉ tiêu | Thực hiện": a second "Chỉ tiêu" is the figure set, i.e. the target
  const secondName = roles.findIndex((role, column) => role === "name" && column > name);
  const target = first("target") ?? (secondName < 0 ? null : secondName);
  return { tt: first("tt"), name, unit: first("unit"), target, actual: first("actual"), rate: first("rate"), note: first("note") };
}

function villageColumns(grid: SheetGrid, row: number, labels: string[], roles: (ColumnRole | null)[], columns: TableColumns): VillageColumn[] {
  const after = Math.max(columns.name, columns.unit ?? -1);
  const starts: number[] = [];
  labels.forEach((label, column) => {
    if (column <= after || roles[column] !== null || label === "" || label.length > 60) return;
    const folded = foldText(label);
    if (!TOTALS.has(folded) && !/^(nam )?\d{4}$/u.test(folded)) starts.push(column);
  });
  const below = headerTexts(grid, row + 1).map(columnRole);
  return starts.flatMap((start, index) => {
    const village = villageName(labels[start]);
    if (village === null) return [];
    const end = nextLabel(labels, start) ?? starts[index + 1] ?? start + 2;
    let targetColumn: number | null = null;
    let actualColumn: number | null = null;
    for (let column = start; column < end; column++) {
      if (below[column] === "target" && targetColumn === null) targetColumn = column;
      if (below[column] === "actual" && actualColumn === null) actualColumn = column;
    }
    return [{ village, actualColumn: actualColumn ?? start, targetColumn: actualColumn === null ? null : targetColumn }];
  });
}

/** The next non-empty header cell after `start` (where a merged village name ends). */
function nextLabel(labels: string[], start: number): number | null {
  for (let column = start + 1; column < labels.length; column++) if (labels[column] !== "") return column;
  return null;
}
