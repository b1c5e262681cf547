/**
 * Excel on the web's side of the XDM conversation with the add-in's iframe (docs/excel-adapter.md#the-handshake):
 * the app context (requirement matrix, display language, document settings), event registrations,
 * RichApi requests (dispid 93, handed to the ProcessQuery interpreter) and settings saves (dispid 76).
 * It counts every round trip and its bytes, answers 5103 above the 5 MB request limit and 5104 above
 * the response limit, and records whatever it does not implement.
 */
import type { SimState } from "../simulator/context";
import { ProcessQueryInterpreter, type RequestBody, type ResponseBody } from "./processQuery";

export interface XdmHostOptions {
  /** ExcelApi level the host declares, as a string ("1.10" is not "1.1"). */
  apiLevel: string;
  /** Office's display language, e.g. "vi-VN". */
  displayLanguage: string;
  conversationId: string;
  controlId: string;
  /** Origin of the add-in's page: messages from anywhere else are ignored. */
  paneOrigin: string;
  /** Excel on the web's request and response limit in bytes. */
  payloadLimitBytes?: number;
  /** Called after each request that may have changed the workbook (to redraw it). */
  onChange?: () => void;
  /** Real Excel's behaviours the test turns on (see `HostBehaviour`); shared, so they can change mid-test. */
  behaviour?: HostBehaviour;
}

/**
 * What real Excel does that the emulator models on demand (docs/excel-adapter.md#limits-and-errors), each set by the test:
 * - `cellEditAtRequest`: the user starts editing a cell just before that RichApi request (1 = the next),
 *   or (`cellEditAfter`) just before the request that follows one asking a given thing;
 *   until `endCellEdit`, a request without `delayForCellEdit` (flag 64) fails with 5004
 *   (`InvalidOperationInCellEditMode`) and one with it waits;
 * - `errorAtRequest`: that request and the `times - 1` after it are answered with a RichApi error of that
 *   code (`InactiveWorkbook`, `RangeExceedsLimit`…) before any of their actions runs;
 * - `readOnly`: the document is open read-only (`_clientMode` 0 in the app context) and every request
 *   carrying a write (flag 1) is refused with `AccessDenied`;
 * - `addressLimit`: a `getRanges` address longer than this many characters fails with `InvalidArgument`;
 * - `settingsLimit`: the add-in's settings may not pass this many characters in total (`InvalidArgument`
 *   from `SettingCollection.add`, a failed `saveAsync` for document settings);
 * - `cellLimit`: a request whose `getRange` / `getRanges` addresses reach more than `cells` cells in total,
 *   or one `getRanges` address of more than `areas` areas, fails there with `code` (Excel refusing a
 *   request for its size: `OperationCellsExceedLimit`, `RangeExceedsLimit`, or `InvalidArgument`);
 * - `zoomIgnored`: print zooms of these kinds ("fit": `horizontalFitToPages` / `verticalFitToPages`,
 *   "scale") are accepted without error and not kept, as Excel keeps fit-to-pages only once its Page
 *   Layout tab has been shown (office-js #1860).
 */
export interface HostBehaviour {
  cellEditAtRequest: number | null;
  /** Cell editing starts just before the request that follows one with a summary line matching this pattern ("^Set .*\\.Values$"). */
  cellEditAfter: string | null;
  errorAtRequest: { at: number; code: string; times: number } | null;
  readOnly: boolean;
  addressLimit: number;
  settingsLimit: number;
  /** `from`: the limit holds from that RichApi request of the conversation on (`on` is set per request). */
  cellLimit?: { cells: number; areas: number; code: string; from?: number; on?: boolean } | null;
  zoomIgnored?: ("fit" | "scale")[];
}

/** Excel on the web's defaults: no cell editing, no refusals, `getRanges` up to about 8 200 characters (office-js #5198), settings about 2 MB. */
export function defaultBehaviour(): HostBehaviour {
  return { cellEditAtRequest: null, cellEditAfter: null, errorAtRequest: null, readOnly: false, addressLimit: 8_200, settingsLimit: 2_000_000 };
}

/** RichApi request flags office.js sends (docs/excel-adapter.md#richapi-requests-on-the-wire). */
const FLAG_WRITE = 1;
const FLAG_DELAY_FOR_CELL_EDIT = 64;
const OOE_CELL_EDIT = 5004;

/** One RichApi round trip, as measured on the wire. */
export interface WireRequest {
  /** UTF-8 bytes of the ProcessQuery body office.js sent. */
  bytes: number;
  responseBytes: number;
  actions: number;
  /** The error code the host answered (RichApi code or "5103"), or null. */
  error: string | null;
  /** "IterativeExecutor" for Excel.run, "WacPartition" for office.js's own services. */
  kind: string;
  /** What the request asked, as "Method GetRange", "Query Values"…, for reading a trace. */
  summary: string[];
  /** The request waited for cell editing to end (it came with `delayForCellEdit`). */
  waited?: boolean;
}

export interface XdmHost {
  readonly requests: WireRequest[];
  readonly settingsSaves: number;
  readonly unimplemented: string[];
  readonly log: unknown[];
  /** Requirement sets as the app context declares them. */
  readonly requirementMatrix: Record<string, string>;
  readonly behaviour: HostBehaviour;
}

const DISPID_PROCESS_QUERY = 93;
const DISPID_SETTINGS_REFRESH = 75;
const DISPID_SETTINGS_SAVE = 76;
const APP_EXCEL_WEB = 16;

const utf8 = new TextEncoder();

interface XdmMessage {
  _messageType: number;
  _actionName: string;
  _conversationId: string;
  _correlationId: number;
  _data: unknown;
  _actionType?: number;
}

/** Starts answering the add-in framed in `frame`; the settings store is the model's (shared with `workbook.settings`). */
export function startXdmHost(frame: HTMLIFrameElement, state: SimState, options: XdmHostOptions): XdmHost {
  const limit = options.payloadLimitBytes ?? 5_000_000;
  const behaviour = options.behaviour ?? defaultBehaviour();
  const interpreter = new ProcessQueryInterpreter(state, behaviour);
  const requests: WireRequest[] = [];
  const unimplemented = interpreter.unimplemented;
  const log: unknown[] = [];
  let settingsSaves = 0;
  const requirementMatrix: Record<string, string> = { ExcelApi: options.apiLevel, DialogApi: "1.1", RichApiRuntime: "1.1", RichApiRuntimeFlag: "1.2" };
  // office.js sends `delayForCellEdit` only where the host declares the set of that name (E:26860); Excel
  // documents the option from ExcelApi 1.11.
  if (versionAtLeast(options.apiLevel, "1.11")) requirementMatrix.DelayForCellEdit = "1.1";
  // Requests are answered one at a time, in the order they came, as the host's queue does.
  let queue: Promise<void> = Promise.resolve();

  const reply = (request: XdmMessage, data: unknown, responseType = 0): void => {
    const message = {
      _messageType: 1,
      _actionName: request._actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _origin: window.location.origin,
      _data: data,
      _errorCode: 0,
      _responseType: responseType,
      _serializerVersion: 1,
    };
    log.push({ out: message });
    frame.contentWindow?.postMessage(JSON.stringify(message), options.paneOrigin);
  };

  const appContext = () => ({
    _id: options.controlId,
    _appName: APP_EXCEL_WEB,
    _appVersion: 16,
    _appMinorVersion: 0,
    _appUILocale: options.displayLanguage,
    _dataLocale: options.displayLanguage,
    _docUrl: "https://localhost/emulated-workbook.xlsx",
    // OSF.ClientMode: 0 read-only, 1 read-write (E:1512).
    _clientMode: behaviour.readOnly ? 0 : 1,
    _settings: [...state.settings.entries()],
    _reason: "documentOpened",
    _osfControlType: 1,
    _eToken: "",
    _correlationId: "00000000-0000-0000-0000-000000000001",
    _appInstanceId: "00000000-0000-0000-0000-000000000002",
    _requirementMatrix: JSON.stringify(requirementMatrix),
    _hostFullVersion: "16.0.99999.10000",
    _addinName: "Thi đua (host emulator)",
    _appDomains: [],
  });

  async function processQuery(request: XdmMessage, arrayData: unknown[]): Promise<void> {
    const text = String(arrayData[4] ?? "");
    const record: WireRequest = { bytes: utf8.encode(text).length, responseBytes: 0, actions: 0, error: null, kind: String(arrayData[0]), summary: [] };
    requests.push(record);
    if (record.bytes > limit) {
      record.error = "5103";
      reply(request, { Version: 1, Error: 5103 });
      return;
    }
    const body = JSON.parse(text) as RequestBody;
    record.actions = body.Actions.length;
    record.summary = body.Actions.filter((a) => a.ActionType !== 1).map((a) => summarise(a, body));
    const flags = Number(arrayData[6] ?? 0);
    const richApiRequests = requests.filter((r) => r.kind === "IterativeExecutor").length;
    if (record.kind === "IterativeExecutor" && behaviour.cellEditAtRequest !== null && richApiRequests >= behaviour.cellEditAtRequest) {
      behaviour.cellEditAtRequest = null;
      state.cellEditMode = true;
    }
    const previous = requests.filter((r) => r.kind === "IterativeExecutor" && r !== record).pop();
    if (record.kind === "IterativeExecutor" && behaviour.cellEditAfter !== null && previous?.summary.some((line) => new RegExp(behaviour.cellEditAfter as string).test(line))) {
      behaviour.cellEditAfter = null;
      state.cellEditMode = true;
    }
    if (state.cellEditMode && record.kind === "IterativeExecutor") {
      if (!(flags & FLAG_DELAY_FOR_CELL_EDIT)) {
        record.error = String(OOE_CELL_EDIT);
        reply(request, { Version: 1, Error: OOE_CELL_EDIT });
        return;
      }
      record.waited = true;
      await new Promise<void>((resolve) => state.editWaiters.push(resolve));
    }
    if (behaviour.cellLimit) behaviour.cellLimit.on = record.kind === "IterativeExecutor" && richApiRequests >= (behaviour.cellLimit.from ?? 0);
    const injected = behaviour.errorAtRequest && record.kind === "IterativeExecutor" && richApiRequests >= behaviour.errorAtRequest.at ? behaviour.errorAtRequest.code : null;
    if (injected && behaviour.errorAtRequest && --behaviour.errorAtRequest.times <= 0) behaviour.errorAtRequest = null;
    const refused = injected ?? (behaviour.readOnly && flags & FLAG_WRITE ? "AccessDenied" : null);
    const response = refused ? refusal(refused) : await interpreter.run(body);
    const out = JSON.stringify(response);
    record.responseBytes = utf8.encode(out).length;
    if (record.responseBytes > limit) {
      record.error = "5104";
      reply(request, { Version: 1, Error: 5104 });
      return;
    }
    record.error = response.Error?.Code ?? null;
    reply(request, { Version: 1, Error: 0, Data: [200, [], out] });
  }

  async function execute(request: XdmMessage): Promise<void> {
    await dispatch(request);
    options.onChange?.();
  }

  function dispatch(request: XdmMessage): Promise<void> | void {
    const data = request._data as { DdaMethod?: { DispatchId?: number }; ArrayData?: unknown[]; DdaSettingsMethod?: { Properties?: [string, string][] } };
    const dispatchId = data?.DdaMethod?.DispatchId;
    if (dispatchId === DISPID_PROCESS_QUERY) return processQuery(request, data.ArrayData ?? []);
    if (dispatchId === DISPID_SETTINGS_SAVE) {
      const properties = data.DdaSettingsMethod?.Properties ?? [];
      if (properties.reduce((n, [key, json]) => n + key.length + json.length, 0) > behaviour.settingsLimit || behaviour.readOnly) {
        // Office's generic "the operation failed" code for a save it refuses.
        reply(request, { Version: 1, Error: 5001 });
        return;
      }
      settingsSaves++;
      state.settings.clear();
      for (const [key, json] of data.DdaSettingsMethod?.Properties ?? []) state.settings.set(key, json);
      reply(request, { Version: 1, Error: 0 });
      return;
    }
    if (dispatchId === DISPID_SETTINGS_REFRESH) {
      unimplemented.push("executeMethod dispid 75 (document settings refresh)");
    } else {
      unimplemented.push(`executeMethod dispid ${dispatchId}`);
    }
    reply(request, { Version: 1, Error: 5001 });
  }

  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== options.paneOrigin || typeof event.data !== "string") return;
    let request: XdmMessage;
    try {
      request = JSON.parse(event.data) as XdmMessage;
    } catch {
      return;
    }
    if (request._messageType !== 0 || request._conversationId !== options.conversationId) return;
    log.push({ in: request });
    switch (request._actionName) {
      case "ContextActivationManager_getAppContextAsync":
        reply(request, appContext());
        return;
      case "ContextActivationManager_notifyHost":
        // Fire and forget: office.js passes no callback (UpdateTargetUrl, focus moves).
        return;
    }
    if (request._actionType === 1 || request._actionType === 2) {
      // Event registrations (appCommandInvoked, richApiMessage) are acknowledged; no events are pushed.
      reply(request, { Error: 0 });
      return;
    }
    if (request._actionName === "executeMethod") {
      queue = queue.then(() => execute(request)).catch((e: unknown) => {
        unimplemented.push(`host failure: ${(e as Error)?.stack ?? String(e)}`);
        reply(request, { Version: 1, Error: 5001 });
      });
      return;
    }
    unimplemented.push(`XDM action ${request._actionName} (type ${request._actionType})`);
  });

  return {
    requests,
    get settingsSaves() {
      return settingsSaves;
    },
    unimplemented,
    log,
    requirementMatrix,
    behaviour,
  };
}

/** Excel's answer refusing a whole request with `code`, before any of its actions ran. */
function refusal(code: string): ResponseBody {
  const status = code === "AccessDenied" ? 403 : code === "InactiveWorkbook" ? 409 : 400;
  return { Results: [], Error: { Code: code, Message: `${code} (answered by the host emulator as asked by the test)`, HttpStatusCode: status, Location: "", ActionIndex: 0 } };
}

function versionAtLeast(level: string, wanted: string): boolean {
  const [a, b] = level.split(".").map(Number);
  const [c, d] = wanted.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

const ACTION_NAMES: Record<number, string> = { 2: "Query", 3: "Method", 4: "Set" };

function summarise(action: RequestBody["Actions"][number], body: RequestBody): string {
  const path = body.ObjectPaths[String(action.ObjectPathId)];
  const on = path ? path.Name || (path.ObjectPathType === 1 ? "Workbook" : path.ObjectPathType === 5 ? "item" : "") : "";
  const what = action.ActionType === 2 ? (action.QueryInfo?.Select ?? ["*"]).join(",") : action.Name;
  return `${ACTION_NAMES[action.ActionType] ?? action.ActionType} ${on}.${what}`;
}
