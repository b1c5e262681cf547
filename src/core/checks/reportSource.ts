import { readCellAt } from "../cells/sheetGrid";
import type { Indicator } from "../model/indicator";
import type { TableRead } from "../table/readIndicatorTable";
import { withTarget } from "./withTarget";

/** One village's columns of a read table: a report sheet, or one village column of a consolidated sheet. */
export interface ReportSource {
  table: TableRead;
  village: string;
  /** 0-based column of the village's actual values, null when the sheet has none. */
  actualColumn: number | null;
  /** 0-based column of the village's own targets, null when the sheet has none. */
  targetColumn: number | null;
  /** The report's indicators with this village's own targets, row by row as `table.rows`. */
  indicators: Indicator[];
}

/**
 * The source for a report sheet (its Thực hiện column) or for one village column of a consolidated sheet
 * (its TH column, and its KH column or else the sheet's Mục tiêu).
 *
 * @example reportSource(table, "Nà Lầu").actualColumn === 4
 */
export function reportSource(table: TableRead, village: string, column?: { actualColumn: number; targetColumn: number | null }): ReportSource {
  const header = table.header;
  const sheetTarget = header?.columns.target ?? null;
  if (!column) {
    return { table, village, actualColumn: header?.columns.actual ?? null, targetColumn: sheetTarget, indicators: table.rows.map((row) => row.indicator) };
  }
  const own = column.targetColumn;
  if (own === null) return { table, village, actualColumn: column.actualColumn, targetColumn: sheetTarget, indicators: table.rows.map((row) => row.indicator) };
  const indicators = table.rows.map((row) => withTarget(row.indicator, readCellAt(table.grid, row.row, own)));
  return { table, village, actualColumn: column.actualColumn, targetColumn: own, indicators };
}
