import { useState } from "react";
import type { WorkbookScan } from "./actions/findSheets";

/**
 * Calls `apply` with each new scan of the workbook during the render that first sees it, so a view's
 * choices (sheets chosen, results about sheets since deleted) follow the workbook without a stale frame.
 *
 * @example useScanChange(pane.scan, (found) => setChecked((c) => (c && !has(found, c.sheet) ? null : c)));
 */
export function useScanChange(scan: WorkbookScan | null, apply: (scan: WorkbookScan) => void): void {
  const [seen, setSeen] = useState<WorkbookScan | null>(null);
  if (scan !== seen) {
    setSeen(scan);
    if (scan) apply(scan);
  }
}

/** Whether the scanned workbook still has a sheet of that name. */
export function hasSheet(scan: WorkbookScan, name: string): boolean {
  return scan.sheets.some((s) => s.name === name);
}
