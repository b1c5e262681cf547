import type { RankingConfig } from "../config/rankingConfig";
import { finding, type Finding } from "../model/finding";
import type { ScoreLine } from "../model/ranking";
import type { CheckedReport } from "../model/report";
import { resolveRules, type ResolvedRule } from "./resolveRules";
import { pointsLine } from "./pointsLine";

// Points are written to two decimals; a difference below half a hundredth is rounding.
const SELF_TOLERANCE = 0.005;

/**
 * The points of a village's scored lines (SPEC §6.1): each line gets its `points` explanation; a line
 * without maximum points (the rule's `points`, else the table's Điểm chuẩn) is dropped with
 * `points/missing`; each own score (Điểm tự chấm) that differs from the points that count by more than
 * 0,005 is `points/self-differs` at the own score's cell. `total` is Σ earned; `selfPoints` Σ own
 * points, null when the village wrote none.
 *
 * @example pointsOfLines(report, lines, config).total // 87.5
 */
export function pointsOfLines(
  report: CheckedReport,
  ratioLines: readonly ScoreLine[],
  config: RankingConfig,
  ruleFor: (indicatorName: string) => ResolvedRule = resolveRules(config.indicators),
): { lines: ScoreLine[]; total: number; selfPoints: number | null; notes: Finding[] } {
  const byId = new Map(report.indicators.map((checked) => [checked.indicator.id, checked]));
  const lines: ScoreLine[] = [];
  const notes: Finding[] = [];
  let total = 0;
  let selfPoints: number | null = null;
  for (const line of ratioLines) {
    const checked = byId.get(line.indicatorId);
    const max = ruleFor(line.name).points ?? checked?.indicator.maxPoints ?? null;
    const about = { sheet: report.sheet, indicator: line.name, indicatorId: line.indicatorId };
    if (max === null) {
      notes.push(finding("points/missing", { ...about, cell: line.cell === "" ? null : line.cell }));
      continue;
    }
    const points = pointsLine({ kind: line.kind, max, ratio: line.ratio, actual: line.actual, row: checked?.points }, config);
    lines.push({ ...line, points });
    total += points.earned;
    if (points.self !== null) {
      selfPoints = (selfPoints ?? 0) + points.self;
      if (Math.abs(points.self - points.earned) > SELF_TOLERANCE) {
        notes.push(
          finding("points/self-differs", {
            ...about,
            cell: points.selfCell,
            expected: Math.round(points.earned * 100) / 100,
            actual: points.self,
            details: { verified: points.verified !== null },
          }),
        );
      }
    }
  }
  return { lines, total, selfPoints: selfPoints === null ? null : Math.round(selfPoints * 100) / 100, notes };
}
