import { documentReadOnly, failure } from "./failure";
import { apiAtLeast } from "./isSupported";
import { verticalRuns } from "./verticalRuns";
import { parseRange, cellAddress } from "./a1";

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

/** The highlights on one sheet: each touched cell and what it looked like before. */
export interface HighlightState {
  sheet: string;
  cells: Record<string, CellLook>;
  /** Found under another sheet id than it was saved under (ids renumbered, sheet renamed): cells are restored only where they still wear the add-in's colours. */
  unsure?: boolean;
}

/**
 * The state is kept in the workbook so it survives closing the pane: in `workbook.settings` from
 * ExcelApi 1.4, else in `Office.context.document.settings` (saved with `saveAsync`). Keys carry the
 * sheet's id, which stays the same when the sheet is renamed. Values are JSON strings, the type both
 * stores document; an object saved by an earlier version is still read.
 */
export const STATE_PREFIX = "thidua.highlights.";

/**
 * Largest saved state of one sheet, in characters of JSON. Excel documents no limit for add-in
 * settings; this keeps the settings read by every check and the state written twice by every paint
 * far under Excel on the web's 5 MB per request. Stored as runs of cells per look, a 6 000-row report
 * takes about 100 characters with every row of a column highlighted, 36 000 with every other row, and
 * 60 000 with every row whose look before changes from cell to cell (one entry per cell, as the state
 * was once kept for every cell, would be 317 000). The limit is reached only by some 20 000 highlighted
 * cells none of which touch; then the cells that fit are painted (`applyHighlights`) and the pane says
 * how many were left.
 */
export const STATE_LIMIT_CHARS = 256_000;

/**
 * Largest total of every sheet's saved state, in characters. Excel keeps an add-in's settings in the
 * document and caps them at about 2 MB in total (refusing some above 1 MB, office-js #3957): the
 * highlights of all sheets together stay far below that, whatever else the settings hold.
 */
export const TOTAL_LIMIT_CHARS = 600_000;

/** Document settings cannot be listed: the keys of saved states are kept under this one. */
export const STATE_INDEX_KEY = "thidua.highlights";

export function stateKey(sheetId: string): string {
  return STATE_PREFIX + sheetId;
}

/**
 * The saved form: the distinct looks once, then runs of cells down a column sharing one look.
 *
 * @example encodeState({ sheet: "Thôn A", cells: { E5: L, E6: L } }) → '{"v":2,"sheet":"Thôn A","looks":[L],"runs":[["E5:E6",0]]}'
 */
export function encodeState(state: HighlightState): string {
  const looks: CellLook[] = [];
  const index = new Map<string, number>();
  const lookOf = (cell: string): number => {
    const look = state.cells[cell];
    const key = JSON.stringify([look.fill, look.font, look.pattern ?? null]);
    let i = index.get(key);
    if (i === undefined) {
      i = looks.push({ fill: look.fill, font: look.font, ...(look.pattern ? { pattern: look.pattern } : {}) }) - 1;
      index.set(key, i);
    }
    return i;
  };
  const runs = verticalRuns(Object.keys(state.cells), lookOf).map((run) => [run.address, run.key] as const);
  return JSON.stringify({ v: 2, sheet: state.sheet, ...(state.unsure ? { unsure: true } : {}), looks, runs });
}

/** Reads a saved state: this version's JSON string, or the per-cell object an earlier version saved. */
export function decodeState(saved: unknown): HighlightState | null {
  let value: unknown = saved;
  if (typeof saved === "string") {
    try {
      value = JSON.parse(saved);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== "object") return null;
  const v = value as { sheet?: unknown; looks?: unknown; runs?: unknown; cells?: unknown; unsure?: unknown };
  const sheet = typeof v.sheet === "string" ? v.sheet : "";
  const unsure = v.unsure === true ? { unsure: true } : {};
  if (Array.isArray(v.looks) && Array.isArray(v.runs)) {
    const cells: Record<string, CellLook> = {};
    for (const run of v.runs) {
      const [address, i] = Array.isArray(run) ? run : [];
      const look = typeof i === "number" ? asLook(v.looks[i]) : null;
      const range = typeof address === "string" ? parseRange(address) : null;
      if (!look || !range) continue;
      for (let row = range.from.row; row <= range.to.row; row++) {
        for (let col = range.from.col; col <= range.to.col; col++) cells[cellAddress({ row, col })] = look;
      }
    }
    return { sheet, cells, ...unsure };
  }
  if (v.cells && typeof v.cells === "object") {
    const cells: Record<string, CellLook> = {};
    for (const [cell, look] of Object.entries(v.cells as Record<string, unknown>)) {
      const read = asLook(look);
      if (read) cells[cell] = read;
    }
    return { sheet, cells };
  }
  return null;
}

function asLook(x: unknown): CellLook | null {
  if (!x || typeof x !== "object") return null;
  const l = x as { fill?: unknown; font?: unknown; pattern?: unknown };
  const fill = typeof l.fill === "string" ? l.fill : null;
  const font = typeof l.font === "string" ? l.font : "#000000";
  return { fill, font, ...(typeof l.pattern === "string" ? { pattern: l.pattern } : {}) };
}

export interface StateStore {
  /** Keys of saved highlight states. */
  keys(): string[];
  /** Characters of the saved form under `key` (0 when none). */
  chars(key: string): number;
  get(key: string): HighlightState | null;
  /** Queues (workbook settings) or makes (document settings, until `save`) the change. */
  put(key: string, state: HighlightState | null): void;
  /** Makes the change last (document settings need an explicit save). */
  save(): Promise<void>;
}

/** Opens the store; with workbook settings, their load is queued and readable after the next sync. */
export function openStateStore(ctx: Excel.RequestContext): StateStore {
  return apiAtLeast("1.4") ? workbookStore(ctx) : documentStore();
}

function workbookStore(ctx: Excel.RequestContext): StateStore {
  const settings = ctx.workbook.settings.load("items/key,items/value");
  const present = new Set<string>();
  let listed = false;
  const has = (key: string): boolean => {
    if (!listed) {
      for (const s of settings.items) present.add(s.key);
      listed = true;
    }
    return present.has(key);
  };
  return {
    keys: () => settings.items.map((s) => s.key).filter((k) => k.startsWith(STATE_PREFIX)),
    chars(key) {
      const hit = settings.items.find((s) => s.key === key);
      return hit ? savedChars(hit.value) : 0;
    },
    get(key) {
      const hit = settings.items.find((s) => s.key === key);
      return hit ? decodeState(hit.value) : null;
    },
    put(key, state) {
      if (state) {
        has(key);
        ctx.workbook.settings.add(key, encodeState(state));
        present.add(key);
      } else if (has(key)) {
        ctx.workbook.settings.getItem(key).delete();
        present.delete(key);
      }
    },
    save: async () => undefined,
  };
}

function documentStore(): StateStore {
  const settings = Office.context.document.settings;
  let changed = false;
  // Document settings cannot be listed: the states' keys are kept in an index of their own.
  const keys = (): string[] => {
    const index = settings.get(STATE_INDEX_KEY) as unknown;
    return Array.isArray(index) ? index.filter((k): k is string => typeof k === "string" && k.startsWith(STATE_PREFIX)) : [];
  };
  return {
    keys,
    chars: (key) => savedChars(settings.get(key)),
    get: (key) => decodeState(settings.get(key)),
    put(key, state) {
      changed = true;
      const others = keys().filter((k) => k !== key);
      if (state) settings.set(key, encodeState(state));
      else settings.remove(key);
      const index = state ? [...others, key] : others;
      if (index.length > 0) settings.set(STATE_INDEX_KEY, index);
      else settings.remove(STATE_INDEX_KEY);
    },
    save: () => {
      if (!changed) return Promise.resolve();
      changed = false;
      return new Promise<void>((resolve, reject) =>
        settings.saveAsync((r) => (String(r.status) === "succeeded" ? resolve() : reject(failure(documentReadOnly() ? "read-only" : "unknown", null, `saveAsync: ${r.error?.message ?? "failed"}`)))),
      );
    },
  };
}

function savedChars(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === "string" ? value.length : JSON.stringify(value).length;
}
