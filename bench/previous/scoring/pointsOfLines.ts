import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import { SEVERITY_OF, finding, type Finding, type FindingFact } from "../../../src/core/model/finding";
import type { Indicator } from "../../../src/core/model/indicator";
import type { CheckedReport, RowPoints } from "../../../src/core/model/report";
import { LineColumns, LineStore } from "../../../src/core/scoring/lineColumns";
import { earnedOf } from "../../../src/core/scoring/pointsLine";
import { resolveRules, type ResolvedRule } from "../../../src/core/scoring/resolveRules";
import { scoreRow, type ScoredRow } from "./scoreIndicator";

// Points are written to two decimals; a difference below half a hundredth is rounding.
const SELF_TOLERANCE = 0.005;

/**
 * The points of a village's scored rows (docs/scoring.md#points-method): each row scored as `scoreIndicator` scores it, with
 * its `points` explanation; a row without maximum points (the rule's `points`, else the table's Điểm
 * chuẩn) is dropped with `points/missing`; each own score (Điểm tự chấm) that differs from the points
 * that count by more than 0,005 is `points/self-differs` at the own score's cell. `total` is Σ earned;
 * `selfPoints` Σ own points, null when the village wrote none; `mandatoryMissed` the mandatory indicators
 * not met, with or without points.
 *
 * Thousands of villages give hundreds of thousands of lines: they are kept as columns (see `LineColumns`),
 * each line's objects made only when a view reads it, and each finding written out field by field
 * (copying objects with `...` gives every copy a shape of its own). With `"self-differs later"`, a
 * village whose own points differ on any row gets `notesLater` instead of those findings: its notes are
 * this function's again, every note now, when something reads them (a careless village differs on every row).
 *
 * @example pointsOfLines(report, config).total // 87.5
 */
export function pointsOfLines(
  report: CheckedReport,
  config: RankingConfig,
  ruleFor: (indicatorName: string) => ResolvedRule = resolveRules(config.indicators),
  store: LineStore = new LineStore(report.indicators.length),
  later: "self-differs later" | "every note now" = "every note now",
): { lines: LineColumns; total: number; selfPoints: number | null; notes: Finding[]; mandatoryMissed: string[]; notesLater: boolean } {
  const lines = new LineColumns(store, report.indicators, ruleFor, config, true);
  const rows = report.indicators;
  const scored: ScoredRow = { target: 0, ratio: 0, met: false };
  const notes: Finding[] = [];
  const mandatoryMissed: string[] = [];
  let total = 0;
  // Σ own points, and whether any was written (a number and a flag: a number-or-null sum is boxed anew each line).
  let selfSum = 0;
  let selfWritten = false;
  let notesLater = false;
  for (let index = 0; index < rows.length; index++) {
    const checked = rows[index];
    const { indicator } = checked;
    const rule = ruleFor(indicator.name);
    if (!scoreRow(checked, rule, config, scored)) continue;
    const { ratio, met } = scored;
    if (!met && rule.mandatory) mandatoryMissed.push(indicator.name);
    // A row's points are its own: a repeated row is not scored, and never lends its points to the first.
    const max = rule.points ?? indicator.maxPoints ?? null;
    if (max === null) {
      notes.push(finding("points/missing", { sheet: report.sheet, indicator: indicator.name, indicatorId: indicator.id, cell: checked.cell === "" ? null : checked.cell }));
      continue;
    }
    const row = checked.points;
    const earned = earnedOf(indicator.kind, max, ratio, checked.actual, row, config, met);
    lines.add(index, ratio, rule.mandatory, met);
    lines.setPoints(max, earned);
    total += earned;
    const self = row?.selfPoints ?? null;
    if (self !== null) {
      selfSum += self;
      selfWritten = true;
      if (Math.abs(self - earned) > SELF_TOLERANCE) {
        if (later === "every note now") notes.push(selfDiffers(report.sheet, indicator, row!, earned, self));
        else notesLater = true;
      }
    }
  }
  return { lines, total, selfPoints: selfWritten ? Math.round(selfSum * 100) / 100 : null, notes, mandatoryMissed, notesLater };
}

// The two details a `points/self-differs` can have, shared: a ranking may give a hundred thousand of them.
const VERIFIED: Readonly<Record<string, FindingFact>> = Object.freeze({ verified: true });
const COMPUTED: Readonly<Record<string, FindingFact>> = Object.freeze({ verified: false });

function selfDiffers(sheet: string, indicator: Indicator, row: RowPoints, earned: number, self: number): Finding {
  return {
    code: "points/self-differs",
    severity: SEVERITY_OF["points/self-differs"],
    sheet,
    indicator: indicator.name,
    indicatorId: indicator.id,
    cell: row.cells.selfPoints ?? null,
    expected: Math.round(earned * 100) / 100,
    actual: self,
    details: (row.verifiedPoints ?? null) !== null ? VERIFIED : COMPUTED,
  };
}
