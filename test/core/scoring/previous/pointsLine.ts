import { bandHolds, type Band } from "../../../../src/core/config/pointsSchemas";
import type { RankingConfig } from "../../../../src/core/config/rankingConfig";
import type { IndicatorKind, Value } from "../../../../src/core/model/indicator";
import type { PointsLine } from "../../../../src/core/model/ranking";
import type { RowPoints } from "../../../../src/core/model/report";

export interface PointsInput {
  kind: IndicatorKind;
  /** Maximum points pᵢ. */
  max: number;
  /** Completion ratio rᵢ (before any cap). */
  ratio: number;
  actual: Value | null;
  row: RowPoints | undefined;
  /** Whether the indicator is met (its status). */
  met: boolean;
}

/**
 * One indicator's points (docs/scoring.md#points-method) with their explanation: the award (`proportional` pᵢ·min(rᵢ, 1),
 * `all-or-nothing` pᵢ when met, `full` pᵢ for any usable number or an achieved word), the first band on
 * 100·rᵢ that holds (`number` indicators with a usable value), clamped by `maxBonus` / `maxDeduction`,
 * the report's bonus and deduction columns; verified points, where written, replace all of it.
 *
 * @example pointsLine({ kind: "number", max: 10, ratio: 0.97, actual: 97, row: undefined }, { bands: [{ from: 95, below: 100, points: -1 }] })
 * // { award: 9.7, band: { index: 0, points: -1 }, bandPoints: -1, computed: 8.7, earned: 8.7, … }
 */
export function pointsLine(input: PointsInput, config: Pick<RankingConfig, "award" | "bands" | "maxBonus" | "maxDeduction">): PointsLine {
  const { kind, max, ratio, actual, row, met } = input;
  const usable = actual !== null;
  const award = !usable ? 0 : awardOf(config.award ?? "proportional", kind, max, ratio, met);
  const completion = usable && kind === "number" ? clean(100 * ratio) : null;
  const band = completion === null ? null : firstBand(config.bands ?? [], completion);
  const { bandPoints, clamp } = clamped(band?.points ?? 0, config);
  const bonus = row?.bonus ?? 0;
  const deduction = Math.abs(row?.deduction ?? 0);
  const computed = clean(award + bandPoints + bonus - deduction);
  const verified = row?.verifiedPoints ?? null;
  return {
    max,
    completion,
    award: clean(award),
    band,
    bandPoints,
    clamp,
    bonus,
    deduction,
    computed,
    verified,
    self: row?.selfPoints ?? null,
    earned: verified ?? computed,
    selfCell: row?.cells.selfPoints ?? null,
    verifiedCell: row?.cells.verifiedPoints ?? null,
  };
}

function awardOf(award: NonNullable<RankingConfig["award"]>, kind: IndicatorKind, max: number, ratio: number, met: boolean): number {
  if (award === "all-or-nothing") return met ? max : 0;
  if (award === "full") return kind === "number" || met ? max : 0;
  return max * Math.min(ratio, 1);
}

/**
 * The first band that holds for a completion percentage, with its index.
 *
 * @example firstBand([{ below: 95, points: -2 }, { from: 95, below: 100, points: -1 }], 95) // { index: 1, points: -1 }
 */
export function firstBand(bands: readonly Band[], completion: number): { index: number; points: number } | null {
  for (let index = 0; index < bands.length; index++) if (bandHolds(bands[index], completion)) return { index, points: bands[index].points };
  return null;
}

function clamped(points: number, config: Pick<RankingConfig, "maxBonus" | "maxDeduction">): Pick<PointsLine, "bandPoints" | "clamp"> {
  if (points > 0 && config.maxBonus !== undefined && points > config.maxBonus) return { bandPoints: config.maxBonus, clamp: "maxBonus" };
  if (points < 0 && config.maxDeduction !== undefined && -points > config.maxDeduction) return { bandPoints: -config.maxDeduction, clamp: "maxDeduction" };
  return { bandPoints: points, clamp: null };
}

// 9.7 + 0.1 is 9.799999…, 0.9499 × 100 is 94.99000000000001: points and percentages are written with a
// few decimals, so nine are plenty (and rounding is many times faster than toPrecision).
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
