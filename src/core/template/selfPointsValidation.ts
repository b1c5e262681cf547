import type { RankingConfig } from "../config/rankingConfig";
import type { IndicatorKind } from "../model/indicator";
import type { ValidationModel } from "../model/sheetModel";
import { formatNumberVi } from "../values/formatNumberVi";

/** What the points method's configuration lets a village's own points reach beyond 0..Điểm chuẩn. */
export type PointsScale = Pick<RankingConfig, "bands" | "maxBonus" | "maxDeduction">;

/**
 * The range an indicator's own points (Điểm tự chấm) can take under the points method (docs/scoring.md#points-method):
 * 0 to the maximum points, widened for a `number` indicator by the largest band bonus (up to `maxBonus`)
 * above and the largest band deduction (up to `maxDeduction`) below; pass, occurrence and rating
 * indicators have no bands.
 *
 * @example selfPointsRange(10, "number", { bands: [{ below: 95, points: -2 }, { from: 120, points: 2 }] }) // { min: -2, max: 12 }
 */
export function selfPointsRange(max: number, kind: IndicatorKind, scale: PointsScale): { min: number; max: number } {
  const bands = kind === "number" ? (scale.bands ?? []) : [];
  const bonus = Math.max(0, ...bands.map((band) => band.points));
  const deduction = Math.max(0, ...bands.map((band) => -band.points));
  const up = scale.maxBonus === undefined ? bonus : Math.min(bonus, scale.maxBonus);
  const down = scale.maxDeduction === undefined ? deduction : Math.min(deduction, scale.maxDeduction);
  return { min: clean(-down), max: clean(max + up) };
}

/**
 * The data validation of an indicator's Điểm tự chấm cell, with its Vietnamese messages: a number in
 * `selfPointsRange`. `range` is filled in by the caller.
 *
 * @example selfPointsValidation(10, "pass", {}).rule // { type: "decimal", min: 0, max: 10 }
 */
export function selfPointsValidation(max: number, kind: IndicatorKind, scale: PointsScale): Omit<ValidationModel, "range"> {
  const range = selfPointsRange(max, kind, scale);
  const from = formatNumberVi(range.min);
  const to = formatNumberVi(range.max);
  const widened = range.max > max || range.min < 0 ? ` (điểm chuẩn ${formatNumberVi(max)}, cộng hoặc trừ điểm theo mức hoàn thành)` : "";
  return {
    rule: { type: "decimal", min: range.min, max: range.max },
    prompt: { title: "Điểm tự chấm", message: `Ghi số điểm thôn tự chấm, từ ${from} đến ${to}${widened}.`.slice(0, 255) },
    error: { title: "Điểm tự chấm không hợp lệ", message: `Điểm tự chấm phải là một số từ ${from} đến ${to}${widened}; không ghi chữ vào ô.`.slice(0, 255) },
  };
}

// Sums of decimals (9.7 + 0.3) are kept to the hundredths points are written in.
function clean(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
