import type { StandardPoints } from "../model/ranking";
import type { CheckedReport } from "../model/report";
import { groupPoints } from "../scoring/groupPoints";
import type { LineReader } from "../scoring/lineColumns";

/**
 * A scoring form's subtotal per top-level standard (docs/scoring.md#minimums-per-standard), with the
 * TT its row carries ("I", "II"), rounded to 2 decimals, in the form's order.
 *
 * @example standardSubtotals(form, readLines(score)) // [{ tt: "I", name: "Đời sống kinh tế", earned: 18.5, max: 20 }, …]
 */
export function standardSubtotals(report: CheckedReport, lines: LineReader): StandardPoints[] {
  return groupPoints(report, lines).map((group) => {
    const row = report.indicators.find((checked) => checked.indicator.path.length === 0 && checked.indicator.name === group.group);
    const tt = row?.indicator.tt.trim() ?? "";
    return { tt: tt === "" ? null : tt, name: group.group, earned: round(group.earned), max: round(group.max) };
  });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
