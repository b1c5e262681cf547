import type { Finding, Period, Ranking, SheetCells, SheetModel } from "../../core/model";
import { rankWorkbook } from "../../core/usecases/rankWorkbook";
import { noStep, type Step } from "./step";

/** The cells a ranking needs, as read from the workbook, and the day it is signed. */
export interface RankInput {
  reports: SheetCells[];
  targets: SheetCells | null;
  /** The configuration sheet, when the workbook has one. */
  config: SheetCells | null;
  /** The period chosen in the pane, given only where the workbook has no configuration sheet. */
  period?: Period;
  date: { day: number; month: number; year: number };
}

/**
 * A ranking's outcome: the configuration's errors (`config`), a configuration the ranking cannot use
 * (`unusable`), or the ranking with every finding, its sheet and the results across the villages, ready to write.
 */
export type RankOutput =
  | { kind: "config"; findings: Finding[] }
  | { kind: "unusable"; findings: Finding[] }
  | { kind: "ranked"; ranking: Ranking; findings: Finding[]; sheet: SheetModel; results: SheetModel };

/**
 * Ranks the villages of the reports as the command line does (`rankWorkbook`, docs/usecases.md#ranking),
 * the chart of scores drawn beside the table, after one `step` so a queued cancel stops it first.
 *
 * @example await rankJob({ reports, targets, config: null, date }) → { kind: "ranked", ranking: { villages: [{ village: "Thôn Nà Lầu", rank: 1, … }] }, sheet, results, findings }
 */
export async function rankJob(input: RankInput, step: Step = noStep): Promise<RankOutput> {
  await step();
  const ranked = rankWorkbook({
    workbooks: [{ sheets: input.reports }],
    ...(input.targets ? { targets: input.targets } : {}),
    config: input.config ? { sheet: input.config } : null,
    ...(input.period ? { period: input.period } : {}),
    today: input.date,
    chart: true,
  });
  if (!ranked.ok) return { kind: "config", findings: ranked.findings };
  if (ranked.unusable.length > 0) return { kind: "unusable", findings: ranked.unusable };
  return { kind: "ranked", ranking: ranked.ranking, findings: ranked.findings, sheet: ranked.sheets.ranking, results: ranked.sheets.results };
}
