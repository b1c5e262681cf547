import type * as ExcelJS from "exceljs";
import { ERROR_TEXT, SimRichApiError, simError } from "./errors";

/** One command of a batch: what it costs on the wire, and what it does when the batch runs. */
export interface Action {
  name: string;
  bytes: number;
  run: () => Loaded | void | Promise<Loaded | void>;
}

/** The result of a load, applied to its proxy only if the whole response is delivered. */
export interface Loaded {
  bytes: number;
  apply: () => void;
}

/** One round trip to the (simulated) host. */
export interface SyncRecord {
  /** Estimated JSON length of the request (commands and written data). */
  bytes: number;
  /** Estimated JSON length of the response (loaded data). */
  responseBytes: number;
  actions: number;
  /** The error code when the request failed. */
  error: string | null;
  /**
   * "release": the request Office.js sends when `Excel.run` ends, removing the references it kept to the
   * ranges the run created (docs/excel-adapter.md#richapi-requests-on-the-wire), so `syncs` equals the round trips on the wire.
   */
  kind?: "release";
}

export interface SimStats {
  /** `context.sync()` calls that sent a request (an empty queue sends nothing, as in Office.js). */
  syncs: number;
  emptySyncs: number;
  runs: number;
  requests: SyncRecord[];
}

export interface SimChart {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  position: { from: string; to: string | null } | null;
}

/** Everything the simulated host knows beyond the cells ExcelJS keeps. */
export interface SimState {
  workbook: ExcelJS.Workbook;
  apiLevel: string;
  payloadLimitBytes: number;
  stats: SimStats;
  cellEditMode: boolean;
  editWaiters: (() => void)[];
  activeSheetId: number | null;
  selection: { sheet: string; address: string } | null;
  /** Charts by ExcelJS worksheet id (ExcelJS does not keep charts). */
  charts: Map<number, SimChart[]>;
  /** Add-in settings of the document, as JSON strings (shared by `workbook.settings` and `document.settings`). */
  settings: Map<string, string>;
  nextChartId: number;
  /** Commands the host refuses (fault injection for tests): the first matching command fails its request. */
  faults: CommandFault[];
}

/** A refusal injected by a test: every command whose name matches fails with `code`. */
export interface CommandFault {
  match: RegExp;
  code: string;
}

/** A range a run created, as Office.js tracks it: kept by the host until the run ends, unless untracked. */
export interface RangeReference {
  untracked: boolean;
}

export function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/** Batches commands and runs them at `sync()`, failing whole requests over the payload limit. */
export class SimContextCore {
  private queue: Action[] = [];
  ended = false;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };
  /** Ranges created in this context, and how many of them a request has already carried to the host. */
  private ranges: RangeReference[] = [];
  private rangesSent = 0;

  constructor(readonly state: SimState) {}

  /** Drops the commands queued so far (a front door whose request failed before they were sent). */
  discard(): void {
    this.queue = [];
  }

  /** Called by every new range proxy; the run's release request removes it unless it was untracked. */
  rangeCreated(reference: RangeReference): void {
    this.ranges.push(reference);
  }

  /** At the end of `Excel.run`: the release round trip, when a request carried ranges still tracked. */
  release(): void {
    const kept = this.ranges.slice(0, this.rangesSent).filter((r) => !r.untracked).length;
    this.ranges = [];
    this.rangesSent = 0;
    if (kept === 0) return;
    const stats = this.state.stats;
    stats.syncs++;
    // One Workbook._RemoveReference per range, about 90 bytes each on the wire.
    stats.requests.push({ bytes: 60 + 90 * kept, responseBytes: 2 + 20 * kept, actions: kept, error: null, kind: "release" });
  }

  enqueue(action: Action): void {
    if (this.ended) throw simError("InvalidObjectPath", ERROR_TEXT.InvalidObjectPath(action.name), action.name);
    this.queue.push(action);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    const stats = this.state.stats;
    if (actions.length === 0) {
      stats.emptySyncs++;
      return passThroughValue as T;
    }
    stats.syncs++;
    this.rangesSent = this.ranges.length;
    const record: SyncRecord = { bytes: 2 + actions.reduce((n, a) => n + a.bytes + 1, 0), responseBytes: 0, actions: actions.length, error: null };
    stats.requests.push(record);
    await Promise.resolve();
    const fail = (e: SimRichApiError): never => {
      record.error = e.code;
      throw e;
    };
    if (this.state.cellEditMode) fail(simError("InvalidOperationInCellEditMode", ERROR_TEXT.InvalidOperationInCellEditMode));
    if (record.bytes > this.state.payloadLimitBytes) {
      fail(simError("RequestPayloadSizeLimitExceeded", ERROR_TEXT.RequestPayloadSizeLimitExceeded, undefined, 413));
    }
    const results: Loaded[] = [];
    let failure: SimRichApiError | null = null;
    for (const action of actions) {
      try {
        const fault = this.state.faults.find((f) => f.match.test(action.name));
        if (fault) throw simError(fault.code, `${fault.code} (refused by the test)`, action.name);
        const r = await action.run();
        if (r && typeof r.apply === "function") results.push(r);
      } catch (e) {
        failure = asRichApiError(e, action.name);
        break;
      }
    }
    record.responseBytes = 2 + results.reduce((n, r) => n + r.bytes + 1, 0);
    if (record.responseBytes > this.state.payloadLimitBytes) {
      fail(simError("ResponsePayloadSizeLimitExceeded", ERROR_TEXT.ResponsePayloadSizeLimitExceeded, undefined, 413));
    }
    // Commands before a failing one have run, and their load results still arrive (notes docs/README.md#who-it-is-for).
    for (const r of results) r.apply();
    if (failure) fail(failure);
    return passThroughValue as T;
  }
}

function asRichApiError(e: unknown, location: string): SimRichApiError {
  if (e instanceof SimRichApiError) {
    if (!e.debugInfo.errorLocation) e.debugInfo.errorLocation = location;
    return e;
  }
  return simError("GeneralException", `There was an internal error while processing the request. (${(e as Error)?.message ?? String(e)})`, location, 500);
}
