import type * as ExcelJS from "exceljs";
import { formatBounds, parseAddress } from "./address";
import type { SimChart, SimContextCore } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimObject, defineProps, parseLoad, type LoadSpec, type PropSpec } from "./proxy";
import { SimRange } from "./range";
import { assertEditable } from "./sheetAccess";

/** Charts live beside the workbook (ExcelJS keeps none); the handle shows them to tests. */
const CHART_TYPES = new Set(["BarClustered", "BarStacked", "ColumnClustered", "ColumnStacked", "Line", "Pie"]);

function chartsOf(ctx: SimContextCore, ws: ExcelJS.Worksheet): SimChart[] {
  let list = ctx.state.charts.get(ws.id);
  if (!list) ctx.state.charts.set(ws.id, (list = []));
  return list;
}

function rangeAddress(ctx: SimContextCore, ws: ExcelJS.Worksheet, input: unknown, where: string): string {
  if (typeof input === "string" && parseAddress(input)) return input;
  if (input instanceof SimRange) {
    if (input.context !== ctx) throw simError("InvalidRequestContext", ERROR_TEXT.InvalidRequestContext, where);
    const t = input._get();
    if (t.ws !== ws) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
    return formatBounds(t.b);
  }
  throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, where);
}

interface ChartTarget {
  ws: ExcelJS.Worksheet;
  chart: SimChart;
}

export class SimChartCollection extends SimObject<ExcelJS.Worksheet> {
  private itemsList: SimChart$[] | null = null;

  constructor(ctx: SimContextCore, sheet: SimObject<ExcelJS.Worksheet>) {
    super(ctx, "ChartCollection", () => sheet._get());
  }
  override _props(): Record<string, PropSpec<ExcelJS.Worksheet>> {
    return {};
  }
  /** The sheet's charts, after `load("items/name")` (or any items/ property) and a sync. */
  get items(): SimChart$[] {
    if (!this.itemsList) throw simError("PropertyNotLoaded", ERROR_TEXT.PropertyNotLoaded("items"), "ChartCollection.items");
    return this.itemsList;
  }
  override load(spec?: LoadSpec): this {
    const fields = parseLoad(spec, "ChartCollection.load") ?? [];
    if (fields.some((f) => !/^items(\/(name|chartType))?$/.test(f))) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "ChartCollection.load");
    this._queue("ChartCollection.load", fields, () => {
      const ws = this._get();
      const charts = [...chartsOf(this.context, ws)];
      return {
        bytes: charts.reduce((n, c) => n + c.name.length + 40, 2),
        apply: () => {
          this.itemsList = charts.map((chart) => {
            const proxy = new SimChart$(this.context, () => ({ ws, chart }));
            proxy._values.set("name", chart.name);
            return proxy;
          });
        },
      };
    });
    return this;
  }
  add(type: string, sourceData: SimRange, seriesBy = "Auto"): SimChart$ {
    let made: ChartTarget | null = null;
    this._queue("ChartCollection.add", { type, seriesBy }, () => {
      const ws = this._get();
      assertEditable(ws, "ChartCollection.add");
      if (!CHART_TYPES.has(type) || !["Auto", "Columns", "Rows"].includes(seriesBy)) {
        throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "ChartCollection.add");
      }
      const source = rangeAddress(this.context, ws, sourceData, "ChartCollection.add");
      const id = `{chart-${++this.context.state.nextChartId}}`;
      const chart: SimChart = {
        id, name: `Chart ${this.context.state.nextChartId}`, type, source,
        // Excel on the web reads "Auto" as columns (DTS 59195).
        seriesBy: seriesBy === "Auto" ? "Columns" : seriesBy,
        title: "", legendVisible: true, position: null,
      };
      chartsOf(this.context, ws).push(chart);
      made = { ws, chart };
    });
    return new SimChart$(this.context, () => made);
  }
}

export class SimChart$ extends SimObject<ChartTarget> {
  constructor(ctx: SimContextCore, resolve: () => ChartTarget | null) {
    super(ctx, "Chart", resolve);
  }
  override _alive(t: ChartTarget): boolean {
    return chartsOf(this.context, t.ws).includes(t.chart);
  }
  override _props(): Record<string, PropSpec<ChartTarget>> {
    return CHART_PROPS;
  }
  get title(): SimChartTitle {
    return new SimChartTitle(this.context, this);
  }
  get legend(): SimChartLegend {
    return new SimChartLegend(this.context, this);
  }
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._queue("Chart.setPosition", null, () => {
      const t = this._get();
      t.chart.position = { from: rangeAddress(this.context, t.ws, startCell, "Chart.setPosition"), to: endCell === undefined ? null : rangeAddress(this.context, t.ws, endCell, "Chart.setPosition") };
    });
  }
  delete(): void {
    this._queue("Chart.delete", null, () => {
      const t = this._get();
      const list = chartsOf(this.context, t.ws);
      list.splice(list.indexOf(t.chart), 1);
    });
  }
}

const CHART_PROPS: Record<string, PropSpec<ChartTarget>> = {
  name: { level: "1.1", get: (t) => t.chart.name, set: (t, v) => (t.chart.name = String(v)) },
  chartType: { level: "1.7", get: (t) => t.chart.type },
};
defineProps(SimChart$, "Chart", CHART_PROPS);

export class SimChartTitle extends SimObject<ChartTarget> {
  constructor(ctx: SimContextCore, chart: SimChart$) {
    super(ctx, "ChartTitle", () => chart._get());
  }
  override _props(): Record<string, PropSpec<ChartTarget>> {
    return TITLE_PROPS;
  }
}

export class SimChartLegend extends SimObject<ChartTarget> {
  constructor(ctx: SimContextCore, chart: SimChart$) {
    super(ctx, "ChartLegend", () => chart._get());
  }
  override _props(): Record<string, PropSpec<ChartTarget>> {
    return LEGEND_PROPS;
  }
}

const TITLE_PROPS: Record<string, PropSpec<ChartTarget>> = {
  text: { level: "1.1", get: (t) => t.chart.title, set: (t, v) => (t.chart.title = String(v)) },
};
const LEGEND_PROPS: Record<string, PropSpec<ChartTarget>> = {
  visible: { level: "1.1", get: (t) => t.chart.legendVisible, set: (t, v) => (t.chart.legendVisible = !!v) },
};
defineProps(SimChartTitle, "ChartTitle", TITLE_PROPS);
defineProps(SimChartLegend, "ChartLegend", LEGEND_PROPS);
