import type { Finding } from "../model/finding";
import type { Indicator, Value } from "../model/indicator";
import type { CellReading } from "../values/readCell";

/** What the value checks look at for one indicator of a village's report. */
export interface ValueContext {
  sheet: string;
  /** The indicator with the targets that apply (authoritative ones when given). */
  indicator: Indicator;
  /** The actual value in the indicator's unit. */
  actual: Value;
  /** The actual cell as read (percent format, written as text …). */
  reading: CellReading;
  /** A1 address of the actual cell. */
  cell: string;
  /** The report's own Tỷ lệ cell, when the sheet has that column. */
  rate: { reading: CellReading; cell: string } | null;
}

/** A check: looks at one indicator's value and says what is wrong, if anything. */
export type ValueCheck = (context: ValueContext) => Finding[];

/**
 * The facts every finding about this indicator carries.
 *
 * @example finding("value/negative", { ...about(context), actual: -3 })
 */
export function about(context: ValueContext): Pick<Finding, "sheet" | "cell" | "indicator" | "indicatorId"> {
  return { sheet: context.sheet, cell: context.cell, indicator: context.indicator.name, indicatorId: context.indicator.id };
}
