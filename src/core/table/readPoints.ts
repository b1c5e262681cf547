import { cellAddress } from "../cells/cellAddress";
import { cellText } from "../cells/cellText";
import { readCellAt, type SheetGrid, valueAt } from "../cells/sheetGrid";
import { MAX_POINTS } from "../config/pointsBounds";
import { finding, type Finding } from "../model/finding";
import type { RowPoints } from "../model/report";
import { foldText } from "../text/foldText";
import { columnRole, type PointsRole } from "./columnRole";
import type { TableHeader } from "./findHeader";
import { parentRows } from "./formTree";
import type { TableRow } from "./readTableRows";
import { formTotals } from "./formTotals";
import { isScoringForm } from "./scoringForm";

/** 0-based column of each points role a table has. */
export type PointsColumns = Partial<Record<PointsRole, number>>;

const POINTS_ROLES: readonly PointsRole[] = ["maxPoints", "bonus", "deduction", "selfPoints", "verifiedPoints"];
const POINT_UNITS = new Set(["diem", "d"]);
const TOTAL_NAMES = new Set(["tong cong", "cong", "tong so", "tong"]);

/**
 * The points columns of a table (docs/reading-tables.md#layouts): the first column of each points role in the header's rows
 * (a parent "ĐIỂM" over "Chuẩn | Thưởng | Trừ" gives its role to nothing; the lowest label decides).
 * Null when the table has none.
 *
 * @example pointsColumns(grid, header) // { maxPoints: 4, selfPoints: 7 }
 */
export function pointsColumns(grid: SheetGrid, header: TableHeader): PointsColumns | null {
  const found: PointsColumns = {};
  for (let row = header.row; row <= header.lastRow + 1 && row < grid.values.length; row++) {
    // a row below the header counts only when it is part of it (a sub-header with points labels)
    const cells = grid.values[row] ?? [];
    cells.forEach((value, column) => {
      const role = columnRole(cellText(value));
      if (role !== null && (POINTS_ROLES as readonly string[]).includes(role) && found[role as PointsRole] === undefined) {
        found[role as PointsRole] = column;
      }
    });
  }
  return Object.keys(found).length === 0 ? null : found;
}

/**
 * Reads each indicator row's points (docs/scoring.md#points-method): numbers as written ("- 0,25", "+ 0,1", "3.5", "100 điểm");
 * a cell that is not a number is `value/invalid` at that cell (details.kind "points") and reads as blank,
 * and so is a number beyond ±1 000 000 points (details.kind "points-range"): no cell can make a total
 * overflow.
 * A total row (Tổng cộng, Cộng …) whose own points differ from the sum of the rows' is
 * `points/self-total` (warning, `expected` the sum, `actual` as written).
 *
 * @example readPoints(grid, header, rows).points[0] // { maxPoints: 10, selfPoints: 9.5, … }
 */
export function readPoints(grid: SheetGrid, header: TableHeader, rows: readonly TableRow[]): { points: RowPoints[] | null; findings: Finding[] } {
  const columns = pointsColumns(grid, header);
  if (columns === null) return { points: null, findings: [] };
  const findings: Finding[] = [];
  const points = rows.map(({ indicator, row }) => {
    const line: RowPoints = { maxPoints: null, bonus: null, deduction: null, selfPoints: null, verifiedPoints: null, cells: {} };
    for (const role of POINTS_ROLES) {
      const column = columns[role];
      if (column === undefined) continue;
      const cell = cellAddress(row, column);
      line.cells[role] = cell;
      const read = readPointsCell(grid, row, column);
      if (read.ok) line[role] = read.value;
      else findings.push(finding("value/invalid", { sheet: grid.name, cell, indicator: indicator.name, indicatorId: indicator.id, actual: read.raw, details: { kind: read.kind, column: role } }));
    }
    return line;
  });
  findings.push(...totalFindings(grid, header, columns, rows, points));
  if (isScoringForm(header)) findings.push(...formTotals(grid, header, rows, points, (row, column) => readPointsCell(grid, row, column)));
  return { points, findings };
}

type PointsCell = { ok: true; value: number | null } | { ok: false; raw: string; kind: "points" | "points-range" };

function readPointsCell(grid: SheetGrid, row: number, column: number): PointsCell {
  const reading = readCellAt(grid, row, column);
  if (reading.type === "missing") return { ok: true, value: null };
  if (reading.type === "number" && (reading.unit === null || POINT_UNITS.has(foldText(reading.unit)))) {
    if (Math.abs(reading.value) <= MAX_POINTS) return { ok: true, value: reading.value };
    return { ok: false, raw: cellText(valueAt(grid, row, column)), kind: "points-range" };
  }
  if (reading.type === "error") return { ok: false, raw: reading.error, kind: "points" };
  return { ok: false, raw: reading.type === "text" ? reading.text : cellText(valueAt(grid, row, column)), kind: "points" };
}

// The village's own total ("Tổng cộng | 100 | 97,5"): a slip in adding up is worth a word before the council reads it.
function totalFindings(grid: SheetGrid, header: TableHeader, columns: PointsColumns, rows: readonly TableRow[], points: RowPoints[]): Finding[] {
  const column = columns.selfPoints;
  if (column === undefined || rows.length === 0) return [];
  // a scoring form's parents are sums of their criteria: counted once, through the criteria (docs/scoring.md#points-method)
  const parents = isScoringForm(header) ? parentRows(rows.map((row) => row.indicator)) : new Set<number>();
  const sum = points.reduce((total, line, index) => total + (parents.has(index) ? 0 : (line.selfPoints ?? 0)), 0);
  for (let row = header.lastRow + 1; row < grid.values.length; row++) {
    const name = foldText(cellText(valueAt(grid, row, header.columns.name)));
    if (!TOTAL_NAMES.has(name)) continue;
    const read = readPointsCell(grid, row, column);
    if (!read.ok || read.value === null) return [];
    if (Math.abs(read.value - sum) <= 0.005) return [];
    return [finding("points/self-total", { sheet: grid.name, cell: cellAddress(row, column), expected: Math.round(sum * 100) / 100, actual: read.value })];
  }
  return [];
}
