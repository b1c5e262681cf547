import type { Result } from "../core/model/cells";

/** Why an Excel operation could not be done; `describeFailure` turns it into words for staff. */
export interface ExcelFailure {
  code:
    | "protected"
    | "workbook-protected"
    | "read-only"
    | "inactive-workbook"
    | "cell-edit"
    | "sheet-missing"
    | "too-large"
    | "too-many-cells"
    | "too-many-highlights"
    | "highlights-lost"
    | "unsupported"
    | "unsupported-feature"
    | "invalid-name"
    | "busy"
    | "cancelled"
    | "unknown";
  /** The sheet concerned, when one is. */
  sheet: string | null;
  /** The host's own code and message, for support; not shown as the main message. */
  detail: string;
}

export type ExcelResult<T> = Result<T, ExcelFailure>;

/** A failure the adapter finds itself (a bad name, a missing API) before or between requests. */
export class ExcelFailureError extends Error {
  constructor(readonly failure: ExcelFailure) {
    super(failure.detail);
  }
}

const BY_OFFICE_CODE: Record<string, ExcelFailure["code"]> = {
  AccessDenied: "protected",
  InsufficientPermissions: "protected",
  InvalidOperationInCellEditMode: "cell-edit",
  ItemNotFound: "sheet-missing",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  InactiveWorkbook: "inactive-workbook",
  RangeExceedsLimit: "too-many-cells",
  OperationCellsExceedLimit: "too-many-cells",
  MemoryLimitReached: "too-many-cells",
  UnsupportedFeature: "unsupported-feature",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
  ItemAlreadyExists: "invalid-name",
  Conflict: "busy",
  ActivityLimitReached: "busy",
  ServiceNotAvailable: "busy",
  RequestAborted: "busy",
};

/** Where Excel reports a refused change to the workbook's structure. */
const STRUCTURE = /^(WorksheetCollection\.add|Worksheet\.(delete|name|position|visibility|copy))\b/;

/**
 * Maps anything an Office call threw to a typed failure. Office errors are read by their `code`
 * (never `instanceof`: Office.js and the add-in are separate bundles).
 *
 * @example toFailure({ name: "RichApi.Error", code: "AccessDenied", message: "…" }, "Xếp hạng")
 *   → { code: "protected", sheet: "Xếp hạng", detail: "AccessDenied: …" }
 */
export function toFailure(error: unknown, sheet: string | null): ExcelFailure {
  if (error instanceof ExcelFailureError) return error.failure;
  const e = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown; debugInfo?: { errorLocation?: unknown } };
  const message = typeof e.message === "string" ? e.message : String(error);
  if (typeof e.code === "string") {
    let code = BY_OFFICE_CODE[e.code] ?? "unknown";
    // Adding, deleting, renaming or moving a sheet is refused by the workbook's structure protection,
    // never by a sheet's: Review › Unprotect Sheet would not help.
    const where = typeof e.debugInfo?.errorLocation === "string" ? e.debugInfo.errorLocation : "";
    if ((code === "protected" || e.code === "InvalidOperation") && STRUCTURE.test(where)) code = "workbook-protected";
    // A workbook opened read-only refuses every write; Excel's code does not say so, the document's mode does.
    if ((code === "protected" || code === "unknown") && documentReadOnly()) return { code: "read-only", sheet, detail: `${e.code}: ${message}` };
    return { code, sheet, detail: `${e.code}: ${message}` };
  }
  // Outside Office (no Excel global), nothing can be done in a workbook.
  if (e.name === "ReferenceError" && /\b(Excel|Office)\b/.test(message)) {
    return { code: "unsupported", sheet, detail: message };
  }
  return { code: "unknown", sheet, detail: message };
}

export function failure(code: ExcelFailure["code"], sheet: string | null, detail: string): ExcelFailureError {
  return new ExcelFailureError({ code, sheet, detail });
}

/** Whether Office opened the document read-only (`Office.context.document.mode`). */
export function documentReadOnly(): boolean {
  try {
    return typeof Office !== "undefined" && String(Office.context?.document?.mode) === "readOnly";
  } catch {
    return false;
  }
}
