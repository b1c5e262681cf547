import type { CheckedIndicator, CheckedReport, Finding, Indicator, Value } from "../../../src/core/model";
import { finding } from "../../../src/core/model/finding";
import { foldText } from "../../../src/core/text/foldText";

/** An indicator as the check engine would give it, from the seed's columns. */
export function indicator(
  name: string,
  unit: string | null,
  target: Value | null,
  options: Partial<Pick<Indicator, "kind" | "direction" | "cumulative" | "path">> = {},
): Indicator {
  const kind = options.kind ?? (typeof target === "number" || target === null ? "number" : "pass");
  return {
    id: foldText(name),
    tt: "-",
    path: options.path ?? [],
    name,
    unit,
    unitKey: unit,
    kind,
    target,
    direction: options.direction ?? "higher",
    cumulative: options.cumulative ?? (kind === "number" && unit !== "%"),
    sheet: "Chỉ tiêu",
    row: 1,
  };
}

/**
 * A checked village report: each indicator with its actual (null = missing, which adds a value/missing
 * error as the check engine does). `errors` adds further error findings.
 */
export function report(
  village: string,
  rows: readonly (readonly [Indicator, Value | null])[],
  options: { sheet?: string; errors?: number; scored?: boolean[] } = {},
): CheckedReport {
  const sheet = options.sheet ?? village;
  const indicators: CheckedIndicator[] = rows.map(([ind, actual], index) => ({
    indicator: ind,
    actual,
    status: actual === null ? "unknown" : "met",
    completion: null,
    cell: `E${index + 5}`,
    scored: options.scored?.[index] ?? true,
  }));
  const findings: Finding[] = indicators
    .filter((checked) => checked.actual === null)
    .map((checked) => finding("value/missing", { sheet, cell: checked.cell, indicator: checked.indicator.name }));
  for (let i = 0; i < (options.errors ?? 0); i += 1) findings.push(finding("value/invalid", { sheet, cell: `E${90 + i}`, actual: "?" }));
  return {
    village,
    sheet,
    indicators,
    findings,
    summary: {
      indicators: indicators.length,
      met: 0,
      exceeded: 0,
      shortfall: 0,
      unknown: indicators.filter((checked) => checked.actual === null).length,
      errors: findings.length,
      warnings: 0,
    },
  };
}
