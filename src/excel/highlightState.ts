import type { HighlightStyle } from "../core/model/highlight";
import { failure } from "./failure";
import { apiAtLeast } from "./isSupported";

/**
 * How a cell looked before it was highlighted. `fill` null means "no fill"; below ExcelApi 1.9 a white
 * fill cannot be told from no fill (both read "#FFFFFF"), so white is kept as null and restored as no fill.
 */
export interface CellLook {
  fill: string | null;
  /** A fill pattern other than solid ("Gray25" …), ExcelApi 1.9 only. */
  pattern?: string;
  font: string;
}

/** The highlights on one sheet and what each touched cell looked like before. */
export interface HighlightState {
  sheet: string;
  cells: Record<string, CellLook & { style: HighlightStyle }>;
}

/**
 * The state is kept in the workbook so it survives closing the pane: in `workbook.settings` from
 * ExcelApi 1.4, else in `Office.context.document.settings` (saved with `saveAsync`). Keys carry the
 * sheet's id, which stays the same when the sheet is renamed.
 */
export const STATE_PREFIX = "thidua.highlights.";

export function stateKey(sheetId: string): string {
  return STATE_PREFIX + sheetId;
}

export interface StateStore {
  /** Keys of saved highlight states (only where the store can list them). */
  keys(): string[];
  get(key: string): HighlightState | null;
  put(key: string, state: HighlightState | null): void;
  /** Makes the change last (document settings need an explicit save). */
  save(): Promise<void>;
}

/** Opens the store; with workbook settings, their load is queued and readable after the next sync. */
export function openStateStore(ctx: Excel.RequestContext): StateStore {
  return apiAtLeast("1.4") ? workbookStore(ctx) : documentStore();
}

function isState(v: unknown): v is HighlightState {
  return !!v && typeof v === "object" && typeof (v as HighlightState).cells === "object" && (v as HighlightState).cells !== null;
}

function workbookStore(ctx: Excel.RequestContext): StateStore {
  const settings = ctx.workbook.settings.load("items/key,items/value");
  return {
    keys: () => settings.items.map((s) => s.key).filter((k) => k.startsWith(STATE_PREFIX)),
    get(key) {
      const hit = settings.items.find((s) => s.key === key);
      return hit && isState(hit.value) ? hit.value : null;
    },
    put(key, state) {
      if (state) ctx.workbook.settings.add(key, state as unknown as string);
      else if (settings.items.some((s) => s.key === key)) ctx.workbook.settings.getItem(key).delete();
    },
    save: async () => undefined,
  };
}

function documentStore(): StateStore {
  const settings = Office.context.document.settings;
  let changed = false;
  return {
    // Document settings cannot be listed.
    keys: () => [],
    get(key) {
      const v = settings.get(key);
      return isState(v) ? v : null;
    },
    put(key, state) {
      changed = true;
      if (state) settings.set(key, state);
      else settings.remove(key);
    },
    save: () =>
      changed
        ? new Promise<void>((resolve, reject) =>
            settings.saveAsync((r) => (String(r.status) === "succeeded" ? resolve() : reject(failure("unknown", null, `saveAsync: ${r.error?.message ?? "failed"}`)))),
          )
        : Promise.resolve(),
  };
}
