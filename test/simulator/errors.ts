/**
 * Errors shaped like the ones Office.js raises (`OfficeExtension.Error`, name "RichApi.Error"). Code reads
 * them by `name` and `code`, never by `instanceof`, because the simulator and the add-in may be bundled apart.
 */
export interface SimErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class SimRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly httpStatusCode: number;
  readonly debugInfo: SimErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** The runtime's own texts (docs/excel-adapter.md#proxies-and-batches, docs/reading-tables.md#values, docs/reading-tables.md#units-and-semantics). */
export const ERROR_TEXT = {
  PropertyNotLoaded: (prop: string) =>
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ShapeMismatch: "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  AccessDenied: "You cannot perform the requested operation.",
  InvalidOperation: "The operation is invalid for the object's current state.",
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  InvalidObjectPath: (path: string) =>
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ApiNotFound: (api: string, set: string) =>
    `The method or property ${api} is part of the ${set} requirement set, which is not available in your version of Excel.`,
} as const;

export function simError(code: keyof typeof ERROR_TEXT | string, message: string, location?: string, status = 400): SimRichApiError {
  return new SimRichApiError(code, message, location, status);
}

/** Excel.ErrorCodes as the runtime lists them (values are the codes themselves). */
export const EXCEL_ERROR_CODES: Record<string, string> = Object.fromEntries(
  [
    "AccessDenied", "ApiNotFound", "Conflict", "GeneralException", "InsufficientPermissions", "InvalidArgument",
    "InvalidBinding", "InvalidOperation", "InvalidOperationInCellEditMode", "InvalidReference",
    "InvalidRequest", "InvalidSelection", "ItemAlreadyExists", "ItemNotFound", "NotImplemented",
    "RequestAborted", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded",
    "ServiceNotAvailable", "Unauthenticated", "UnsupportedOperation", "ActivityLimitReached",
  ].map((code) => [code.charAt(0).toLowerCase() + code.slice(1), code]),
);
