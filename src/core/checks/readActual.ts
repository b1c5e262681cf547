import { finding, type Finding } from "../model/finding";
import type { Indicator, Value } from "../model/indicator";
import { compareUnits, convertToUnit, type UnitComparison } from "../units/unitCatalogue";
import { interpretValue } from "../values/interpretValue";
import type { CellReading } from "../values/readCell";

export interface ActualRead {
  /** The value in the indicator's unit, null when there is none to use. */
  value: Value | null;
  findings: Finding[];
}

export interface ActualCell {
  sheet: string;
  cell: string;
  reading: CellReading;
  /** How the report row's own unit relates to the indicator's (authoritative) unit. */
  rowUnit: UnitComparison;
}

/**
 * Reads a village's actual value for an indicator (docs/reading-tables.md#values, docs/reading-tables.md#units-and-semantics): missing, Excel errors and text that is not
 * a value of the indicator's kind are findings, never zero (a formula never calculated, too); a unit written with the number ("264.000 kg")
 * or in the row's ĐVT is converted to the indicator's unit (unit/converted) or is a unit/mismatch.
 *
 * @example readActual(tonnesIndicator, { cell: "E12", reading: readCell("264.000 kg"), … }).value === 264
 */
export function readActual(indicator: Indicator, actual: ActualCell): ActualRead {
  const { reading } = actual;
  const facts = { sheet: actual.sheet, cell: actual.cell, indicator: indicator.name, indicatorId: indicator.id };
  if (reading.type === "missing") return { value: null, findings: [finding("value/missing", facts)] };
  if (reading.type === "uncalculated") return { value: null, findings: [finding("value/uncalculated", { ...facts, actual: reading.formula })] };
  if (reading.type === "error") return { value: null, findings: [finding("value/excel-error", { ...facts, actual: reading.error })] };
  const legacy = reading.type === "text" && reading.legacy !== null;
  const interpreted = interpretValue(reading, indicator.kind);
  if (!interpreted.ok) {
    const raw = reading.type === "text" ? reading.text : reading.value;
    return { value: null, findings: [finding("value/invalid", { ...facts, actual: raw, details: { kind: indicator.kind } })] };
  }
  const legacyFindings = legacy ? [finding("text/legacy-encoding", { ...facts, actual: reading.text, details: { encoding: reading.legacy, cells: 1 } })] : [];
  if (typeof interpreted.value !== "number" || reading.type !== "number") return { value: interpreted.value, findings: legacyFindings };
  return inUnit(indicator, interpreted.value, reading, actual, facts);
}

function inUnit(indicator: Indicator, value: number, reading: Extract<CellReading, { type: "number" }>, actual: ActualCell, facts: Omit<Finding, "code" | "severity">): ActualRead {
  // A unit written with the number is compared with the indicator's unit directly; a bare number is in
  // the row's unit, which may itself need converting.
  const written = reading.unit !== null && !(reading.percentFormat && indicator.unitKey !== "%") ? compareUnits(reading.unit, indicator.unit) : null;
  const comparison = written !== null && written.kind !== "missing" ? written : actual.rowUnit;
  if (comparison.kind === "mismatch") {
    const onCell = written !== null && written.kind === "mismatch";
    // A mismatched row unit is reported once, on the unit cell, by the caller.
    return { value: null, findings: onCell ? [finding("unit/mismatch", { ...facts, expected: indicator.unit, actual: reading.unit })] : [] };
  }
  if (comparison.kind !== "converted") return { value, findings: [] };
  const converted = convertToUnit(value, comparison);
  const onCell = written !== null && written.kind === "converted";
  const note = onCell
    ? [finding("unit/converted", { ...facts, expected: indicator.unit, actual: reading.unit, details: { factor: comparison.factor, from: value, to: converted } })]
    : [];
  return { value: converted, findings: note };
}
