import type { RankingConfig } from "../config/rankingConfig";
import type { RankedVillage, ScoreLine } from "../model/ranking";
import type { CheckedReport } from "../model/report";
import { methodOf } from "../config/rankingConfig";
import { communeColumnNotes } from "./communeColumns";
import { formLines } from "./formLines";
import { pointsOfLines } from "./pointsOfLines";
import { rulesOf, type ResolvedRule } from "./resolveRules";
import { roundScore } from "./roundScore";
import { scoreRow, type ScoredRow } from "./scoreIndicator";
import { settled } from "./settled";
import type { Finding } from "../model/finding";
import { keptLines, LineColumns, LineStore, linesReader, madeLines, withLazyLines } from "./lineColumns";

export type VillageScore = Omit<RankedVillage, "rank" | "prize" | "amount" | "tie">;

/**
 * A village's score (docs/scoring.md#scoring-and-ranking) with its explanation: 100 × Σ wᵢ·min(rᵢ, cap) / Σ wᵢ over the scored
 * indicators, rounded to 2 decimals; the lines give each indicator's target, actual, ratio, capped score
 * and weight. A mandatory indicator (điểm liệt) not met makes the village ineligible for a prize; a
 * mandatory indicator absent from the report is not seen here; `rankVillages`, which sees every village,
 * counts it as missed.
 *
 * @example scoreVillage(report, defaultConfig(2024))
 * // { village: "Nà Lầu", score: 93.75, met: 5, scored: 6, eligible: true, lines: [ … ], … }
 */
export function scoreVillage(report: CheckedReport, config: RankingConfig): VillageScore {
  return scoreVillageWith(report, config, rulesOf(config));
}

/**
 * `scoreVillage` with the rules already resolved, so that ranking many villages folds each name once, and
 * the lines kept in `store`, one for every village ranked together (see `LineStore`).
 */
export function scoreVillageWith(
  report: CheckedReport,
  config: RankingConfig,
  ruleFor: (name: string) => ResolvedRule,
  store: LineStore = new LineStore(report.indicators.length),
): VillageScore {
  // a scoring form has points only: it is scored in points whatever the method (docs/scoring.md#points-method)
  return methodOf(config) === "points" || report.form === true ? scoreInPoints(report, config, ruleFor, store) : scoreInRatios(report, config, ruleFor, store);
}

/** The ratio method's score (docs/scoring.md#scoring-and-ranking), in one pass over the report's rows; the lines kept as columns (see `LineColumns`). */
function scoreInRatios(report: CheckedReport, config: RankingConfig, ruleFor: (name: string) => ResolvedRule, store: LineStore): VillageScore {
  const rows = report.indicators;
  const lines = new LineColumns(store, rows, ruleFor, config, false);
  const scored: ScoredRow = { target: 0, ratio: 0, met: false };
  const shortfalls: string[] = [];
  const mandatoryMissed: string[] = [];
  let weighted = 0;
  let weights = 0;
  let met = 0;
  for (let index = 0; index < rows.length; index++) {
    const checked = rows[index];
    const rule = ruleFor(checked.indicator.name);
    if (!scoreRow(checked, rule, config, scored)) continue;
    const { ratio, met: isMet } = scored;
    lines.add(index, ratio, rule.mandatory, isMet);
    weighted += rule.weight * Math.min(ratio, config.cap);
    weights += rule.weight;
    if (isMet) met += 1;
    else {
      shortfalls.push(checked.indicator.name);
      if (rule.mandatory) mandatoryMissed.push(checked.indicator.name);
    }
  }
  const score = weights > 0 ? roundScore((100 * weighted) / weights) : 0;
  // Nothing matched the targets, nothing had a target, or a sum overflowed: never a score to reward.
  const nothingScored = lines.length === 0 || !Number.isFinite(score) || saysNothingScored(report);
  return withLazyLines(
    {
      village: report.village,
      sheet: report.sheet,
      score: Number.isFinite(score) ? score : 0,
      met,
      scored: lines.length,
      errors: errorsOf(report),
      eligible: mandatoryMissed.length === 0 && !nothingScored,
      nothingScored,
      mandatoryMissed,
      shortfalls,
      get lines(): ScoreLine[] {
        return madeLines(this, lines);
      },
      set lines(made: ScoreLine[]) {
        keptLines(this, made);
      },
    },
    lines,
  );
}

/**
 * The points method's score (docs/scoring.md#points-method): Σ earned points of the lines that have maximum points; the
 * commune's columns in a village's report count only where the configuration says the commune filled them.
 */
function scoreInPoints(written: CheckedReport, config: RankingConfig, ruleFor: (name: string) => ResolvedRule, store: LineStore): VillageScore {
  // a scoring form's Điểm thẩm định is the commune's verification, which counts first (docs/scoring.md#points-method "Scoring forms")
  // The report is not copied: its rows are read with the commune columns left out where they must be.
  const counted = written.form === true ? { leftOut: false, notes: [] } : communeColumnNotes(written, config);
  const report = written;
  const scored =
    report.form === true ? { ...formLines(report, config, ruleFor), notesLater: false } : pointsOfLines(report, config, ruleFor, store, "self-differs later", counted.leftOut);
  const { lines, total, selfPoints, notes: lineNotes, mandatoryMissed, notesLater } = scored;
  const notes = counted.notes.length === 0 ? lineNotes : [...counted.notes, ...lineNotes];
  // Made when read: the notes of the same rows, with every points/self-differs.
  const allNotes = () => [...counted.notes, ...pointsOfLines(report, config, ruleFor, undefined, "every note now", counted.leftOut).notes];
  const read = lines instanceof LineColumns ? lines : linesReader(lines);
  let met = 0;
  const shortfalls: string[] = [];
  for (let index = 0; index < read.length; index++) {
    if (lines instanceof LineColumns ? lines.met(index) : lines[index].met) met += 1;
    else shortfalls.push(read.name(index));
  }
  // As in the ratio method: no line with points, a sum that overflowed or a report matching no target is never rewarded.
  const nothingScored = read.length === 0 || !Number.isFinite(total) || saysNothingScored(report);
  const score = Number.isFinite(total) ? roundScore(total) : 0;
  const errors = errorsOf(report);
  const eligible = mandatoryMissed.length === 0 && !nothingScored;
  if (!(lines instanceof LineColumns)) {
    return { village: report.village, sheet: report.sheet, score, met, scored: read.length, errors, eligible, nothingScored, mandatoryMissed, shortfalls, lines, selfPoints, notes };
  }
  if (notesLater) {
    return withLazyLines(
      {
        village: report.village,
        sheet: report.sheet,
        score,
        met,
        scored: read.length,
        errors,
        eligible,
        nothingScored,
        mandatoryMissed,
        shortfalls,
        get lines(): ScoreLine[] {
          return madeLines(this, lines);
        },
        set lines(made: ScoreLine[]) {
          keptLines(this, made);
        },
        selfPoints,
        get notes(): Finding[] {
          return settled(this, "notes", allNotes());
        },
        set notes(made: Finding[]) {
          settled(this, "notes", made);
        },
      },
      lines,
    );
  }
  return withLazyLines(
    {
      village: report.village,
      sheet: report.sheet,
      score,
      met,
      scored: read.length,
      errors,
      eligible,
      nothingScored,
      mandatoryMissed,
      shortfalls,
      get lines(): ScoreLine[] {
        return madeLines(this, lines);
      },
      set lines(made: ScoreLine[]) {
        keptLines(this, made);
      },
      selfPoints,
      notes,
    },
    lines,
  );
}

function saysNothingScored(report: CheckedReport): boolean {
  for (const f of report.findings) if (f.code === "report/nothing-scored") return true;
  return false;
}

function errorsOf(report: CheckedReport): number {
  let errors = 0;
  for (const f of report.findings) if (f.severity === "error") errors += 1;
  return errors;
}
