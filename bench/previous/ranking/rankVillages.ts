import { checkRules } from "../../../src/core/config/checkRules";
import { CONFIG_SHEET_NAME } from "../../../src/core/config/configSheetLayout";
import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import type { RankedVillage, Ranking } from "../../../src/core/model/ranking";
import { finding, type Finding } from "../../../src/core/model/finding";
import type { CheckedIndicator, CheckedReport } from "../../../src/core/model/report";
import { rulesOf } from "../../../src/core/scoring/resolveRules";
import { scoreVillageWith, type VillageScore } from "../scoring/scoreVillage";
import { awardPrizes } from "../../../src/core/ranking/awardPrizes";
import { byVillageName, rankingOrder, thenBy } from "../../../src/core/ranking/compareVillages";
import { distinctVillageNames } from "../../../src/core/ranking/distinctVillageNames";
import { markAbsentMandatory } from "../../../src/core/ranking/markAbsentMandatory";
import { oneBasis } from "../../../src/core/ranking/oneBasis";
import { sharedRanks } from "../../../src/core/ranking/sharedRanks";
import { methodOf } from "../../../src/core/config/rankingConfig";
import { tierWithFloors } from "../../../src/core/scoring/assignTier";
import { groupPoints } from "../../../src/core/scoring/groupPoints";
import { LineStore, readLines } from "../../../src/core/scoring/lineColumns";
import { settled } from "../../../src/core/scoring/settled";
import type { Tier } from "../../../src/core/config/pointsSchemas";
import { applyAdjustments } from "../../../src/core/ranking/applyAdjustments";
import { pointsNeedMax } from "../../../src/core/scoring/pointsNeedMax";
import { ratioNeedsTarget } from "../../../src/core/scoring/ratioNeedsTarget";
import { commonMaxima } from "../scoring/commonMaxima";
import { checkRoster } from "../../../src/core/ranking/checkRoster";
import { standardSubtotals } from "../../../src/core/ranking/standardSubtotals";

const listingOrder = thenBy<VillageScore>(rankingOrder, byVillageName);

/**
 * Scores and ranks the villages (docs/scoring.md#scoring-and-ranking): shared ranks (1, 2, 2, 4), eligibility, prizes among eligible
 * villages with the tie flag. Villages are compared on one basis (see `oneBasis`); a village with nothing
 * scored is ranked last and not eligible (`report/nothing-scored`). A mandatory indicator other villages were scored on but a report leaves
 * out or leaves unscored counts as missed (see `markAbsentMandatory`). Villages come out in rank order, equal ones alphabetically. Two reports of
 * the same village are both ranked, named with their sheets (see `distinctVillageNames`). `findings`
 * holds `config/rule-matches-nothing` for each rule that matches no indicator of any report, located on
 * `configSource` (the "Cấu hình xếp hạng" sheet unless told otherwise).
 *
 * @example rankVillages(reports, defaultConfig(2024)).villages.map((v) => [v.village, v.rank, v.prize])
 * // [["Nà Lầu", 1, "Giải Nhất"], ["Khuôn Lùng", 2, "Giải Nhì"], …]
 */
export function rankVillages(
  reports: CheckedReport[],
  config: RankingConfig,
  configSource: { sheet: string; cellOf?: (ruleIndex: number) => string | null; adjustmentCell?: (index: number) => string | null } = { sheet: CONFIG_SHEET_NAME },
): Ranking {
  const ruleFor = rulesOf(config);
  // with method absent, scoring forms (points only) are ranked by points (docs/scoring.md#points-method)
  const method = config.method === undefined && reports.length > 0 && reports.every((report) => report.form === true) ? "points" : methodOf(config);
  const based = oneBasis(reports, ruleFor);
  // Points: one set of maximum points for every village ranked together (docs/scoring.md#points-method).
  const maxima = method === "points" ? commonMaxima(based.reports, ruleFor) : { reports: based.reports, findings: [] };
  const basis = { reports: maxima.reports, findings: maxima.findings.length === 0 ? based.findings : [...based.findings, ...maxima.findings] };
  const names = distinctVillageNames(basis.reports);
  // Every village's lines in one store (see LineStore): 2 000 villages × 60 indicators are 120 000 lines.
  let lineCount = 0;
  for (const report of basis.reports) lineCount += report.indicators.length;
  const store = new LineStore(lineCount);
  const scores = basis.reports.map((report, index) => {
    const score = scoreVillageWith(report, config, ruleFor, store);
    score.village = names[index];
    return score;
  });
  markAbsentMandatory(scores, config.indicators, ruleFor);
  const unscored = nothingScoredFindings(basis.reports, scores);
  // A points configuration with no maximum points anywhere would rank every village at 0.
  const problem = pointsNeedMax(reports, config, configSource.sheet) ?? ratioNeedsTarget(reports, config, configSource.sheet);
  if (problem !== null) {
    return { year: config.year, period: config.period, cap: config.cap, villages: [], findings: [problem], method, missing: [] };
  }
  const adjusted = applyAdjustments(scores, config.adjustments, { sheet: configSource.sheet, cellOf: configSource.adjustmentCell });
  if (config.tiers !== undefined) for (let index = 0; index < scores.length; index++) tierOf(scores[index], basis.reports[index], config.tiers);
  // A scoring form's standards each get a column of the ranking sheet (docs/outputs.md#the-ranking-sheet).
  if (method === "points") for (let index = 0; index < scores.length; index++) if (basis.reports[index].form === true) scores[index].standards = standardSubtotals(basis.reports[index], readLines(scores[index]));
  const roster = checkRoster(config.villages, scores, configSource.sheet);
  // A village the roster lists is shown as the commune writes it there ("Bản Piềng", not "Piềng").
  for (const score of scores) score.village = roster.spelled(score.village) ?? score.village;
  scores.sort(listingOrder);
  const ranks = sharedRanks(scores, rankingOrder);
  const awards = awardPrizes(scores, config.prizes);
  const rules = checkRules(config, indicatorNames(reports), configSource);
  // Every village's notes, joined when first read: a careless commune's own points may differ on every row.
  const findings = () => joined([basis.findings, unscored, rules, ...scores.map((score) => score.notes ?? []), adjusted, roster.findings]);
  return {
    year: config.year,
    period: config.period,
    cap: config.cap,
    villages: scores.map((score, index) => placed(score, ranks[index], awards[index])),
    get findings(): Finding[] {
      return settled(this, "findings", findings());
    },
    set findings(made: Finding[]) {
      settled(this, "findings", made);
    },
    ...(method === "points" ? { method } : {}),
    ...(config.villages === undefined ? {} : { missing: roster.missing }),
  };
}

/**
 * A village's tier (docs/scoring.md#tiers); a tier a standard's floor alone kept it from is `points/below-floor`
 * among its notes, at the standard's row where the report has one.
 */
function tierOf(score: VillageScore, report: CheckedReport, tiers: readonly Tier[]): void {
  const floors = tiers.some((tier) => tier.groupMinShare !== undefined);
  const lines = readLines(score);
  const { tier, missed } = tierWithFloors(score.score, lines, tiers, floors ? groupPoints(report, lines) : []);
  score.tier = tier;
  if (missed.length === 0) return;
  const notes = score.notes ?? [];
  for (const kept of missed) {
    const row = report.indicators.find((checked) => checked.indicator.path.length === 0 && checked.indicator.name === kept.group);
    notes.push(finding("points/below-floor", { sheet: report.sheet, cell: row === undefined || row.cell === "" ? null : row.cell, details: { village: score.village, ...kept } }));
  }
  score.notes = notes;
}

/**
 * The score becomes the ranked village: its rank, prize, amount and tie are added to it, after its own
 * keys as a copy would have them. The scores are this ranking's own, and a copy of each is slow to make.
 */
function placed(score: VillageScore, rank: number, award: Pick<RankedVillage, "prize" | "amount" | "tie">): RankedVillage {
  const village = score as RankedVillage;
  village.rank = rank;
  village.prize = award.prize;
  village.amount = award.amount;
  village.tie = award.tie;
  return village;
}

/** `report/nothing-scored` for a village with no line scored whose report did not already say so. */
function nothingScoredFindings(reports: readonly CheckedReport[], scores: readonly VillageScore[]): Finding[] {
  return reports.flatMap((report, index) => {
    if (!scores[index].nothingScored || report.findings.some((f) => f.code === "report/nothing-scored")) return [];
    return [finding("report/nothing-scored", { sheet: report.sheet, cell: null, details: { targetSheet: null, village: report.village } })];
  });
}

// One copy of every finding: the points method may note one per indicator of thousands of villages, too many to spread.
function joined(lists: readonly (readonly Finding[])[]): Finding[] {
  let length = 0;
  for (const list of lists) length += list.length;
  const all: Finding[] = new Array<Finding>(length);
  let at = 0;
  for (const list of lists) for (let index = 0; index < list.length; index++) all[at++] = list[index];
  return all;
}

// Reports of one template name their rows alike, in the same order: a name the previous report had on the same row is already known.
function indicatorNames(reports: readonly CheckedReport[]): string[] {
  const names = new Set<string>();
  let previous: readonly CheckedIndicator[] = [];
  for (const report of reports) {
    const rows = report.indicators;
    for (let index = 0; index < rows.length; index++) {
      const name = rows[index].indicator.name;
      if (index >= previous.length || previous[index].indicator.name !== name) names.add(name);
    }
    previous = rows;
  }
  return [...names];
}
