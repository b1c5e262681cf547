import type * as ExcelJS from "exceljs";
import { type Bounds } from "./address";
import { argb, colourFromOffice, colourToOffice, excelPattern, officeFillColour, officePattern } from "./cellValues";
import { ERROR_TEXT, simError } from "./errors";
import { SimObject, defineProps, type PropSpec } from "./proxy";
import { assertEditable, assertFormattable, eachCell, findCell, restyle, uniform } from "./sheetAccess";
import type { SimContextCore } from "./context";
import { SimFormatProtection } from "./guards";

/** What a range proxy stands for once its batch runs. */
export interface RangeTarget {
  ws: ExcelJS.Worksheet;
  b: Bounds;
  /** The areas of a `RangeAreas` (b is the first); formats set on it apply to each, and read as one when all agree. */
  areas?: Bounds[];
}

function uniformIn<V>(t: RangeTarget, read: (r: number, c: number) => V): V | null {
  const each = (t.areas ?? [t.b]).map((b) => uniform(b, read));
  return each.every((v) => v !== null && JSON.stringify(v) === JSON.stringify(each[0])) ? each[0] : null;
}

const DEFAULT_WIDTH_CHARS = 8.43;

/** Excel column width in characters (ExcelJS) to points (Office.js), for Calibri 11's 7-pixel digit. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
export function pointsToChars(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

function cellStyle(t: RangeTarget, r: number, c: number): Partial<ExcelJS.Style> {
  return findCell(t.ws, r, c)?.style ?? {};
}

function writeEach(t: RangeTarget, where: string, patch: (s: Partial<ExcelJS.Style>) => void): void {
  assertFormattable(t.ws, where);
  for (const b of t.areas ?? [t.b]) eachCell(t.ws, b, (cell) => restyle(cell, patch));
}

const H_IN: Record<string, ExcelJS.Alignment["horizontal"] | undefined> = { General: undefined, Left: "left", Center: "center", Right: "right", Fill: "fill", Justify: "justify", CenterAcrossSelection: "centerContinuous", Distributed: "distributed" };
const V_IN: Record<string, ExcelJS.Alignment["vertical"] | undefined> = { Top: "top", Center: "middle", Bottom: "bottom", Justify: "justify", Distributed: "distributed" };

function byValue<K extends string, V>(map: Record<K, V>, v: V, fallback: K): K {
  return (Object.keys(map) as K[]).find((k) => map[k] === v) ?? fallback;
}

function choice<V>(map: Record<string, V>, input: unknown, where: string): V {
  if (typeof input !== "string" || !(input in map)) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
  return map[input];
}

export class SimRangeFormat extends SimObject<RangeTarget> {
  private fillProxy?: SimRangeFill;
  private fontProxy?: SimRangeFont;
  private bordersProxy?: SimRangeBorders;
  private protectionProxy?: SimFormatProtection;

  constructor(ctx: SimContextCore, private readonly range: SimObject<RangeTarget>) {
    super(ctx, "RangeFormat", () => range._get());
  }
  get fill(): SimRangeFill {
    return (this.fillProxy ??= new SimRangeFill(this.context, this.range));
  }
  get font(): SimRangeFont {
    return (this.fontProxy ??= new SimRangeFont(this.context, this.range));
  }
  get borders(): SimRangeBorders {
    return (this.bordersProxy ??= new SimRangeBorders(this.context, this.range));
  }
  get protection(): SimFormatProtection {
    this._need("1.2", "RangeFormat.protection");
    return (this.protectionProxy ??= new SimFormatProtection(this.context, this.range));
  }
  override _children() {
    return { fill: () => this.fill, font: () => this.font, borders: () => this.borders, protection: () => this.protection } as Record<string, () => SimObject<unknown>>;
  }
  override _props(): Record<string, PropSpec<RangeTarget>> {
    return FORMAT_PROPS;
  }
}

const FORMAT_PROPS: Record<string, PropSpec<RangeTarget>> = {
  horizontalAlignment: {
    level: "1.1",
    get: (t) => uniformIn(t, (r, c) => byValue(H_IN, cellStyle(t, r, c).alignment?.horizontal, "General")),
    set: (t, v) => {
      const h = choice(H_IN, v, "RangeFormat.horizontalAlignment");
      writeEach(t, "RangeFormat.horizontalAlignment", (s) => (s.alignment = { ...s.alignment, horizontal: h }));
    },
  },
  verticalAlignment: {
    level: "1.1",
    get: (t) => uniformIn(t, (r, c) => byValue(V_IN, cellStyle(t, r, c).alignment?.vertical ?? "bottom", "Bottom")),
    set: (t, v) => {
      const vv = choice(V_IN, v, "RangeFormat.verticalAlignment");
      writeEach(t, "RangeFormat.verticalAlignment", (s) => (s.alignment = { ...s.alignment, vertical: vv }));
    },
  },
  wrapText: {
    level: "1.1",
    get: (t) => uniformIn(t, (r, c) => !!cellStyle(t, r, c).alignment?.wrapText),
    set: (t, v) => writeEach(t, "RangeFormat.wrapText", (s) => (s.alignment = { ...s.alignment, wrapText: !!v })),
  },
  columnWidth: {
    level: "1.2",
    get: (t) => uniform({ ...t.b, r1: 1, r2: 1 }, (_r, c) => charsToPoints(t.ws.getColumn(c).width ?? DEFAULT_WIDTH_CHARS)),
    set: (t, v) => {
      if (typeof v !== "number" || v < 0) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFormat.columnWidth");
      assertEditable(t.ws, "RangeFormat.columnWidth");
      for (let c = t.b.c1; c <= t.b.c2; c++) t.ws.getColumn(c).width = pointsToChars(v);
    },
  },
  rowHeight: {
    level: "1.2",
    get: (t) => uniform({ ...t.b, c1: 1, c2: 1 }, (r) => t.ws.findRow(r)?.height ?? 15),
    set: (t, v) => {
      if (typeof v !== "number" || v < 0) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFormat.rowHeight");
      assertEditable(t.ws, "RangeFormat.rowHeight");
      for (let r = t.b.r1; r <= t.b.r2; r++) t.ws.getRow(r).height = v;
    },
  },
};
defineProps(SimRangeFormat, "RangeFormat", FORMAT_PROPS);

export class SimRangeFill extends SimObject<RangeTarget> {
  constructor(ctx: SimContextCore, range: SimObject<RangeTarget>) {
    super(ctx, "RangeFill", () => range._get());
  }
  override _props(): Record<string, PropSpec<RangeTarget>> {
    return FILL_PROPS;
  }
  /** Removes the fill ("No fill"). */
  clear(): void {
    this._queue("RangeFill.clear", null, () => writeEach(this._get(), "RangeFill.clear", (s) => delete s.fill));
  }
}

const FILL_PROPS: Record<string, PropSpec<RangeTarget>> = {
  color: {
    level: "1.1",
    get: (t) => uniformIn(t, (r, c) => officeFillColour(cellStyle(t, r, c).fill)),
    set: (t, v) => {
      const hex = colourFromOffice(v);
      if (!hex) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFill.color");
      writeEach(t, "RangeFill.color", (s) => (s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } }));
    },
  },
  pattern: {
    level: "1.9",
    get: (t) => uniformIn(t, (r, c) => officePattern(cellStyle(t, r, c).fill)),
    set: (t, v) => {
      const p = typeof v === "string" ? excelPattern(v) : null;
      if (!p) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFill.pattern");
      writeEach(t, "RangeFill.pattern", (s) => {
        if (p === "none") delete s.fill;
        else s.fill = { type: "pattern", pattern: p as ExcelJS.FillPatterns, fgColor: s.fill?.type === "pattern" ? s.fill.fgColor : { argb: "FF000000" } };
      });
    },
  },
};
defineProps(SimRangeFill, "RangeFill", FILL_PROPS);

export class SimRangeFont extends SimObject<RangeTarget> {
  constructor(ctx: SimContextCore, range: SimObject<RangeTarget>) {
    super(ctx, "RangeFont", () => range._get());
  }
  override _props(): Record<string, PropSpec<RangeTarget>> {
    return FONT_PROPS;
  }
}

function fontProp(key: keyof ExcelJS.Font, read: (f: Partial<ExcelJS.Font>) => unknown, write: (v: unknown) => unknown): PropSpec<RangeTarget> {
  return {
    level: "1.1",
    get: (t) => uniformIn(t, (r, c) => read(cellStyle(t, r, c).font ?? {})),
    set: (t, v) => {
      const w = write(v);
      writeEach(t, `RangeFont.${key}`, (s) => (s.font = { ...s.font, [key]: w }));
    },
  };
}

const FONT_PROPS: Record<string, PropSpec<RangeTarget>> = {
  name: fontProp("name", (f) => f.name ?? "Calibri", (v) => {
    if (typeof v !== "string" || v.length === 0 || v.length > 31) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFont.name");
    return v;
  }),
  size: fontProp("size", (f) => f.size ?? 11, (v) => {
    if (typeof v !== "number" || v < 1 || v > 409) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFont.size");
    return v;
  }),
  bold: fontProp("bold", (f) => !!f.bold, (v) => !!v),
  italic: fontProp("italic", (f) => !!f.italic, (v) => !!v),
  underline: fontProp("underline", (f) => (f.underline === true || f.underline === "single" ? "Single" : f.underline === "double" ? "Double" : "None"), (v) => {
    if (v === "None") return undefined;
    if (v === "Single") return "single";
    if (v === "Double") return "double";
    throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFont.underline");
  }),
  color: fontProp("color", (f) => colourToOffice(f.color, "#000000"), (v) => {
    const hex = colourFromOffice(v);
    if (!hex) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeFont.color");
    return { argb: argb(hex) };
  }),
};
defineProps(SimRangeFont, "RangeFont", FONT_PROPS);

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;
type Edge = (typeof EDGES)[number];

export class SimRangeBorders extends SimObject<RangeTarget> {
  constructor(ctx: SimContextCore, private readonly range: SimObject<RangeTarget>) {
    super(ctx, "RangeBorderCollection", () => range._get());
  }
  override _props(): Record<string, PropSpec<RangeTarget>> {
    return {};
  }
  getItem(index: string): SimRangeBorder {
    if (!(EDGES as readonly string[]).includes(index)) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "RangeBorderCollection.getItem");
    return new SimRangeBorder(this.context, this.range, index as Edge);
  }
}

/** The cells an edge touches, and which side of each. */
function edgeCells(b: Bounds, edge: Edge): { r: number; c: number; side: "top" | "bottom" | "left" | "right" }[] {
  const out: { r: number; c: number; side: "top" | "bottom" | "left" | "right" }[] = [];
  for (let r = b.r1; r <= b.r2; r++) {
    for (let c = b.c1; c <= b.c2; c++) {
      if (edge === "EdgeTop" && r === b.r1) out.push({ r, c, side: "top" });
      if (edge === "EdgeBottom" && r === b.r2) out.push({ r, c, side: "bottom" });
      if (edge === "EdgeLeft" && c === b.c1) out.push({ r, c, side: "left" });
      if (edge === "EdgeRight" && c === b.c2) out.push({ r, c, side: "right" });
      if (edge === "InsideHorizontal" && r < b.r2) out.push({ r, c, side: "bottom" }, { r: r + 1, c, side: "top" });
      if (edge === "InsideVertical" && c < b.c2) out.push({ r, c, side: "right" }, { r, c: c + 1, side: "left" });
    }
  }
  return out;
}

export class SimRangeBorder extends SimObject<RangeTarget & { edge: Edge }> {
  constructor(ctx: SimContextCore, range: SimObject<RangeTarget>, edge: Edge) {
    super(ctx, "RangeBorder", () => ({ ...range._get(), edge }));
  }
  override _props(): Record<string, PropSpec<RangeTarget & { edge: Edge }>> {
    return BORDER_PROPS;
  }
}

const BORDER_STYLES: Record<string, ExcelJS.BorderStyle | null> = { None: null, Continuous: "thin", Dash: "dashed", DashDot: "dashDot", DashDotDot: "dashDotDot", Dot: "dotted", Double: "double" };

const BORDER_PROPS: Record<string, PropSpec<RangeTarget & { edge: Edge }>> = {
  style: {
    level: "1.1",
    get: (t) => {
      const cells = edgeCells(t.b, t.edge);
      const styles = new Set(cells.map(({ r, c, side }) => findCell(t.ws, r, c)?.style?.border?.[side]?.style ?? null));
      if (styles.size !== 1) return cells.length ? null : "None";
      const s = [...styles][0];
      return byValue(BORDER_STYLES, s, "Continuous");
    },
    set: (t, v) => {
      const style = choice(BORDER_STYLES, v, "RangeBorder.style");
      assertFormattable(t.ws, "RangeBorder.style");
      for (const { r, c, side } of edgeCells(t.b, t.edge)) {
        restyle(t.ws.getCell(r, c), (s) => {
          const border = { ...s.border };
          if (style) border[side] = { style };
          else delete border[side];
          s.border = border;
        });
      }
    },
  },
};
defineProps(SimRangeBorder, "RangeBorder", BORDER_PROPS);
