import type { SheetCells } from "../model/cells";
import type { CheckedReport } from "../model/report";
import { readTable, type TableRead } from "../table/readIndicatorTable";
import { applyRules } from "./applyRules";
import { authorityFor, targetSheetFindings } from "./authority";
import { checkSource } from "./checkSource";
import { readCheckOptions } from "./readOptions";
import { reportSource } from "./reportSource";
import { villageColumn } from "./villageColumn";
import { villageOf } from "./villageOf";

export interface CheckOptions {
  /** The authoritative targets: the village's template or the commune's target sheet (docs/reading-tables.md#which-targets-apply). */
  targets?: SheetCells;
  /** The village's name as the user gives it; wins over the title, sheet and file names. */
  village?: string;
  /** The workbook's file name, the last place a village's name is looked for (CLI). */
  fileName?: string;
  /** The year assessed (the configuration's): where years stand side by side, its columns are checked (docs/reading-tables.md#layouts). */
  year?: number;
  /** The period assessed (the configuration's): where "6 tháng" and "năm" actuals stand side by side, its column is checked. */
  period?: "year" | "half";
}

/**
 * Checks a village's report sheet (docs/reading-tables.md#checks-and-findings): every indicator gets its actual value, status and completion,
 * and every problem a finding with its cell. With `targets`, those targets win (docs/reading-tables.md#which-targets-apply). A consolidated
 * sheet is checked for the village named in `options.village`, else (or when no column has that name)
 * its first village. Never throws.
 *
 * @example
 * const report = checkReport(villageSheet, { targets: communeSheet });
 * report.summary // { indicators: 46, met: 30, exceeded: 8, shortfall: 6, unknown: 2, errors: 2, warnings: 1 }
 */
export function checkReport(report: SheetCells, options: CheckOptions = {}): CheckedReport {
  const trusted = readCheckOptions(options);
  const read = { year: trusted.year, period: trusted.period };
  const table = readTable(report, read);
  const targets = trusted.targets === undefined || trusted.targets === null ? null : readTable(trusted.targets, read);
  return checkTable(table, targets, trusted);
}

/**
 * `checkReport` on tables already read (the batch reads each target sheet once, and says what is wrong
 * with it once: `sayTargetProblems: false`).
 *
 * @example checkTable(readTable(villageSheet), readTable(communeSheet), { fileName: "Nà Lầu.xlsx" })
 */
export function checkTable(
  table: TableRead,
  targets: TableRead | null,
  options: Pick<CheckOptions, "village" | "fileName"> & { sayTargetProblems?: boolean } = {},
): CheckedReport {
  const { parsed } = table;
  const targetFindings = targets !== null && options.sayTargetProblems !== false ? targetSheetFindings(targets) : [];
  if (parsed.layout === "consolidated" && parsed.villageColumns.length > 0) {
    const column = (options.village === undefined ? null : villageColumn(parsed.villageColumns, options.village)) ?? parsed.villageColumns[0];
    // The figures are the column's, and so is the name: typed without diacritics or not matching any
    // column, what the user wrote does not relabel them.
    const village = column.village;
    return applyRules(checkSource(reportSource(table, village, column), targets === null ? null : authorityFor(targets, village), targetFindings));
  }
  const village = villageOf({ named: options.village, title: parsed.title, sheet: parsed.sheet, fileName: options.fileName });
  // Shares of a whole are context until a configuration's rule directs them (see `applyRules`).
  return applyRules(checkSource(reportSource(table, village), targets === null ? null : authorityFor(targets, village), targetFindings));
}
