import type { TableHeader } from "./findHeader";

export type Layout = "targets" | "report" | "consolidated";

/**
 * The layout a header gives its table: an actual column makes a report, village columns a consolidated
 * sheet, a target column alone a target sheet.
 *
 * @example layoutOf(findHeader(grid)!) === "targets"
 */
export function layoutOf(header: TableHeader): Layout | null {
  if (header.columns.actual !== null) return "report";
  if (header.villages.length > 0) return "consolidated";
  if (header.columns.target !== null) return "targets";
  return null;
}
