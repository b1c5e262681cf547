import type { SheetCells } from "../core/model/cells";
import type { ExcelResult } from "./failure";
import { scanWorksheets, type ScanOptions } from "./scanWorksheets";

/**
 * Reads the named sheets for checking or ranking (see `scanWorksheets`: each within its table, in
 * bounded requests). Fails with the first sheet that could not be read, since every one is needed.
 *
 * @example await readWorksheets(["Thôn Nà Lầu", "Chỉ tiêu"]) → { ok: true, value: [SheetCells, SheetCells] }
 */
export async function readWorksheets(names: string[], options: ScanOptions = {}): Promise<ExcelResult<SheetCells[]>> {
  const scanned = await scanWorksheets(names, options);
  if (!scanned.ok) return scanned;
  const failed = scanned.value.find((s) => s.failure !== null);
  if (failed?.failure) return { ok: false, failures: failed.failure };
  // A value left unread far outside a table goes with its cells, for the check to name it (sheet/stray-values).
  return { ok: true, value: scanned.value.map((s) => (s.outside ? { ...(s.cells as SheetCells), outside: s.outside.address } : (s.cells as SheetCells))) };
}
