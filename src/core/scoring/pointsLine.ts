import { bandHolds, type Band } from "../config/pointsSchemas";
import type { RankingConfig } from "../config/rankingConfig";
import type { IndicatorKind, Value } from "../model/indicator";
import type { PointsLine } from "../model/ranking";
import type { RowPoints } from "../model/report";

export interface PointsInput {
  kind: IndicatorKind;
  /** Maximum points pᵢ. */
  max: number;
  /** Completion ratio rᵢ (before any cap). */
  ratio: number;
  actual: Value | null;
  row: RowPoints | undefined;
  /** Whether the indicator is met: its status (see `lineMet`), never the ratio alone. */
  met: boolean;
}

/**
 * One indicator's points (docs/scoring.md#points-method) with their explanation: the award (`proportional` pᵢ·min(rᵢ, 1),
 * `all-or-nothing` pᵢ when met, `full` pᵢ for any usable number or an achieved word), the first band on
 * 100·rᵢ that holds (`number` indicators with a usable value), clamped by `maxBonus` / `maxDeduction`,
 * the report's bonus and deduction columns; verified points, where written, replace all of it.
 *
 * @example pointsLine({ kind: "number", max: 10, ratio: 0.97, actual: 97, row: undefined, met: false }, { bands: [{ from: 95, below: 100, points: -1 }] })
 * // { award: 9.7, band: { index: 0, points: -1 }, bandPoints: -1, computed: 8.7, earned: 8.7, … }
 */
export function pointsLine(input: PointsInput, config: Pick<RankingConfig, "award" | "bands" | "maxBonus" | "maxDeduction">): PointsLine {
  return pointsOf(input.kind, input.max, input.ratio, input.actual, input.row, config, input.met);
}

/**
 * `pointsLine` with its input as arguments, for the ranking's loop over every indicator of every village:
 * the line is the only object it makes (the band that held is shared, see `firstBand`).
 *
 * @example pointsOf("number", 10, 0.97, 97, undefined, { bands: [{ from: 95, below: 100, points: -1 }] }, false).earned === 8.7
 */
export function pointsOf(
  kind: IndicatorKind,
  max: number,
  ratio: number,
  actual: Value | null,
  row: RowPoints | undefined,
  config: Pick<RankingConfig, "award" | "bands" | "maxBonus" | "maxDeduction">,
  met: boolean,
): PointsLine {
  const usable = actual !== null;
  const award = !usable ? 0 : awardOf(config.award ?? "proportional", kind, max, ratio, met);
  const completion = usable && kind === "number" ? clean(100 * ratio) : null;
  const band = completion === null || config.bands === undefined ? null : firstBand(config.bands, completion);
  const points = band === null ? 0 : band.points;
  const clamp = clampOf(points, config);
  const bandPoints = clamped(points, clamp, config);
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

/**
 * The points that count of `pointsOf`'s line (its `earned`), without making the line: ranking thousands of
 * villages asks it of every row, and a view makes the line itself only when it shows one.
 *
 * @example earnedOf("number", 10, 0.97, 97, undefined, { bands: [{ from: 95, below: 100, points: -1 }] }, false) === 8.7
 */
export function earnedOf(
  kind: IndicatorKind,
  max: number,
  ratio: number,
  actual: Value | null,
  row: RowPoints | undefined,
  config: Pick<RankingConfig, "award" | "bands" | "maxBonus" | "maxDeduction">,
  met: boolean,
): number {
  const verified = row?.verifiedPoints ?? null;
  if (verified !== null) return verified;
  const usable = actual !== null;
  const award = !usable ? 0 : awardOf(config.award ?? "proportional", kind, max, ratio, met);
  const band = !usable || kind !== "number" || config.bands === undefined ? null : firstBand(config.bands, clean(100 * ratio));
  const points = band === null ? 0 : band.points;
  return clean(award + clamped(points, clampOf(points, config), config) + (row?.bonus ?? 0) - Math.abs(row?.deduction ?? 0));
}

// Which of maxBonus / maxDeduction cuts a band's points, if any.
function clampOf(points: number, config: Pick<RankingConfig, "maxBonus" | "maxDeduction">): PointsLine["clamp"] {
  if (points > 0 && config.maxBonus !== undefined && points > config.maxBonus) return "maxBonus";
  if (points < 0 && config.maxDeduction !== undefined && -points > config.maxDeduction) return "maxDeduction";
  return null;
}

function clamped(points: number, clamp: PointsLine["clamp"], config: Pick<RankingConfig, "maxBonus" | "maxDeduction">): number {
  if (clamp === "maxBonus") return config.maxBonus!;
  if (clamp === "maxDeduction") return -config.maxDeduction!;
  return points;
}

function awardOf(award: NonNullable<RankingConfig["award"]>, kind: IndicatorKind, max: number, ratio: number, met: boolean): number {
  if (award === "all-or-nothing") return met ? max : 0;
  if (award === "full") return kind === "number" || met ? max : 0;
  return max * Math.min(ratio, 1);
}

/**
 * The first band that holds for a completion percentage, with its index. The answer for a band is one
 * object per list of bands, shared by every line it holds for: thousands of villages would otherwise
 * each get their own copy of the same two numbers.
 *
 * @example firstBand([{ below: 95, points: -2 }, { from: 95, below: 100, points: -1 }], 95) // { index: 1, points: -1 }
 */
export function firstBand(bands: readonly Band[], completion: number): { index: number; points: number } | null {
  for (let index = 0; index < bands.length; index++) if (bandHolds(bands[index], completion)) return bandAnswer(bands, index);
  return null;
}

type BandAnswer = Readonly<{ index: number; points: number }>;

const answersOf = new WeakMap<readonly Band[], BandAnswer[]>();

function bandAnswer(bands: readonly Band[], index: number): BandAnswer {
  let answers = answersOf.get(bands);
  if (answers === undefined) {
    answers = [];
    answersOf.set(bands, answers);
  }
  const known = answers[index];
  // A list edited in place (a configuration changed and ranked again) gets a new answer.
  if (known !== undefined && Object.is(known.points, bands[index].points)) return known;
  const answer = Object.freeze({ index, points: bands[index].points });
  answers[index] = answer;
  return answer;
}

// 9.7 + 0.1 is 9.799999…, 0.9499 × 100 is 94.99000000000001: points and percentages are written with a
// few decimals, so nine are plenty (and rounding is many times faster than toPrecision).
function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
