import { applyRules } from "../checks/applyRules";
import { classifySheet } from "../checks/classifySheet";
import type { RankingConfig } from "../config/rankingConfig";
import type { CheckedReport, Finding, Period, Ranking, SheetCells, SheetModel } from "../model";
import { rankReportsOnce } from "../ranking/rankReportsOnce";
import { buildRankingSheet } from "../rankingSheet/buildRankingSheet";
import { communeResults } from "../results/communeResults";
import type { IndicatorTotal } from "../results/resultTotals";
import type { FormResultRow } from "../results/formResults";
import { eachFindingOnce } from "./eachFindingOnce";
import { assessedYear, type CalendarDay } from "./assessedYear";
import { type ConfigInput, rankingConfigOf } from "./rankingConfigOf";
import { readReportWorkbooks, type ReportWorkbook, type WorkbookOutcome } from "./readReportWorkbooks";

export interface RankInput {
  /** The reports' workbooks: the pane's chosen sheets are one, each file of the command line one. */
  workbooks: readonly ReportWorkbook[];
  /** The commune's targets, when chosen (else a workbook holding only them gives them). */
  targets?: SheetCells;
  config: ConfigInput;
  /** The period assessed, when chosen; else the configuration's. */
  period?: Period;
  /** The day the ranking is signed, and the year assessed when neither configuration nor titles name one. */
  today: CalendarDay;
  /** Whether the ranking sheet carries the chart of scores (the add-in draws it). */
  chart?: boolean;
}

export interface Ranked {
  ok: true;
  /** The ranking; its findings begin with those of the sheets that could not be read as reports. */
  ranking: Ranking;
  /** Every finding of the job, each once: sheets not read as reports, each report's, the ranking's. */
  findings: Finding[];
  /** Every report read, with the configuration's rules applied, ranked or left out. */
  read: CheckedReport[];
  /** The configuration used (the defaults of the year assessed when none was given) and whether one was given. */
  config: RankingConfig;
  configGiven: boolean;
  /** Configuration problems that keep the ranking from being trusted (`config/invalid`, as points without any maximum). */
  unusable: Finding[];
  /** What came of each workbook, and the target sheet found among them. */
  workbooks: WorkbookOutcome[];
  foundTargets: { index: number; sheet: SheetCells } | null;
  /** The sheets to write: the ranking sheet and the results across the villages. */
  sheets: { ranking: SheetModel; results: SheetModel };
  totals: IndicatorTotal[];
  /** Scoring forms: the results' rows in points and the units in the sheet's order, in place of `totals`. */
  points: { rows: FormResultRow[]; units: string[] } | null;
}

/**
 * Ranks the villages of some workbooks, the one way both the pane and the command line rank
 * (docs/usecases.md#ranking): the year assessed is the configuration's, else the sheets' titles', else the
 * current one; each workbook's reports are read and checked against the targets; each village is ranked
 * once; the commune and the place of signing are the configuration's, else the titles'; the ranking sheet
 * and the results across the villages are described for the front door to write. A configuration sheet
 * that cannot be read gives its findings instead.
 *
 * @example rankWorkbook({ workbooks: [{ sheets: [naLau, khuonLung] }], targets, config: null, today: { day: 10, month: 12, year: 2024 } })
 *   → { ok: true, ranking: { villages: [{ village: "Thôn Nà Lầu", rank: 1, … }, …] }, sheets: { ranking: { name: "Xếp hạng thi đua 2024", … }, … }, … }
 */
export function rankWorkbook(input: RankInput): Ranked | { ok: false; findings: Finding[] } {
  const sheets = input.workbooks.flatMap((workbook) => workbook.sheets);
  const titles = [input.targets, ...sheets].filter((sheet): sheet is SheetCells => sheet !== undefined).map(classifySheet);
  const config = rankingConfigOf(input.config, assessedYear(titles, input.today));
  if (!config.ok) return config;
  const period = input.period ?? config.value.period;
  // The configuration's year (else the sheets' own) picks the checked columns where years stand side by side, and the period the actual column where periods do.
  const read = readReportWorkbooks(input.workbooks, { ...(input.targets ? { targets: input.targets } : {}), year: config.value.year, period });
  // Each village once: its own report before a consolidated column, a copy once, differing reports not at all.
  // A rule's direction and target hold for each report's findings too (docs/reading-tables.md#units-and-semantics).
  const reports = read.reports.map((report) => applyRules(report, config.value.indicators));
  const once = rankReportsOnce(reports, { ...config.value, period }, config.source, read.reportFiles);
  // Sheets that could not be read as reports are said too, so no village silently drops out.
  const ranking = { ...once.ranking, findings: [...read.findings, ...once.ranking.findings] };
  const commune = config.value.commune ?? titles.find((title) => title.commune !== null)?.commune ?? null;
  const { signer, signerTitle } = config.value;
  const rankingSheet = buildRankingSheet(ranking, { commune, place: config.value.place ?? commune, date: input.today, chart: input.chart ?? false, signer: signer ?? null, signerTitle: signerTitle ?? null });
  const targets = input.targets ?? read.foundTargets?.sheet;
  // The results across the villages (docs/outputs.md#results-across-the-villages).
  const results = communeResults(once.reports, ranking, targets, commune, { year: config.value.year });
  return {
    ok: true,
    ranking,
    findings: eachFindingOnce([...read.findings, ...reports.flatMap((report) => report.findings), ...once.ranking.findings]),
    read: reports,
    config: config.value,
    configGiven: config.given,
    unusable: once.ranking.findings.filter((f) => f.code === "config/invalid"),
    workbooks: read.outcomes,
    foundTargets: read.foundTargets,
    sheets: { ranking: rankingSheet, results: results.sheet },
    totals: results.totals,
    points: results.points === undefined ? null : { rows: results.points, units: results.units ?? [] },
  };
}
