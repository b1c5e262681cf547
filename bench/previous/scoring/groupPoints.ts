import type { ScoreLine } from "../../../src/core/model/ranking";
import type { CheckedReport } from "../../../src/core/model/report";
import { topGroupOf } from "../../../src/core/table/formTree";
import type { GroupPoints } from "./assignTier";

/**
 * Each top-level group's points (docs/scoring.md#points-method "Minimums per standard"): the earned points and maxima of the
 * lines under it, in the report's order; lines without points belong to no group.
 *
 * @example groupPoints(report, score.lines) // [{ group: "Đời sống kinh tế", earned: 18, max: 20 }, …]
 */
export function groupPoints(report: CheckedReport, lines: readonly ScoreLine[]): GroupPoints[] {
  const groupOf = new Map<string, string>();
  for (const checked of report.indicators) if (!groupOf.has(checked.indicator.id)) groupOf.set(checked.indicator.id, topGroupOf(checked.indicator));
  const groups = new Map<string, GroupPoints>();
  for (const line of lines) {
    if (line.points === undefined) continue;
    const name = groupOf.get(line.indicatorId) ?? line.name;
    const group = groups.get(name) ?? { group: name, earned: 0, max: 0 };
    group.earned += line.points.earned;
    group.max += line.points.max;
    groups.set(name, group);
  }
  return [...groups.values()];
}
