import { rosterKey } from "../config/rosterKey";
import type { SheetCells } from "../model/cells";
import type { Ranking } from "../model/ranking";
import type { CheckedReport } from "../model/report";
import type { SheetModel } from "../model/sheetModel";
import { distinctVillageNames } from "../ranking/distinctVillageNames";
import { readIndicatorTable } from "../table/readIndicatorTable";
import { buildResultsSheet } from "./buildResultsSheet";
import { buildFormResultsSheet, formResultRows, type FormResultRow } from "./formResults";
import { resultTotals, type IndicatorTotal } from "./resultTotals";

/**
 * The results across the villages of a ranking (docs/outputs.md#results-across-the-villages): the totals and the sheet "Tổng hợp kết quả
 * <year>", villages in rank order; the commune's targets from its target sheet when one is given. `year`,
 * the configuration's, picks the target sheet's plan column where years stand side by side (docs/reading-tables.md#layouts),
 * as it picked the reports' checked columns; without it, the sheet's own year (title, else the latest).
 * Scoring forms give the sheet of `buildFormResultsSheet` instead, criteria × units in points, and those
 * rows as `points` (units in `units`, the sheet's order) in place of `totals`.
 *
 * @example communeResults(reports, ranking, targetSheet, "Khuôn Lùng").sheet.name === "Tổng hợp kết quả 2024"
 */
export function communeResults(
  reports: readonly CheckedReport[],
  ranking: Pick<Ranking, "year" | "period" | "villages">,
  targets: SheetCells | null | undefined,
  commune: string | null,
  options: { year?: number } = {},
): { totals: IndicatorTotal[]; sheet: SheetModel; points?: FormResultRow[]; units?: string[] } {
  const table = targets ? readIndicatorTable(targets, options.year === undefined ? {} : { year: options.year }) : null;
  const communeIndicators = table !== null && table.layout === "targets" ? table.indicators : null;
  const totals = resultTotals(reports, communeIndicators, ranking.period);
  const names = distinctVillageNames([...reports]);
  // Each report is found in the ranking by its sheet and its name as the roster compares names, so a
  // village the ranking names as the roster writes it ("Bản Piềng" for "Piềng") keeps that name here.
  const key = (sheet: string, village: string) => `${sheet}\u0000${rosterKey(village)}`;
  const ranked = new Map(ranking.villages.map((village, index) => [key(village.sheet, village.village), { index, name: village.village }]));
  const named = reports.map((report, index) => {
    const found = ranked.get(key(report.sheet, names[index]));
    return { village: found?.name ?? names[index], report, order: found?.index ?? Infinity };
  });
  named.sort((a, b) => a.order - b.order);
  const heading = { year: ranking.year, period: ranking.period, commune };
  // Scoring forms have points, no targets: criteria × units with maximum, own and verified points.
  // They have no targets to total, so no `totals`; `points` holds the rows the sheet shows.
  if (reports.length > 0 && reports.every((report) => report.form === true)) {
    const points = formResultRows(named.map(({ report }) => report));
    const units = named.map(({ village }) => village);
    return { totals: [], sheet: buildFormResultsSheet(points, units, heading), points, units };
  }
  return { totals, sheet: buildResultsSheet(totals, named, heading) };
}
