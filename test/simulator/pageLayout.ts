import type * as ExcelJS from "exceljs";
import { parseAddress } from "./address";
import type { SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimObject, defineProps, type PropSpec } from "./proxy";

const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };
const POINTS_PER_INCH = 72;

function setup(ws: ExcelJS.Worksheet): Partial<ExcelJS.PageSetup> {
  return ws.pageSetup ?? {};
}

function margin(key: keyof ExcelJS.Margins): PropSpec<ExcelJS.Worksheet> {
  return {
    level: "1.9",
    get: (ws) => (setup(ws).margins?.[key] ?? 0.75) * POINTS_PER_INCH,
    set: (ws, v) => {
      if (typeof v !== "number" || v < 0) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, `PageLayout.${key}Margin`);
      const m = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3, ...setup(ws).margins };
      m[key] = v / POINTS_PER_INCH;
      ws.pageSetup.margins = m;
    },
  };
}

/** `Worksheet.pageLayout` (ExcelApi 1.9), kept in ExcelJS's page setup so a saved file prints the same. */
export class SimPageLayout extends SimObject<ExcelJS.Worksheet> {
  constructor(ctx: SimContextCore, sheet: SimObject<ExcelJS.Worksheet>) {
    super(ctx, "PageLayout", () => sheet._get());
  }
  override _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    return PAGE_PROPS;
  }
  setPrintTitleRows(rows: string): void {
    this._queue("PageLayout.setPrintTitleRows", rows, () => {
      const b = typeof rows === "string" ? parseAddress(rows) : null;
      if (!b || b.c1 !== 1 || b.c2 !== 16384) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "PageLayout.setPrintTitleRows");
      this._get().pageSetup.printTitlesRow = `${b.r1}:${b.r2}`;
    });
  }
}

const PAGE_PROPS: Record<string, PropSpec<ExcelJS.Worksheet>> = {
  orientation: {
    level: "1.9",
    get: (ws) => (setup(ws).orientation === "landscape" ? "Landscape" : "Portrait"),
    set: (ws, v) => {
      if (v !== "Landscape" && v !== "Portrait") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "PageLayout.orientation");
      ws.pageSetup.orientation = v === "Landscape" ? "landscape" : "portrait";
    },
  },
  paperSize: {
    level: "1.9",
    get: (ws) => Object.keys(PAPER).find((k) => PAPER[k] === setup(ws).paperSize) ?? "Letter",
    set: (ws, v) => {
      const size = PAPER[String(v)];
      if (!size) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "PageLayout.paperSize");
      ws.pageSetup.paperSize = size as ExcelJS.PaperSize;
    },
  },
  centerHorizontally: { level: "1.9", get: (ws) => !!setup(ws).horizontalCentered, set: (ws, v) => (ws.pageSetup.horizontalCentered = !!v) },
  centerVertically: { level: "1.9", get: (ws) => !!setup(ws).verticalCentered, set: (ws, v) => (ws.pageSetup.verticalCentered = !!v) },
  leftMargin: margin("left"),
  rightMargin: margin("right"),
  topMargin: margin("top"),
  bottomMargin: margin("bottom"),
  headerMargin: margin("header"),
  footerMargin: margin("footer"),
  zoom: {
    level: "1.9",
    get: (ws) => {
      const s = setup(ws);
      return s.fitToPage
        ? { horizontalFitToPages: s.fitToWidth ?? 1, verticalFitToPages: s.fitToHeight ?? 1, scale: null }
        : { horizontalFitToPages: null, verticalFitToPages: null, scale: s.scale ?? 100 };
    },
    set: (ws, v) => {
      const z = v as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
      if (!z || typeof z !== "object") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "PageLayout.zoom");
      if (z.scale !== undefined && z.scale !== null) {
        if (z.scale < 10 || z.scale > 400) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "PageLayout.zoom");
        Object.assign(ws.pageSetup, { fitToPage: false, scale: z.scale });
      } else {
        // A side left out keeps one page, as Excel's own "Fit to 1 page wide by 1 tall" does; 0 is Automatic.
        Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: z.horizontalFitToPages ?? 1, fitToHeight: z.verticalFitToPages ?? 1 });
      }
    },
  },
};
defineProps(SimPageLayout, "PageLayout", PAGE_PROPS);
