import type { RankingConfig } from "../../../../src/core/config/rankingConfig";
import { SEVERITY_OF, finding, type Finding } from "../../../../src/core/model/finding";
import type { PointsLine, ScoreLine } from "../../../../src/core/model/ranking";
import type { CheckedIndicator, CheckedReport } from "../../../../src/core/model/report";
import { resolveRules, type ResolvedRule } from "../../../../src/core/scoring/resolveRules";
import { pointsLine } from "./pointsLine";

// Points are written to two decimals; a difference below half a hundredth is rounding.
const SELF_TOLERANCE = 0.005;

/**
 * The points of a village's scored lines (docs/scoring.md#points-method): each line gets its `points` explanation; a line
 * without maximum points (the rule's `points`, else the table's Điểm chuẩn) is dropped with
 * `points/missing`; each own score (Điểm tự chấm) that differs from the points that count by more than
 * 0,005 is `points/self-differs` at the own score's cell. `total` is Σ earned; `selfPoints` Σ own
 * points, null when the village wrote none.
 *
 * Thousands of villages give hundreds of thousands of lines, so each line and finding is written out
 * field by field: copying objects with `...` gives every copy a shape of its own, many times the memory.
 *
 * @example pointsOfLines(report, lines, config).total // 87.5
 */
export function pointsOfLines(
  report: CheckedReport,
  ratioLines: readonly ScoreLine[],
  config: RankingConfig,
  ruleFor: (indicatorName: string) => ResolvedRule = resolveRules(config.indicators),
): { lines: ScoreLine[]; total: number; selfPoints: number | null; notes: Finding[] } {
  const byId = checkedById(report);
  const lines: ScoreLine[] = [];
  const notes: Finding[] = [];
  let total = 0;
  let selfPoints: number | null = null;
  for (const line of ratioLines) {
    const checked = byId.get(line.indicatorId);
    const max = ruleFor(line.name).points ?? checked?.indicator.maxPoints ?? null;
    if (max === null) {
      notes.push(finding("points/missing", { sheet: report.sheet, indicator: line.name, indicatorId: line.indicatorId, cell: line.cell === "" ? null : line.cell }));
      continue;
    }
    const points = pointsLine({ kind: line.kind, max, ratio: line.ratio, actual: line.actual, row: checked?.points, met: line.met }, config);
    lines.push(withPoints(line, points));
    total += points.earned;
    if (points.self !== null) {
      selfPoints = (selfPoints ?? 0) + points.self;
      if (Math.abs(points.self - points.earned) > SELF_TOLERANCE) notes.push(selfDiffers(report.sheet, line, points, points.self));
    }
  }
  return { lines, total, selfPoints: selfPoints === null ? null : Math.round(selfPoints * 100) / 100, notes };
}

/** The report's rows by indicator id (a repeated id: the last row). */
function checkedById(report: CheckedReport): Map<string, CheckedIndicator> {
  const byId = new Map<string, CheckedIndicator>();
  for (const checked of report.indicators) byId.set(checked.indicator.id, checked);
  return byId;
}

// Every field of ScoreLine, written out (see above); a new optional field must be added here too.
function withPoints(line: ScoreLine, points: PointsLine): ScoreLine {
  return {
    indicatorId: line.indicatorId,
    name: line.name,
    kind: line.kind,
    target: line.target,
    actual: line.actual,
    ratio: line.ratio,
    score: line.score,
    weight: line.weight,
    mandatory: line.mandatory,
    met: line.met,
    cell: line.cell,
    points,
  };
}

function selfDiffers(sheet: string, line: ScoreLine, points: PointsLine, self: number): Finding {
  return {
    code: "points/self-differs",
    severity: SEVERITY_OF["points/self-differs"],
    sheet,
    indicator: line.name,
    indicatorId: line.indicatorId,
    cell: points.selfCell,
    expected: Math.round(points.earned * 100) / 100,
    actual: self,
    details: { verified: points.verified !== null },
  };
}
