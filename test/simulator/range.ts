import type * as ExcelJS from "exceljs";
import { formatBounds, parseAddress, qualify, type Bounds } from "./address";
import { colourToOffice, officeFillColour, officeFormula, officePattern, officeValue, storedValue } from "./cellValues";
import type { SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimClientResult, SimObject, defineProps, type PropSpec } from "./proxy";
import { SimDataValidation } from "./guards";
import type { RangeTarget } from "./rangeFormat";
import { assertEditable, eachCell, findCell, grid, internals, intersect, restyle, usedBounds } from "./sheetAccess";
import { SimTrackedRange } from "./trackedRange";

/** A proxy for `Excel.Range`. Its rectangle is fixed when its batch runs (a used range at that moment). */
export class SimRange extends SimTrackedRange {
  private validationProxy?: SimDataValidation;

  constructor(
    ctx: SimContextCore,
    readonly _sheet: SimObject<ExcelJS.Worksheet>,
    bounds: (ws: ExcelJS.Worksheet) => Bounds | null,
    nullable = false,
  ) {
    super(ctx, "Range", () => {
      const ws = _sheet._get();
      const b = bounds(ws);
      return b ? { ws, b } : null;
    }, nullable);
  }

  get worksheet(): SimObject<ExcelJS.Worksheet> {
    return this._sheet;
  }

  get dataValidation(): SimDataValidation {
    this._need("1.8", "Range.dataValidation");
    return (this.validationProxy ??= new SimDataValidation(this.context, this));
  }

  override _children() {
    return { format: () => this.format, worksheet: () => this._sheet, dataValidation: () => this.dataValidation } as Record<string, () => SimObject<unknown>>;
  }

  override _props(): Record<string, PropSpec<RangeTarget>> {
    return RANGE_PROPS;
  }

  getCell(row: number, column: number): SimRange {
    return new SimRange(this.context, this._sheet, () => {
      const b = this._get().b;
      return { r1: b.r1 + row, c1: b.c1 + column, r2: b.r1 + row, c2: b.c1 + column };
    });
  }

  /** Row `row` (zero-based) of this range. */
  getRow(row: number): SimRange {
    return new SimRange(this.context, this._sheet, () => {
      const b = this._get().b;
      return { r1: b.r1 + row, c1: b.c1, r2: b.r1 + row, c2: b.c2 };
    });
  }

  /** Column `column` (zero-based) of this range. */
  getColumn(column: number): SimRange {
    return new SimRange(this.context, this._sheet, () => {
      const b = this._get().b;
      return { r1: b.r1, c1: b.c1 + column, r2: b.r2, c2: b.c1 + column };
    });
  }

  /** The smallest range holding this one and `other` (a range or an address on the same sheet). */
  getBoundingRect(other: SimRange | string): SimRange {
    return new SimRange(this.context, this._sheet, (ws) => {
      const a = this._get().b;
      const b = typeof other === "string" ? parseAddress(other) : other._get().b;
      if (!b || (typeof other !== "string" && other._get().ws !== ws)) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Range.getBoundingRect");
      return { r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1), r2: Math.max(a.r2, b.r2), c2: Math.max(a.c2, b.c2) };
    });
  }

  getUsedRange(valuesOnly?: boolean): SimRange {
    if (valuesOnly !== undefined) this._need("1.2", "Range.getUsedRange(valuesOnly)");
    // The used cells within this range, not the sheet's used range cut to it.
    return new SimRange(this.context, this._sheet, (ws) => {
      const hit = usedBounds(ws, !!valuesOnly, this._get().b);
      if (!hit) throw simError("ItemNotFound", ERROR_TEXT.ItemNotFound, "Range.getUsedRange");
      return hit;
    })._instantiate();
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    this._need("1.4", "Range.getUsedRangeOrNullObject");
    return new SimRange(this.context, this._sheet, (ws) => usedBounds(ws, !!valuesOnly, this._get().b), true)._instantiate();
  }

  /** The cells both ranges cover; `other` is a range of the same sheet or an address (ExcelApi 1.4 for the null variant). */
  getIntersectionOrNullObject(other: SimRange | string): SimRange {
    this._need("1.4", "Range.getIntersectionOrNullObject");
    return new SimRange(this.context, this._sheet, () => intersect(this._get().b, otherBounds(other)), true)._instantiate();
  }

  getIntersection(other: SimRange | string): SimRange {
    return new SimRange(this.context, this._sheet, () => {
      const hit = intersect(this._get().b, otherBounds(other));
      if (!hit) throw simError("ItemNotFound", ERROR_TEXT.ItemNotFound, "Range.getIntersection");
      return hit;
    })._instantiate();
  }

  getCellProperties(options: { address?: boolean; format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> } }): SimClientResult<unknown[][]> {
    this._need("1.9", "Range.getCellProperties");
    const result = new SimClientResult<unknown[][]>();
    this._queue("Range.getCellProperties", options, () => {
      const t = this._get();
      return result._deliver(grid(readable(t).b, (r, c) => cellProperties(t.ws, r, c, options)));
    });
    return result;
  }

  merge(across = false): void {
    this._need("1.2", "Range.merge");
    this._queue("Range.merge", across, () => {
      const { ws, b } = this._get();
      assertEditable(ws, "Range.merge");
      const rows = across ? Array.from({ length: b.r2 - b.r1 + 1 }, (_, i) => ({ ...b, r1: b.r1 + i, r2: b.r1 + i })) : [b];
      for (const part of rows) {
        if (part.r1 === part.r2 && part.c1 === part.c2) continue;
        try {
          ws.mergeCells(part.r1, part.c1, part.r2, part.c2);
        } catch (e) {
          throw simError("InvalidOperation", `${ERROR_TEXT.InvalidOperation} (${(e as Error).message})`, "Range.merge");
        }
      }
    });
  }

  unmerge(): void {
    this._need("1.2", "Range.unmerge");
    this._queue("Range.unmerge", null, () => {
      const { ws, b } = this._get();
      assertEditable(ws, "Range.unmerge");
      for (const m of Object.values(internals(ws)._merges)) {
        if (intersect({ r1: m.top, c1: m.left, r2: m.bottom, c2: m.right }, b)) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
      }
    });
  }

  select(): void {
    this._queue("Range.select", null, () => {
      const { ws, b } = this._get();
      if (ws.state !== "visible") throw simError("InvalidOperation", ERROR_TEXT.InvalidOperation, "Range.select");
      this.context.state.activeSheetId = ws.id;
      this.context.state.selection = { sheet: ws.name, address: formatBounds(b) };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this._queue("Range.clear", applyTo, () => {
      const { ws, b } = this._get();
      assertEditable(ws, "Range.clear");
      eachCell(ws, b, (cell) => {
        if (applyTo !== "Formats") cell.value = null;
        if (applyTo !== "Contents") cell.style = {} as ExcelJS.Style;
      });
    });
  }
}

function otherBounds(other: SimRange | string): Bounds {
  const b = typeof other === "string" ? parseAddress(other) : other._get().b;
  if (!b) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Range.getIntersection");
  return b;
}

/** Excel reads at most 5 000 000 cells at once (resource limits); a used range out to XFD1048576 is refused. */
const MAX_READ_CELLS = 5_000_000;

function readable(t: RangeTarget): RangeTarget {
  if ((t.b.r2 - t.b.r1 + 1) * (t.b.c2 - t.b.c1 + 1) > MAX_READ_CELLS) {
    throw simError("ResponsePayloadSizeLimitExceeded", ERROR_TEXT.ResponsePayloadSizeLimitExceeded, "Range.values", 413);
  }
  return t;
}

function shapeOk(input: unknown, b: Bounds): input is unknown[][] {
  return Array.isArray(input) && input.length === b.r2 - b.r1 + 1 && input.every((row) => Array.isArray(row) && row.length === b.c2 - b.c1 + 1);
}

/** A 2-D input must match the range; a scalar applies to every cell (notes docs/reading-tables.md#layouts). */
function eachInput(t: RangeTarget, input: unknown, where: string, write: (cell: ExcelJS.Cell, v: unknown) => void): void {
  if (input === null || input === undefined) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
  const isGrid = Array.isArray(input);
  if (isGrid && !shapeOk(input, t.b)) throw simError("InvalidArgument", ERROR_TEXT.ShapeMismatch, where);
  assertEditable(t.ws, where);
  eachCell(t.ws, t.b, (cell, r, c) => {
    const v = isGrid ? (input as unknown[][])[r - t.b.r1][c - t.b.c1] : input;
    if (v !== null && v !== undefined) write(cell, v);
  });
}

function writeValue(cell: ExcelJS.Cell, v: unknown): void {
  const stored = storedValue(v, cell.numFmt);
  cell.value = stored.value;
  if (stored.numFmt) restyle(cell, (s) => (s.numFmt = stored.numFmt));
}

const RANGE_PROPS: Record<string, PropSpec<RangeTarget>> = {
  address: { level: "1.1", get: (t) => qualify(t.ws.name, t.b) },
  addressLocal: { level: "1.1", get: (t) => qualify(t.ws.name, t.b) },
  rowIndex: { level: "1.1", get: (t) => t.b.r1 - 1 },
  columnIndex: { level: "1.1", get: (t) => t.b.c1 - 1 },
  rowCount: { level: "1.1", get: (t) => t.b.r2 - t.b.r1 + 1 },
  columnCount: { level: "1.1", get: (t) => t.b.c2 - t.b.c1 + 1 },
  cellCount: { level: "1.1", get: (t) => (t.b.r2 - t.b.r1 + 1) * (t.b.c2 - t.b.c1 + 1) },
  values: {
    level: "1.1",
    get: (t) => grid(readable(t).b, (r, c) => officeValue(findCell(t.ws, r, c))),
    set: (t, v) => eachInput(t, v, "Range.values", writeValue),
  },
  formulas: {
    level: "1.1",
    get: (t) => grid(readable(t).b, (r, c) => officeFormula(findCell(t.ws, r, c))),
    set: (t, v) => eachInput(t, v, "Range.formulas", writeValue),
  },
  text: { level: "1.1", get: (t) => grid(readable(t).b, (r, c) => String(officeValue(findCell(t.ws, r, c)))) },
  numberFormat: {
    level: "1.1",
    get: (t) => grid(readable(t).b, (r, c) => findCell(t.ws, r, c)?.numFmt || "General"),
    set: (t, v) =>
      eachInput(t, v, "Range.numberFormat", (cell, f) =>
        restyle(cell, (s) => {
          if (f === "" || f === "General") delete s.numFmt;
          else s.numFmt = String(f);
        }),
      ),
  },
};
defineProps(SimRange, "Range", RANGE_PROPS);

function cellProperties(ws: ExcelJS.Worksheet, r: number, c: number, options: { address?: boolean; format?: { fill?: Record<string, boolean>; font?: Record<string, boolean> } }): unknown {
  const cell = findCell(ws, r, c);
  const style = cell?.style ?? {};
  const out: Record<string, unknown> = {};
  if (options.address) out.address = qualify(ws.name, { r1: r, c1: c, r2: r, c2: c });
  if (options.format) {
    const format: Record<string, unknown> = {};
    if (options.format.fill) {
      const fill: Record<string, unknown> = {};
      if (options.format.fill.color) fill.color = officeFillColour(style.fill);
      if (options.format.fill.pattern) fill.pattern = officePattern(style.fill);
      format.fill = fill;
    }
    if (options.format.font) {
      const font: Record<string, unknown> = {};
      if (options.format.font.color) font.color = colourToOffice(style.font?.color, "#000000");
      if (options.format.font.bold) font.bold = !!style.font?.bold;
      if (options.format.font.italic) font.italic = !!style.font?.italic;
      if (options.format.font.name) font.name = style.font?.name ?? "Calibri";
      if (options.format.font.size) font.size = style.font?.size ?? 11;
      format.font = font;
    }
    out.format = format;
  }
  return out;
}

/** Parses an address for `getRange`, failing the sync as Excel does when it is not one. */
export function addressBounds(address: string | undefined): (ws: ExcelJS.Worksheet) => Bounds {
  return () => {
    if (address === undefined) return { r1: 1, c1: 1, r2: 1048576, c2: 16384 };
    const b = parseAddress(address);
    if (!b) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Worksheet.getRange");
    return b;
  };
}
