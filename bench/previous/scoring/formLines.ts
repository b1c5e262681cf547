import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import { finding, type Finding } from "../../../src/core/model/finding";
import type { PointsLine, ScoreLine } from "../../../src/core/model/ranking";
import type { CheckedIndicator, CheckedReport, RowPoints } from "../../../src/core/model/report";
import { parentRows, descendantsOf } from "../../../src/core/table/formTree";
import type { ResolvedRule } from "./resolveRules";

// Points are written to two decimals; a difference below half a hundredth is rounding.
const TOLERANCE = 0.005;
const SUMMED = ["maxPoints", "selfPoints", "verifiedPoints"] as const;

/**
 * The points of a scoring form (docs/scoring.md#points-method "Scoring forms"): the criteria (rows with no rows under them)
 * are the lines; each earns its verified points where filled, else its own points (`points/unverified`,
 * info), counted at most at its maximum (`points/over-maximum`); with neither it earns 0 and is
 * `value/missing`. An own score that differs from verified points is `points/self-differs`. A parent
 * (a standard, an item of sub-items) is never scored: where its written points differ from the sum of
 * its criteria it is `points/parent-total`. `total` is Σ earned over the criteria.
 *
 * @example formLines(report, config, ruleFor).total // 27
 */
export function formLines(
  report: CheckedReport,
  config: RankingConfig,
  ruleFor: (indicatorName: string) => ResolvedRule,
): { lines: ScoreLine[]; total: number; selfPoints: number | null; notes: Finding[]; mandatoryMissed: string[] } {
  const all = report.indicators;
  const parents = parentRows(all.map((checked) => checked.indicator));
  const lines: ScoreLine[] = [];
  const notes: Finding[] = [];
  const mandatoryMissed: string[] = [];
  let total = 0;
  let selfPoints: number | null = null;
  all.forEach((checked, index) => {
    if (parents.has(index)) {
      for (const f of parentTotals(report.sheet, all, index, parents)) notes.push(f);
      return;
    }
    if (!checked.scored) return;
    const { indicator } = checked;
    const rule = ruleFor(indicator.name);
    const about = { sheet: report.sheet, indicator: indicator.name, indicatorId: indicator.id };
    const max = rule.points ?? indicator.maxPoints ?? null;
    if (max === null) {
      notes.push(finding("points/missing", { ...about, cell: checked.cell === "" ? null : checked.cell }));
      return;
    }
    const line = criterionPoints(checked, max, about, notes);
    const met = line.earned >= max - TOLERANCE;
    if (!met && rule.mandatory) mandatoryMissed.push(indicator.name);
    const ratio = max > 0 ? line.earned / max : 1;
    lines.push({
      indicatorId: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      target: max,
      actual: line.earned,
      ratio,
      score: Math.min(ratio, config.cap),
      weight: rule.weight,
      mandatory: rule.mandatory,
      met,
      cell: line.verified !== null ? (line.verifiedCell ?? checked.cell) : (line.selfCell ?? checked.cell),
      points: line,
    });
    total += line.earned;
    if (line.self !== null) selfPoints = (selfPoints ?? 0) + line.self;
  });
  return { lines, total, selfPoints: selfPoints === null ? null : Math.round(selfPoints * 100) / 100, notes, mandatoryMissed };
}

type About = { sheet: string; indicator: string; indicatorId: string };

function criterionPoints(checked: CheckedIndicator, max: number, about: About, notes: Finding[]): PointsLine {
  const row = checked.points;
  const verified = row?.verifiedPoints ?? null;
  const self = row?.selfPoints ?? null;
  const selfCell = row?.cells.selfPoints ?? null;
  const verifiedCell = row?.cells.verifiedPoints ?? null;
  const written = verified ?? self;
  const cell = verified !== null ? verifiedCell : self !== null ? selfCell : (verifiedCell ?? selfCell ?? (checked.cell === "" ? null : checked.cell));
  // a criterion the commune's table has and the form leaves out is row/missing-indicator already
  if (written === null && row !== undefined) notes.push(finding("value/missing", { ...about, cell, details: { column: verifiedCell !== null ? "verifiedPoints" : "selfPoints" } }));
  if (verified === null && self !== null) notes.push(finding("points/unverified", { ...about, cell: selfCell, actual: self }));
  if (written !== null && written > max + TOLERANCE) notes.push(finding("points/over-maximum", { ...about, cell, expected: max, actual: written }));
  const earned = written === null ? 0 : Math.min(written, max);
  if (verified !== null && self !== null && Math.abs(self - earned) > TOLERANCE) {
    notes.push(finding("points/self-differs", { ...about, cell: selfCell, expected: round(earned), actual: self, details: { verified: true } }));
  }
  return { max, completion: null, award: earned, band: null, bandPoints: 0, clamp: null, bonus: 0, deduction: 0, computed: earned, verified, self, earned, selfCell, verifiedCell };
}

// A parent's written points in each column against the sum of its criteria in that column.
function parentTotals(sheet: string, all: readonly CheckedIndicator[], parent: number, parents: ReadonlySet<number>): Finding[] {
  const criteria = descendantsOf(all.map((checked) => checked.indicator), parent).filter((index) => !parents.has(index));
  const own = all[parent];
  const findings: Finding[] = [];
  for (const role of SUMMED) {
    const written = valueIn(own, role);
    const values = criteria.map((index) => valueIn(all[index], role)).filter((value): value is number => value !== null);
    if (written === null || values.length === 0) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    if (Math.abs(written - sum) <= TOLERANCE) continue;
    findings.push(
      finding("points/parent-total", {
        sheet,
        indicator: own.indicator.name,
        indicatorId: own.indicator.id,
        cell: own.points?.cells[role] ?? (own.cell === "" ? null : own.cell),
        expected: round(sum),
        actual: written,
        details: { column: role, rows: criteria.length },
      }),
    );
  }
  return findings;
}

function valueIn(checked: CheckedIndicator, role: (typeof SUMMED)[number]): number | null {
  const points: RowPoints | undefined = checked.points;
  return points?.[role] ?? null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
