import { finding, type Finding } from "../model/finding";
import type { Indicator } from "../model/indicator";
import type { CellReading } from "../values/readCell";

/** Where an indicator row's blanks are said: its target and unit cells where the sheet has those columns, else its name. */
export interface RowCells {
  sheet: string;
  name: string;
  unit: string | null;
  target: string | null;
}

/**
 * `target/missing` for the indicator as it applies (docs/findings.md#targetmissing): no target, said at
 * the target cell (else the name) with the words written there, if any; a target cell holding a formula
 * Excel never calculated is `value/uncalculated` instead. One rule for the target sheet's reader and for a
 * report's check, each of which decides whether targets are asked of the sheet at all.
 *
 * @example missingTarget(indicator, { sheet: "Chỉ tiêu", name: "B9", unit: "C9", target: "D9" }, { type: "text", text: "chưa giao", legacy: null })[0].actual === "chưa giao"
 */
export function missingTarget(indicator: Indicator, cells: RowCells, written: CellReading | null = null): Finding[] {
  const about = { sheet: cells.sheet, indicator: indicator.name, indicatorId: indicator.id };
  if (written?.type === "uncalculated") return [finding("value/uncalculated", { ...about, cell: cells.target ?? cells.name, actual: written.formula })];
  if (indicator.target !== null) return [];
  const raw = written?.type === "text" ? written.text : written?.type === "error" ? written.error : null;
  return [finding("target/missing", { ...about, cell: cells.target ?? cells.name, ...(raw === null ? {} : { actual: raw }) })];
}

/**
 * `unit/missing` (docs/findings.md#unitmissing): a `number` indicator with no unit, said at its unit cell
 * (else the name). Words, ratings and percentages carry their meaning without one.
 *
 * @example missingUnit({ ...indicator, kind: "number", unit: null }, cells)[0].code === "unit/missing"
 */
export function missingUnit(indicator: Indicator, cells: RowCells): Finding[] {
  if (indicator.unit !== null || indicator.kind !== "number") return [];
  return [finding("unit/missing", { sheet: cells.sheet, indicator: indicator.name, indicatorId: indicator.id, cell: cells.unit ?? cells.name })];
}
