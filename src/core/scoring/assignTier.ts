import type { Tier } from "../config/pointsSchemas";
import type { ScoreLine } from "../model/ranking";
import { linesReader, type LineReader } from "./lineColumns";

/** A top-level group's points (a standard, a tiêu chí): what its criteria earned out of their maxima. */
export interface GroupPoints {
  group: string;
  earned: number;
  max: number;
}

/** A tier a group's floor kept a village from (docs/scoring.md#points-method "Minimums per standard"): the weakest group below it. */
export interface FloorMissed {
  tier: string;
  group: string;
  share: number;
  floor: number;
  max: number;
  /** Points the group lacked to reach the floor. */
  needed: number;
}

/**
 * A village's tier (xếp loại, docs/scoring.md#tiers): the first tier, best first, whose `min` is at most the score
 * and, with `minShare`, where every scored indicator earned at least that share — of its maximum points
 * (points method) or of full completion (ratio method: min(rᵢ, cap) ≥ minShare) — and, with
 * `groupMinShare`, where every top-level group of `groups` earned at least that share of its maximum.
 * Null: no tier holds.
 *
 * @example assignTier(92, lines, [{ name: "Xuất sắc", min: 90, minShare: 0.85 }, { name: "Tốt", min: 80 }]) // "Tốt" when one line is below 85 %
 */
export function assignTier(score: number, lines: readonly ScoreLine[], tiers: readonly Tier[], groups: readonly GroupPoints[] = []): string | null {
  return tierWithFloors(score, linesReader(lines), tiers, groups).tier;
}

/**
 * `assignTier` with the tiers a group's floor alone kept the village from, best first, each naming the
 * group furthest below that floor.
 *
 * @example tierWithFloors(92, linesReader(lines), [{ name: "Thôn văn hóa", min: 80, groupMinShare: 0.5 }], [{ group: "II", earned: 4, max: 10 }]).missed[0] // { tier: "Thôn văn hóa", group: "II", share: 0.4, floor: 0.5, max: 10, needed: 1 }
 */
export function tierWithFloors(score: number, lines: LineReader, tiers: readonly Tier[], groups: readonly GroupPoints[]): { tier: string | null; missed: FloorMissed[] } {
  const missed: FloorMissed[] = [];
  for (const tier of tiers) {
    if (tier.min !== undefined && score < tier.min) continue;
    if (tier.minShare !== undefined && !everyShareReaches(lines, tier.minShare - 1e-9)) continue;
    const below = tier.groupMinShare === undefined ? undefined : weakestBelow(groups, tier.groupMinShare);
    if (below === undefined) return { tier: tier.name, missed };
    missed.push({ tier: tier.name, group: below.group, share: round(below.earned / below.max, 4), floor: tier.groupMinShare!, max: below.max, needed: round(tier.groupMinShare! * below.max - below.earned, 2) });
  }
  return { tier: null, missed };
}

function weakestBelow(groups: readonly GroupPoints[], floor: number): GroupPoints | undefined {
  let weakest: GroupPoints | undefined;
  for (const group of groups) {
    if (group.max <= 0 || group.earned / group.max >= floor - 1e-9) continue;
    if (weakest === undefined || group.earned / group.max < weakest.earned / weakest.max) weakest = group;
  }
  return weakest;
}

function everyShareReaches(lines: LineReader, least: number): boolean {
  for (let index = 0; index < lines.length; index++) if (!(lines.share(index) >= least)) return false;
  return true;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
