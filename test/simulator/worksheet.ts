import type * as ExcelJS from "exceljs";
import { parseAddress } from "./address";
import type { SimChart, SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimClientResult, SimObject, defineProps, type LoadSpec, type PropSpec } from "./proxy";
import { SimRange, addressBounds } from "./range";
import { SimRangeAreas } from "./rangeAreas";
import { sheetAlive, usedBounds } from "./sheetAccess";
import { assertSheetName, findSheet, moveSheet, sheetId } from "./sheetNames";
import { SimChartCollection } from "./charts";
import { SimPageLayout } from "./pageLayout";
import { SimPageBreakCollection } from "./pageBreaks";
import { assertNoFault } from "./sheetFaults";
import { protectSheet, protectionOptions, sheetProtection, unprotectSheet } from "./hostState";

const VISIBILITY: Record<string, ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** A proxy for `Excel.Worksheet`, bound to one ExcelJS worksheet when its batch runs. */
export class SimWorksheet extends SimObject<ExcelJS.Worksheet> {
  private chartsProxy?: SimChartCollection;
  private pageLayoutProxy?: SimPageLayout;

  constructor(ctx: SimContextCore, resolve: () => ExcelJS.Worksheet | null, nullable = false) {
    super(ctx, "Worksheet", resolve, nullable);
  }

  override _alive(ws: ExcelJS.Worksheet): boolean {
    return sheetAlive(this.context.state.workbook, ws);
  }

  override _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    return SHEET_PROPS;
  }

  override _children() {
    return { protection: () => this.protection } as Record<string, () => SimObject<unknown>>;
  }

  get charts(): SimChartCollection {
    return (this.chartsProxy ??= new SimChartCollection(this.context, this));
  }

  get pageLayout(): SimPageLayout {
    this._need("1.9", "Worksheet.pageLayout");
    return (this.pageLayoutProxy ??= new SimPageLayout(this.context, this));
  }

  get horizontalPageBreaks(): SimPageBreakCollection {
    this._need("1.9", "Worksheet.horizontalPageBreaks");
    return new SimPageBreakCollection(this.context, this);
  }

  get freezePanes(): SimFreezePanes {
    this._need("1.7", "Worksheet.freezePanes");
    return new SimFreezePanes(this.context, this);
  }

  get protection(): SimProtection {
    this._need("1.2", "Worksheet.protection");
    return new SimProtection(this.context, this);
  }

  getRange(address?: string): SimRange {
    if (address !== undefined && typeof address !== "string") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Worksheet.getRange");
    return new SimRange(this.context, this, addressBounds(address));
  }

  /** Several areas at once, "E5:E6, E9" (ExcelApi 1.9). */
  getRanges(address: string): SimRangeAreas {
    this._need("1.9", "Worksheet.getRanges");
    if (typeof address !== "string") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Worksheet.getRanges");
    return new SimRangeAreas(this.context, this, address);
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(this.context, this, () => ({ r1: row + 1, c1: column + 1, r2: row + 1, c2: column + 1 }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    this._need("1.7", "Worksheet.getRangeByIndexes");
    return new SimRange(this.context, this, () => ({ r1: startRow + 1, c1: startColumn + 1, r2: startRow + rowCount, c2: startColumn + columnCount }));
  }

  /** On a blank sheet the used range is A1 (notes docs/reading-tables.md#layouts). */
  getUsedRange(valuesOnly?: boolean): SimRange {
    if (valuesOnly !== undefined) this._need("1.2", "Worksheet.getUsedRange(valuesOnly)");
    return new SimRange(this.context, this, (ws) => usedBounds(ws, !!valuesOnly) ?? { r1: 1, c1: 1, r2: 1, c2: 1 })._instantiate();
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    this._need("1.4", "Worksheet.getUsedRangeOrNullObject");
    return new SimRange(this.context, this, (ws) => usedBounds(ws, !!valuesOnly), true)._instantiate();
  }

  activate(): void {
    this._queue("Worksheet.activate", null, () => {
      const ws = this._get();
      if (ws.state !== "visible") throw simError("InvalidOperation", ERROR_TEXT.InvalidOperation, "Worksheet.activate");
      this.context.state.activeSheetId = ws.id;
    });
  }

  delete(): void {
    this._queue("Worksheet.delete", null, () => {
      const ws = this._get();
      const state = this.context.state;
      const wb = state.workbook;
      const visible = wb.worksheets.filter((w) => w.state === "visible");
      if (ws.state === "veryHidden" || (ws.state === "visible" && visible.length === 1)) {
        throw simError("InvalidOperation", ERROR_TEXT.InvalidOperation, "Worksheet.delete");
      }
      const order = wb.worksheets;
      const index = order.indexOf(ws);
      wb.removeWorksheet(ws.id);
      state.charts.delete(ws.id);
      if (state.activeSheetId === ws.id) {
        const rest = wb.worksheets.filter((w) => w.state === "visible");
        state.activeSheetId = (rest[Math.min(index, rest.length - 1)] ?? rest[0]).id;
      }
      if (state.selection?.sheet === ws.name) state.selection = null;
    });
  }
}

const SHEET_PROPS: Record<string, PropSpec<ExcelJS.Worksheet>> = {
  name: { level: "1.1", get: (ws) => ws.name, set: (ws, v) => (ws.name = assertSheetName(ws.workbook, v, ws, "Worksheet.name")) },
  id: { level: "1.1", get: (ws) => sheetId(ws) },
  position: {
    level: "1.1",
    get: (ws) => ws.workbook.worksheets.indexOf(ws),
    set: (ws, v) => {
      if (typeof v !== "number" || v < 0 || v >= ws.workbook.worksheets.length) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Worksheet.position");
      moveSheet(ws.workbook, ws, v);
    },
  },
  visibility: {
    level: "1.1",
    setLevel: "1.2",
    get: (ws) => Object.keys(VISIBILITY).find((k) => VISIBILITY[k] === ws.state) ?? "Visible",
    set: (ws, v) => {
      const state = VISIBILITY[String(v)];
      if (!state) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Worksheet.visibility");
      ws.state = state;
    },
  },
};
defineProps(SimWorksheet, "Worksheet", SHEET_PROPS);

export class SimWorksheetCollection extends SimObject<ExcelJS.Workbook> {
  private itemsList: SimWorksheet[] | null = null;

  constructor(ctx: SimContextCore) {
    super(ctx, "WorksheetCollection", () => ctx.state.workbook);
  }

  override _props(): Record<string, PropSpec<ExcelJS.Workbook>> {
    return {};
  }

  get items(): SimWorksheet[] {
    if (!this.itemsList) throw simError("PropertyNotLoaded", ERROR_TEXT.PropertyNotLoaded("items"), "WorksheetCollection.items");
    return this.itemsList;
  }

  /** Loading a collection loads the named properties of every item ("items/name" or "name"). */
  override load(spec?: LoadSpec): this {
    this._queue("WorksheetCollection.load", spec ?? null, () => {
      const sheets = this.context.state.workbook.worksheets;
      const proxies = sheets.map((ws) => new SimWorksheet(this.context, () => ws));
      return { bytes: 0, apply: () => (this.itemsList = proxies) };
    });
    const props = SHEET_PROPS;
    const wanted = spec === undefined ? Object.keys(props) : undefined;
    // Each item's values are read in the same batch, right after the list is taken.
    this._queue("WorksheetCollection.loadItems", spec ?? null, () => {
      const sheets = this.context.state.workbook.worksheets;
      const names = wanted ?? normalise(spec);
      const rows = sheets.map((ws) => Object.fromEntries(names.filter((n) => props[n]).map((n) => [n, props[n].get(ws)])));
      return {
        bytes: JSON.stringify(rows).length,
        apply: () => this.itemsList?.forEach((p, i) => Object.entries(rows[i] ?? {}).forEach(([k, v]) => p._values.set(k, v))),
      };
    });
    return this;
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, () => this.found(key))._instantiate();
  }

  getItemOrNullObject(key: string): SimWorksheet {
    this._need("1.4", "WorksheetCollection.getItemOrNullObject");
    return new SimWorksheet(this.context, () => this.found(key), true)._instantiate();
  }

  private found(key: string): ExcelJS.Worksheet | null {
    const ws = findSheet(this.context.state.workbook, key);
    assertNoFault(this.context.state, ws);
    return ws;
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, () => activeSheet(this.context))._instantiate();
  }

  getCount(): SimClientResult<number> {
    this._need("1.4", "WorksheetCollection.getCount");
    const result = new SimClientResult<number>();
    this._queue("WorksheetCollection.getCount", null, () => result._deliver(this.context.state.workbook.worksheets.length));
    return result;
  }

  /** Appends a sheet at the end without activating it (notes docs/reading-tables.md#values). */
  add(name?: string): SimWorksheet {
    let created: ExcelJS.Worksheet | null = null;
    this._queue("WorksheetCollection.add", name ?? null, () => {
      const wb = this.context.state.workbook;
      const wanted = name === undefined ? nextDefaultName(wb) : assertSheetName(wb, name, null, "WorksheetCollection.add");
      created = wb.addWorksheet(wanted);
      moveSheet(wb, created, wb.worksheets.length - 1);
    });
    const proxy = new SimWorksheet(this.context, () => created);
    if (name !== undefined) proxy._values.set("name", name);
    return proxy;
  }
}

function normalise(spec: LoadSpec): string[] {
  const list = typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : typeof spec === "object" && spec?.select ? String(spec.select).split(",") : [];
  return list.map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
}

function nextDefaultName(wb: ExcelJS.Workbook): string {
  for (let i = wb.worksheets.length + 1; ; i++) if (!findSheet(wb, `Sheet${i}`)) return `Sheet${i}`;
}

export function activeSheet(ctx: SimContextCore): ExcelJS.Worksheet | null {
  const wb = ctx.state.workbook;
  const byId = ctx.state.activeSheetId === null ? undefined : wb.getWorksheet(ctx.state.activeSheetId);
  return byId ?? wb.worksheets.find((w) => w.state === "visible") ?? null;
}

export class SimFreezePanes extends SimObject<ExcelJS.Worksheet> {
  constructor(ctx: SimContextCore, sheet: SimWorksheet) {
    super(ctx, "WorksheetFreezePanes", () => sheet._get());
  }
  override _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    return {};
  }
  freezeRows(count = 1): void {
    this._queue("WorksheetFreezePanes.freezeRows", count, () => setFrozen(this._get(), count, null));
  }
  freezeColumns(count = 1): void {
    this._queue("WorksheetFreezePanes.freezeColumns", count, () => setFrozen(this._get(), null, count));
  }
  /** Freezes the rows above and columns left of the range's bottom-right corner, inclusive. */
  freezeAt(frozenRange: SimRange | string): void {
    this._queue("WorksheetFreezePanes.freezeAt", null, () => {
      const ws = this._get();
      const b = typeof frozenRange === "string" ? parseAddress(frozenRange) : frozenRange._get().b;
      if (!b) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "WorksheetFreezePanes.freezeAt");
      setFrozen(ws, b.r2, b.c2);
    });
  }
  unfreeze(): void {
    this._queue("WorksheetFreezePanes.unfreeze", null, () => {
      this._get().views = [{ state: "normal" }];
    });
  }
}

function setFrozen(ws: ExcelJS.Worksheet, rows: number | null, cols: number | null): void {
  const view = (ws.views?.[0] ?? {}) as { xSplit?: number; ySplit?: number };
  const ySplit = rows ?? view.ySplit ?? 0;
  const xSplit = cols ?? view.xSplit ?? 0;
  ws.views = [{ state: "frozen", xSplit, ySplit }];
}

export class SimProtection extends SimObject<ExcelJS.Worksheet> {
  constructor(ctx: SimContextCore, sheet: SimWorksheet) {
    super(ctx, "WorksheetProtection", () => sheet._get());
  }
  override _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    return PROTECTION_PROPS;
  }
  /** Protects the sheet without a password (ExcelApi 1.2); a password (1.7) is not modelled and fails loudly. */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (password !== undefined) throw new Error("WorksheetProtection.protect with a password is not modelled");
    if (options !== undefined && (typeof options !== "object" || options === null)) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "WorksheetProtection.protect");
    this._queue("WorksheetProtection.protect", options ?? null, () => {
      const ws = this._get();
      if (sheetProtection(ws)) throw simError("InvalidOperation", ERROR_TEXT.InvalidOperation, "WorksheetProtection.protect");
      const unknown = protectSheet(ws, { ...(options ?? {}) } as Record<string, unknown>);
      if (unknown) throw simError("InvalidArgument", `${ERROR_TEXT.InvalidArgument} (${unknown})`, "WorksheetProtection.protect");
    });
  }
  unprotect(password?: string): void {
    if (password !== undefined) throw new Error("WorksheetProtection.unprotect with a password is not modelled");
    this._queue("WorksheetProtection.unprotect", null, () => unprotectSheet(this._get()));
  }
}
const PROTECTION_PROPS: Record<string, PropSpec<ExcelJS.Worksheet>> = {
  protected: { level: "1.2", get: (ws) => sheetProtection(ws) !== null },
  // Excel's answer for an unprotected sheet is not known here; the pane reads options only with `protected`.
  options: { level: "1.2", get: (ws) => protectionOptions(ws) ?? {} },
};
defineProps(SimProtection, "WorksheetProtection", PROTECTION_PROPS);

export type { SimChart };
