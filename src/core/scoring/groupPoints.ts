import type { CheckedReport } from "../model/report";
import { topGroupOf } from "../table/formTree";
import type { GroupPoints } from "./assignTier";
import type { LineReader } from "./lineColumns";

/**
 * Each top-level group's points (docs/scoring.md#points-method "Minimums per standard"): the earned points and maxima of the
 * lines under it, in the report's order; lines without points belong to no group.
 *
 * @example groupPoints(report, readLines(score)) // [{ group: "Đời sống kinh tế", earned: 18, max: 20 }, …]
 */
export function groupPoints(report: CheckedReport, lines: LineReader): GroupPoints[] {
  const groupOf = new Map<string, string>();
  for (const checked of report.indicators) if (!groupOf.has(checked.indicator.id)) groupOf.set(checked.indicator.id, topGroupOf(checked.indicator));
  const groups = new Map<string, GroupPoints>();
  for (let index = 0; index < lines.length; index++) {
    const earned = lines.earned(index);
    const max = lines.max(index);
    if (earned === null || max === null) continue;
    const name = groupOf.get(lines.indicatorId(index)) ?? lines.name(index);
    const group = groups.get(name) ?? { group: name, earned: 0, max: 0 };
    group.earned += earned;
    group.max += max;
    groups.set(name, group);
  }
  return [...groups.values()];
}
