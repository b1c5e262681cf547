import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import { SEVERITY_OF, finding, type Finding, type FindingFact } from "../../../src/core/model/finding";
import type { Indicator } from "../../../src/core/model/indicator";
import type { PointsLine, ScoreLine } from "../../../src/core/model/ranking";
import type { CheckedReport } from "../../../src/core/model/report";
import { pointsOf } from "./pointsLine";
import { resolveRules, type ResolvedRule } from "../../../src/core/scoring/resolveRules";
import { lineMet, lineRatio, scoredTarget } from "./scoreIndicator";

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
 * Thousands of villages give hundreds of thousands of lines: each line is made once, whole, and each
 * finding written out field by field (copying objects with `...` gives every copy a shape of its own).
 *
 * @example pointsOfLines(report, config).total // 87.5
 */
export function pointsOfLines(
  report: CheckedReport,
  config: RankingConfig,
  ruleFor: (indicatorName: string) => ResolvedRule = resolveRules(config.indicators),
): { lines: ScoreLine[]; total: number; selfPoints: number | null; notes: Finding[]; mandatoryMissed: string[] } {
  const lines: ScoreLine[] = [];
  const notes: Finding[] = [];
  const mandatoryMissed: string[] = [];
  let total = 0;
  let selfPoints: number | null = null;
  for (const checked of report.indicators) {
    const { indicator } = checked;
    const rule = ruleFor(indicator.name);
    const target = scoredTarget(checked, rule, config);
    if (target === null) continue;
    const ratio = lineRatio(checked, rule, target, config);
    const met = lineMet(checked, rule, target);
    if (!met && rule.mandatory) mandatoryMissed.push(indicator.name);
    // A row's points are its own: a repeated row is not scored, and never lends its points to the first.
    const max = rule.points ?? indicator.maxPoints ?? null;
    if (max === null) {
      notes.push(finding("points/missing", { sheet: report.sheet, indicator: indicator.name, indicatorId: indicator.id, cell: checked.cell === "" ? null : checked.cell }));
      continue;
    }
    const points = pointsOf(indicator.kind, max, ratio, checked.actual, checked.points, config, met);
    // Every field of ScoreLine, written out (see above); a new optional field must be added here too.
    lines.push({
      indicatorId: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      target,
      actual: checked.actual,
      ratio,
      score: Math.min(ratio, config.cap),
      weight: rule.weight,
      mandatory: rule.mandatory,
      met,
      cell: checked.cell,
      points,
    });
    total += points.earned;
    if (points.self !== null) {
      selfPoints = (selfPoints ?? 0) + points.self;
      if (Math.abs(points.self - points.earned) > SELF_TOLERANCE) notes.push(selfDiffers(report.sheet, indicator, points, points.self));
    }
  }
  return { lines, total, selfPoints: selfPoints === null ? null : Math.round(selfPoints * 100) / 100, notes, mandatoryMissed };
}

// The two details a `points/self-differs` can have, shared: a ranking may give a hundred thousand of them.
const VERIFIED: Readonly<Record<string, FindingFact>> = Object.freeze({ verified: true });
const COMPUTED: Readonly<Record<string, FindingFact>> = Object.freeze({ verified: false });

function selfDiffers(sheet: string, indicator: Indicator, points: PointsLine, self: number): Finding {
  return {
    code: "points/self-differs",
    severity: SEVERITY_OF["points/self-differs"],
    sheet,
    indicator: indicator.name,
    indicatorId: indicator.id,
    cell: points.selfCell,
    expected: Math.round(points.earned * 100) / 100,
    actual: self,
    details: points.verified !== null ? VERIFIED : COMPUTED,
  };
}
