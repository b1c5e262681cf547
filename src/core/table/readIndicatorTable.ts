import { cellAddress } from "../cells/cellAddress";
import { suspectTargets } from "../checks/suspectTargets";
import { cellText } from "../cells/cellText";
import { type SheetGrid, toSheetGrid } from "../cells/sheetGrid";
import type { SheetCells } from "../model/cells";
import { finding, type Finding } from "../model/finding";
import type { Group, Indicator } from "../model/indicator";
import type { TableHeader } from "./findHeader";
import type { RowPoints } from "../model/report";
import { readPoints } from "./readPoints";
import { readTableRows, type TableRow } from "./readTableRows";
import { findStrayValue, strayGaps } from "./tableArea";
import type { SheetTitle } from "./readTitle";
import { readSheetHead } from "./readSheetHead";
import { isScoringForm } from "./scoringForm";
import { unitAbove } from "./unitAbove";
import type { Layout } from "./layoutOf";

// Kept in its own module so that classifying a sheet does not bring the whole table reader with it.
export { type Layout, layoutOf } from "./layoutOf";

export interface ParsedTable {
  sheet: string;
  layout: Layout | null;
  /** 1-based row of the header, null when none was found. */
  headerRow: number | null;
  groups: Group[];
  /** Targets and units as written in this sheet. */
  indicators: Indicator[];
  /** From the title rows above the header. */
  title: SheetTitle;
  /** Consolidated sheets only (0-based columns). */
  villageColumns: { village: string; actualColumn: number; targetColumn: number | null }[];
  findings: Finding[];
}

/** A parsed table with the cells behind it, for the checks. */
export interface TableRead {
  parsed: ParsedTable;
  grid: SheetGrid;
  header: TableHeader | null;
  rows: TableRow[];
  /** Each row's points cells, row by row as `rows`, where the table has points columns (docs/scoring.md#points-method). */
  points?: RowPoints[];
}

/**
 * How a table is read: `year`, the year assessed (the configuration's), picks the checked columns where
 * years stand side by side, and `period` (the configuration's, "year" unless told) the actual column where
 * periods do ("Thực hiện 6 tháng" | "Ước thực hiện năm").
 */
export interface ReadOptions {
  year?: number | null;
  period?: "year" | "half";
}

/** The columns a table needs, named as staff write them, for sheet/no-header. */
export const NEEDED_COLUMNS = "TT, Chỉ tiêu, ĐVT, Mục tiêu, Thực hiện";

/**
 * Reads a sheet's indicator table (docs/reading-tables.md#layouts): its layout, header row, groups and indicators with their
 * targets and units as written, the title above it, and findings about its structure. Where target or
 * actual columns carry years, those of `options.year` are checked (docs/reading-tables.md#layouts). Never throws:
 * anything that is not a table gives sheet/empty or sheet/no-header.
 *
 * @example
 * const table = readIndicatorTable({ name: "Chỉ tiêu", values: [["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], [1, "Thu ngân sách", "Triệu đồng", 54]], formats: [] });
 * table.layout === "targets"; table.indicators[0].target === 54
 */
export function readIndicatorTable(sheet: SheetCells, options: ReadOptions = {}): ParsedTable {
  return readTable(sheet, options).parsed;
}

/**
 * `readIndicatorTable` with the grid, header and rows behind it, for the checks.
 *
 * @example readTable(sheet).rows[0].row // 0-based sheet row of the first indicator
 */
export function readTable(sheet: unknown, options: ReadOptions = {}): TableRead {
  const grid = toSheetGrid(sheet);
  const { header, layout: headLayout, title, titleTexts } = readSheetHead(grid, options);
  const base: ParsedTable = {
    sheet: grid.name,
    layout: null,
    headerRow: null,
    groups: [],
    indicators: [],
    title,
    villageColumns: [],
    findings: [],
  };
  if (header === null) {
    const code = hasContent(grid) ? "sheet/no-header" : "sheet/empty";
    return { parsed: { ...base, findings: [finding(code, { sheet: grid.name, cell: null, details: { columns: NEEDED_COLUMNS } })] }, grid, header, rows: [] };
  }
  const layout = headLayout;
  // "(ĐVT: Đồng)" above a table without a unit column: the unit of all its rows
  const sheetUnit = header.columns.unit === null ? unitAbove(titleTexts) : null;
  const { groups, rows: plainRows, findings } = readTableRows(grid, header, layout === "targets" || layout === "report", sheetUnit);
  const points = layout === "targets" || layout === "report" ? readPoints(grid, header, plainRows) : { points: null, findings: [] };
  const rows = points.points === null ? plainRows : withMaxPoints(plainRows, points.points);
  const structure = structureFindings(grid, header, layout, rows.length, sheetUnit !== null);
  const parsed: ParsedTable = {
    ...base,
    layout,
    headerRow: header.row + 1,
    groups,
    indicators: rows.map((row) => row.indicator),
    title,
    villageColumns: header.villages,
    // A target 1 000× below its parts is said, never changed (docs/reading-tables.md#values).
    findings: [...header.findings, ...structure, ...findings, ...points.findings, ...suspectTargets(grid, header, rows), ...strayFindings(grid, rows, outsideOf(sheet))],
  };
  return points.points === null ? { parsed, grid, header, rows } : { parsed, grid, header, rows, points: points.points };
}

// A value far outside the table is said once, at the first such cell read, else where the sheet was read
// within its table, at the one left out (docs/reading-tables.md#where-a-table-ends).
function strayFindings(grid: SheetGrid, rows: readonly TableRow[], outside: string | null): Finding[] {
  const stray = findStrayValue(grid, rows.map((row) => row.row));
  const cell = stray === null ? outside : cellAddress(stray.row, stray.column);
  return cell === null ? [] : [finding("sheet/stray-values", { sheet: grid.name, cell, details: strayGaps() })];
}

function outsideOf(sheet: unknown): string | null {
  const outside = typeof sheet === "object" && sheet !== null ? (sheet as Partial<SheetCells>).outside : undefined;
  return typeof outside === "string" && outside !== "" ? outside : null;
}

// The maximum points belong to the indicator (targets and reports alike); the rest stays with the row.
function withMaxPoints(rows: TableRow[], points: readonly RowPoints[]): TableRow[] {
  return rows.map((row, index) => {
    const max = points[index].maxPoints;
    return max === null ? row : { ...row, indicator: { ...row.indicator, maxPoints: max } };
  });
}

function structureFindings(grid: SheetGrid, header: TableHeader, layout: Layout | null, rowCount: number, unitAbove: boolean): Finding[] {
  const sheet = grid.name;
  const headerCell = cellAddress(header.row, header.columns.name);
  const findings: Finding[] = [];
  if (layout === null) findings.push(finding("sheet/missing-column", { sheet, cell: headerCell, details: { columns: "Mục tiêu, Thực hiện" } }));
  // a scoring form has points only: no unit, target or actual column to ask for (docs/scoring.md#points-method)
  if (isScoringForm(header)) return rowCount === 0 ? [finding("sheet/empty", { sheet, cell: headerCell, details: { columns: NEEDED_COLUMNS } })] : [];
  if (header.columns.unit === null && !unitAbove) findings.push(finding("sheet/missing-column", { sheet, cell: headerCell, details: { columns: "ĐVT" } }));
  if (layout === "report" && header.columns.target === null) {
    findings.push(finding("sheet/missing-column", { sheet, cell: headerCell, details: { columns: "Mục tiêu" } }));
  }
  if (rowCount === 0) findings.push(finding("sheet/empty", { sheet, cell: headerCell, details: { columns: NEEDED_COLUMNS } }));
  return findings;
}

function hasContent(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((value) => cellText(value) !== "" || (typeof value === "boolean")));
}
