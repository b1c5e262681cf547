import type { TableHeader } from "./findHeader";
import { hasUnitPoints, isScoringForm } from "./scoringForm";

export type Layout = "targets" | "report" | "consolidated";

/**
 * The layout a header gives its table: an actual column makes a report, village columns a consolidated
 * sheet, a target column alone a target sheet; a scoring form (points columns only, docs/scoring.md#points-method) is a report
 * when it has own or verified points columns, else the commune's table of maxima.
 *
 * @example layoutOf(findHeader(grid)!) === "targets"
 */
export function layoutOf(header: TableHeader): Layout | null {
  if (header.columns.actual !== null) return "report";
  if (header.villages.length > 0) return "consolidated";
  if (header.columns.target !== null) return "targets";
  if (isScoringForm(header)) return hasUnitPoints(header) ? "report" : "targets";
  return null;
}
