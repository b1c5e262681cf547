import { checkReport, checkTable } from "../checks/checkReport";
import type { RankingConfig } from "../config/rankingConfig";
import { sameVillage } from "../config/rosterKey";
import type { CheckedReport, Period, SheetCells } from "../model";
import type { VillageScore } from "../scoring/scoreVillage";
import { readTable } from "../table/readIndicatorTable";
import { formScoring, type FormScoring } from "./formStandards";
import { scoreChecked } from "./scoreChecked";

/**
 * A checked report and, when the workbook's configuration scores in points or the report is a scoring
 * form, the village's points; a form's criteria by standard, with the floors, come too.
 */
export type CheckResult = CheckedReport & { points?: VillageScore | null; scoring?: FormScoring };

/**
 * Every village a sheet holds, checked: a village's report is one village; a consolidated sheet is one
 * village per village column (docs/pane.md#checking), or only `village` when one is chosen. Nothing of a consolidated
 * sheet is left unread unless staff chose one village. With a points configuration each village's points
 * come too, as for a scoring form without one (`scoreChecked`, with the defaults of `year`), and the summary
 * counts the findings the list shows (the points notes with them).
 *
 * @example checkVillages(consolidated, { targets, config: null, village: null, year: 2024 }).map((r) => r.village)
 *   → ["Nà Lầu", "Khuổi Khâm", "Nặm Đin", …]
 */
export function checkVillages(
  report: SheetCells,
  options: { targets?: SheetCells; config: RankingConfig | null; village?: string | null; year: number; period?: Period },
): CheckResult[] {
  // The configuration's year and period pick the columns checked where years and periods stand side by side;
  // without a configuration sheet, the period chosen in the pane.
  const year = options.config === null ? (options.period ? { period: options.period } : {}) : { year: options.config.year, period: options.config.period };
  const table = readTable(report, year);
  const plain: CheckedReport[] =
    table.parsed.layout === "consolidated" && table.parsed.villageColumns.length > 0
      ? consolidated(table, options.targets === undefined ? null : readTable(options.targets, year), options.village ?? null)
      : [checkReport(report, { ...(options.targets ? { targets: options.targets } : {}), ...year })];
  return plain.map((checked) => withPoints(checked, options.config, options.year));
}

function consolidated(table: ReturnType<typeof readTable>, targets: ReturnType<typeof readTable> | null, village: string | null): CheckedReport[] {
  // The village chosen is found by the village key, as every comparison of villages' names is: "Nà Lầu"
  // chosen is the column headed "Thôn Nà Lầu" (docs/pane.md#checking).
  const columns = table.parsed.villageColumns.filter((column) => village === null || sameVillage(column.village, village));
  const chosen = columns.length > 0 ? columns : table.parsed.villageColumns;
  // What is wrong with the target sheet is said once, with the first village.
  return chosen.map((column, index) => checkTable(table, targets, { village: column.village, sayTargetProblems: index === 0 }));
}

function withPoints(checked: CheckedReport, config: RankingConfig | null, year: number): CheckResult {
  const scored = scoreChecked(checked, config, year);
  if (scored.points === null) return scored.report;
  const withScore: CheckResult = { ...scored.report, points: scored.points };
  // a scoring form's criteria by standard, with the floors its tiers set (docs/pane.md#scoring-forms)
  return checked.form === true ? { ...withScore, scoring: formScoring(scored.report, scored.points, config?.tiers) } : withScore;
}
