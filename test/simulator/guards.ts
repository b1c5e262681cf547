import type * as ExcelJS from "exceljs";
import type { SimContextCore } from "./context";
import { cellValidations } from "./hostState";
import { ERROR_TEXT, simError } from "./errors";
import { SimObject, defineProps, type PropSpec } from "./proxy";
import type { RangeTarget } from "./rangeFormat";
import { assertEditable, eachCell, findCell, uniform } from "./sheetAccess";

/** `Excel.FormatProtection` (ExcelApi 1.2): whether cells are locked, kept as ExcelJS `cell.protection`. */
export class SimFormatProtection extends SimObject<RangeTarget> {
  constructor(ctx: SimContextCore, range: SimObject<RangeTarget>) {
    super(ctx, "FormatProtection", () => range._get());
  }
  override _props(): Record<string, PropSpec<RangeTarget>> {
    return FORMAT_PROTECTION_PROPS;
  }
}
const FORMAT_PROTECTION_PROPS: Record<string, PropSpec<RangeTarget>> = {
  locked: {
    level: "1.2",
    get: (t) => uniform(t.b, (r, c) => findCell(t.ws, r, c)?.protection?.locked !== false),
    set: (t, v) => {
      if (typeof v !== "boolean") throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "FormatProtection.locked");
      assertEditable(t.ws, "FormatProtection.locked");
      eachCell(t.ws, t.b, (cell) => void (cell.protection = { locked: v }));
    },
  },
};
defineProps(SimFormatProtection, "FormatProtection", FORMAT_PROTECTION_PROPS);

type Validation = NonNullable<ExcelJS.Cell["dataValidation"]>;

/** `Excel.DataValidation` (ExcelApi 1.8): decimal and list rules, prompt and alert, kept as ExcelJS `cell.dataValidation`. */
export class SimDataValidation extends SimObject<RangeTarget> {
  constructor(ctx: SimContextCore, range: SimObject<RangeTarget>) {
    super(ctx, "DataValidation", () => range._get());
  }
  override _props(): Record<string, PropSpec<RangeTarget>> {
    return DATA_VALIDATION_PROPS;
  }
  /** Removes the range's validation (ExcelApi 1.8), as before a rule is set again. */
  clear(): void {
    this._need("1.8", "DataValidation.clear");
    this._queue("DataValidation.clear", null, () => {
      const t = this._get();
      assertEditable(t.ws, "DataValidation.clear");
      const kept = cellValidations(t.ws);
      eachCell(t.ws, t.b, (cell) => void (kept[cell.address] = undefined));
    });
  }
}

function patch(where: string, change: (v: unknown) => Partial<Validation>): PropSpec<RangeTarget>["set"] {
  return (t, v) => {
    assertEditable(t.ws, where);
    const next = change(v);
    eachCell(t.ws, t.b, (cell) => void (cell.dataValidation = { ...(cell.dataValidation ?? { type: "any" }), ...next } as Validation));
  };
}

/** Excel's `DataValidationOperator` and the ExcelJS operator it is saved as. */
const OPERATORS: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
/** Rule kinds Excel has that the simulator does not model: setting one fails loudly, never approximated. */
const UNMODELLED_RULES = ["wholeNumber", "date", "time", "textLength", "custom"];

function rule(v: unknown): Partial<Validation> {
  const r = v as { list?: { source: string }; decimal?: { formula1: number | string; formula2?: number | string; operator: string } } | null;
  const other = r && typeof r === "object" ? UNMODELLED_RULES.find((k) => k in r) : undefined;
  if (other) throw new Error(`DataValidation.rule of type ${other} is not modelled`);
  if (r?.list && typeof r.list.source === "string") return { type: "list", formulae: [`"${r.list.source}"`] };
  const operator = r?.decimal ? OPERATORS[r.decimal.operator] : undefined;
  if (!r?.decimal || !operator || r.decimal.formula1 === undefined) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "DataValidation.rule");
  const formulae = r.decimal.formula2 === undefined || !/between/i.test(operator) ? [r.decimal.formula1] : [r.decimal.formula1, r.decimal.formula2];
  return { type: "decimal", operator, formulae } as Partial<Validation>;
}

const STYLES: Record<string, Validation["errorStyle"]> = { Stop: "stop", Warning: "warning", Information: "information" };

const first = (t: RangeTarget) => findCell(t.ws, t.b.r1, t.b.c1)?.dataValidation;
const DATA_VALIDATION_PROPS: Record<string, PropSpec<RangeTarget>> = {
  // Read back, Excel answers the rule in its own shape (formulas as text?), which is not known here: reading fails loudly.
  rule: {
    level: "1.8",
    get: () => {
      throw new Error("reading DataValidation.rule is not modelled");
    },
    set: patch("DataValidation.rule", rule),
  },
  ignoreBlanks: { level: "1.8", get: (t) => first(t)?.allowBlank ?? true, set: patch("DataValidation.ignoreBlanks", (v) => ({ allowBlank: !!v })) },
  prompt: {
    level: "1.8",
    get: (t) => ({ showPrompt: !!first(t)?.showInputMessage, title: first(t)?.promptTitle ?? "", message: first(t)?.prompt ?? "" }),
    set: patch("DataValidation.prompt", (v) => {
      const p = v as { showPrompt: boolean; title: string; message: string };
      return { showInputMessage: p.showPrompt, promptTitle: p.title, prompt: p.message };
    }),
  },
  errorAlert: {
    level: "1.8",
    get: (t) => ({
      showAlert: !!first(t)?.showErrorMessage,
      style: Object.keys(STYLES).find((k) => STYLES[k] === (first(t)?.errorStyle ?? "stop")) ?? "Stop",
      title: first(t)?.errorTitle ?? "",
      message: first(t)?.error ?? "",
    }),
    set: patch("DataValidation.errorAlert", (v) => {
      const a = v as { showAlert: boolean; style?: string; title: string; message: string };
      const style = STYLES[a.style ?? "Stop"];
      if (!style) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "DataValidation.errorAlert");
      return { showErrorMessage: a.showAlert, errorStyle: style, errorTitle: a.title, error: a.message };
    }),
  },
};
defineProps(SimDataValidation, "DataValidation", DATA_VALIDATION_PROPS);
