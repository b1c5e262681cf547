import type * as ExcelJS from "exceljs";
import type { SimState } from "./context";
import { ERROR_TEXT, simError } from "./errors";

/**
 * Sheets the simulated host refuses to work on, as real Excel sometimes does for one damaged or huge
 * sheet: every command reaching such a sheet by name fails its request with the given code, while the
 * list of sheets and every other sheet still work.
 */
const faults = new WeakMap<SimState, Map<string, string>>();

export function setSheetFault(state: SimState, sheet: string, code: string | null): void {
  const map = faults.get(state) ?? new Map<string, string>();
  if (code === null) map.delete(sheet.toLowerCase());
  else map.set(sheet.toLowerCase(), code);
  faults.set(state, map);
}

const TEXT: Record<string, string> = {
  GeneralException: "There was an internal error while processing the request.",
  ResponsePayloadSizeLimitExceeded: ERROR_TEXT.ResponsePayloadSizeLimitExceeded,
};

/** Fails the running command when `ws` is a refused sheet. */
export function assertNoFault(state: SimState, ws: ExcelJS.Worksheet | null): void {
  const code = ws ? faults.get(state)?.get(ws.name.toLowerCase()) : undefined;
  if (code) throw simError(code, TEXT[code] ?? code, "Worksheet", code === "GeneralException" ? 500 : 400);
}
