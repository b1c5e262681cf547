import type { Tier } from "../config/pointsSchemas";
import type { CheckedReport } from "../model";
import type { ScoreLine } from "../model/ranking";
import { tierWithFloors } from "../scoring/assignTier";
import { groupPoints } from "../scoring/groupPoints";
import { readLines } from "../scoring/lineColumns";
import type { VillageScore } from "../scoring/scoreVillage";
import { topGroupOf } from "../table/formTree";

/** A criterion of a unit's form as the pane lists it: its maximum, own and verified points, and what counts. */
export interface FormCriterionRow {
  tt: string;
  name: string;
  /** 0: directly under its standard; 1: a sub-item (4.1 under 4). */
  depth: number;
  max: number;
  own: number | null;
  verified: number | null;
  earned: number;
  /** The cell of the points that count, to select it. */
  cell: string;
}

/** A floor a standard is below: the tier whose `groupMinShare` it misses and the points it lacks. */
export interface StandardFloor {
  tier: string;
  floor: number;
  needed: number;
}

/** A standard (tiêu chuẩn, tiêu chí) of the form: its subtotals and the floors it is below. */
export interface FormStandard {
  tt: string;
  name: string;
  max: number;
  /** Σ own points, null when the unit wrote none under it. */
  own: number | null;
  /** Σ points that count (verified, else own). */
  earned: number;
  criteria: FormCriterionRow[];
  below: StandardFloor[];
}

/** A unit's filled form as the check shows it (docs/pane.md#scoring-forms). */
export interface FormScoring {
  standards: FormStandard[];
  /** The tier the unit would get; undefined without tiers in the configuration. */
  tier?: string | null;
  /** Criteria counted with the unit's own points, not verified yet. */
  unverified: number;
}

/**
 * A unit's form by standard (docs/pane.md#scoring-forms): each criterion with maximum, own and verified points
 * under its standard, the standard's subtotals and, with tiers that set a floor per standard
 * (`groupMinShare`), each floor it is below and by how many points.
 *
 * @example formScoring(report, score, [{ name: "Thôn văn hóa", min: 80, groupMinShare: 0.5 }]).standards[3].below
 *   // [{ tier: "Thôn văn hóa", floor: 0.5, needed: 0.5 }]
 */
export function formScoring(report: CheckedReport, score: VillageScore, tiers: readonly Tier[] | undefined): FormScoring {
  const lineOf = new Map<string, ScoreLine>();
  for (const line of score.lines) if (line.points !== undefined) lineOf.set(line.indicatorId, line);
  const standards = new Map<string, FormStandard>();
  let unverified = 0;
  for (const { indicator } of report.indicators) {
    const group = topGroupOf(indicator);
    if (indicator.path.length === 0) {
      standards.set(group, { tt: indicator.tt, name: indicator.name, max: indicator.maxPoints ?? 0, own: null, earned: 0, criteria: [], below: [] });
    }
    const line = lineOf.get(indicator.id);
    const standard = standards.get(group);
    if (line?.points === undefined || standard === undefined) continue;
    const { points } = line;
    if (points.verified === null) unverified += 1;
    standard.criteria.push({
      tt: indicator.tt,
      name: indicator.name,
      depth: Math.max(0, indicator.path.length - 1),
      max: points.max,
      own: points.self,
      verified: points.verified,
      earned: points.earned,
      cell: points.verifiedCell ?? points.selfCell ?? line.cell,
    });
  }
  const shown = [...standards.values()].filter((standard) => standard.criteria.length > 0);
  for (const standard of shown) {
    standard.max = round(standard.criteria.reduce((sum, c) => sum + c.max, 0));
    standard.earned = round(standard.criteria.reduce((sum, c) => sum + c.earned, 0));
    standard.own = standard.criteria.every((c) => c.own === null) ? null : round(standard.criteria.reduce((sum, c) => sum + (c.own ?? 0), 0));
    standard.below = floorsBelow(standard, tiers ?? []);
  }
  const tier = tiers === undefined || tiers.length === 0 ? undefined : tierWithFloors(score.score, readLines(score), tiers, groupPoints(report, readLines(score))).tier;
  return { standards: shown, ...(tier === undefined ? {} : { tier }), unverified };
}

function floorsBelow(standard: FormStandard, tiers: readonly Tier[]): StandardFloor[] {
  return tiers.flatMap((tier) => {
    const floor = tier.groupMinShare;
    if (floor === undefined || standard.max <= 0 || standard.earned / standard.max >= floor - 1e-9) return [];
    return [{ tier: tier.name, floor, needed: round(floor * standard.max - standard.earned) }];
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
