import type { SheetCells } from "../model/cells";
import type { Ranking } from "../model/ranking";
import type { CheckedReport } from "../model/report";
import type { SheetModel } from "../model/sheetModel";
import { distinctVillageNames } from "../ranking/distinctVillageNames";
import { readIndicatorTable } from "../table/readIndicatorTable";
import { buildResultsSheet } from "./buildResultsSheet";
import { resultTotals, type IndicatorTotal } from "./resultTotals";

/**
 * The results across the villages of a ranking (SPEC §7.2): the totals and the sheet "Tổng hợp kết quả
 * <year>", villages in rank order; the commune's targets from its target sheet when one is given.
 *
 * @example communeResults(reports, ranking, targetSheet, "Khuôn Lùng").sheet.name === "Tổng hợp kết quả 2024"
 */
export function communeResults(
  reports: readonly CheckedReport[],
  ranking: Pick<Ranking, "year" | "period" | "villages">,
  targets: SheetCells | null | undefined,
  commune: string | null,
): { totals: IndicatorTotal[]; sheet: SheetModel } {
  const table = targets ? readIndicatorTable(targets) : null;
  const communeIndicators = table !== null && table.layout === "targets" ? table.indicators : null;
  const totals = resultTotals(reports, communeIndicators, ranking.period);
  const names = distinctVillageNames([...reports]);
  const named = reports.map((report, index) => ({ village: names[index], report }));
  const order = new Map(ranking.villages.map((village, index) => [village.village, index]));
  named.sort((a, b) => (order.get(a.village) ?? Infinity) - (order.get(b.village) ?? Infinity));
  return { totals, sheet: buildResultsSheet(totals, named, { year: ranking.year, period: ranking.period, commune }) };
}
