import { classifySheet } from "../../core/checks/classifySheet";
import { readVillageReports } from "../../core/checks/readVillageReports";
import { CONFIG_SHEET_NAME, configAdjustmentCells, configRuleCells } from "../../core/config/configSheet";
import type { Finding, Period, Ranking, SheetCells, SheetModel } from "../../core/model";
import { rankReportsOnce } from "../../core/ranking/rankReportsOnce";
import { buildRankingSheet } from "../../core/rankingSheet/buildRankingSheet";
import { communeResults } from "../../core/results/communeResults";
import { configFrom } from "../state/actions/readConfig";
import { noStep, type Step } from "./step";

/** The cells a ranking needs, as read from the workbook, and the day it is signed. */
export interface RankInput {
  reports: SheetCells[];
  targets: SheetCells | null;
  /** The configuration sheet, when the workbook has one. */
  config: SheetCells | null;
  period: Period;
  date: { day: number; month: number; year: number };
}

/**
 * A ranking's outcome: the configuration's errors (`config`), a configuration the ranking cannot use
 * (`unusable`), or the ranking with its sheet and the results across the villages, ready to write.
 */
export type RankOutput =
  | { kind: "config"; findings: Finding[] }
  | { kind: "unusable"; findings: Finding[] }
  | { kind: "ranked"; ranking: Ranking; sheet: SheetModel; results: SheetModel };

/**
 * Scores and ranks the villages of the reports with the workbook's configuration and builds the ranking
 * sheet and the results across the villages (docs/scoring.md), taking a `step` between its stages so a
 * long ranking can yield and be cancelled.
 *
 * @example await rankJob({ reports, targets, config: null, period: "year", date }) → { kind: "ranked", ranking: { villages: [{ village: "Thôn Nà Lầu", rank: 1, … }] }, sheet, results }
 */
export async function rankJob(input: RankInput, step: Step = noStep): Promise<RankOutput> {
  const targets = input.targets ?? undefined;
  const titles = [targets, ...input.reports].filter((c): c is SheetCells => c !== undefined).map(classifySheet);
  const year = titles.find((t) => t.year !== null)?.year ?? input.date.year;
  const configCells = input.config ?? undefined;
  const config = configFrom(configCells, year);
  if (!config.ok) return { kind: "config", findings: config.findings };
  await step();
  // The configuration's year (else the sheets' own) picks the checked columns where years stand side by
  // side, and the period chosen the actual column where periods do.
  const villages = readVillageReports(input.reports, { ...(targets ? { targets } : {}), year: config.value.year, period: input.period });
  await step();
  // A rule that matches nothing and an adjustment for a village with no report point at their rows of the sheet.
  const source = configCells === undefined ? undefined : { sheet: CONFIG_SHEET_NAME, cellOf: configRuleCells(configCells), adjustmentCell: configAdjustmentCells(configCells) };
  // Each village once: its own report before a consolidated column, a copy once, differing reports not at all.
  const once = rankReportsOnce(villages.reports, { ...config.value, period: input.period }, source);
  const ranked = once.ranking;
  // A configuration the ranking cannot use (points without any Điểm chuẩn) writes no ranking sheet.
  const unusable = ranked.findings.filter((f) => f.code === "config/invalid");
  if (unusable.length > 0) return { kind: "unusable", findings: unusable };
  // Sheets that could not be read as reports are said too, so no village silently drops out.
  const ranking = { ...ranked, findings: [...villages.findings, ...ranked.findings] };
  await step();
  const commune = config.value.commune ?? titles.find((t) => t.commune !== null)?.commune ?? null;
  // The add-in draws the chart of scores beside the table.
  const { signer, signerTitle } = config.value;
  const sheet = buildRankingSheet(ranking, { commune, place: config.value.place ?? commune, date: input.date, chart: true, signer: signer ?? null, signerTitle: signerTitle ?? null });
  await step();
  // The results across the villages (docs/outputs.md#results-across-the-villages), written next to the ranking sheet in the same requests.
  const results = communeResults(once.reports, ranking, targets, commune, { year: config.value.year }).sheet;
  return { kind: "ranked", ranking, sheet, results };
}
