import type { CheckedIndicator, CheckedReport } from "../../../src/core/model/report";

/**
 * Whether two reports hold the same figures: the same indicators in the same order, with the same targets,
 * actuals, statuses and points. A sheet copied or read twice ("Nà Lầu" and "Nà Lầu (2)") holds the same
 * figures; a second report with one number changed does not.
 *
 * @example sameFigures(naLau, { ...naLau, sheet: "Nà Lầu (2)" }) === true
 */
export function sameFigures(a: Pick<CheckedReport, "indicators">, b: Pick<CheckedReport, "indicators">): boolean {
  if (a.indicators.length !== b.indicators.length) return false;
  return a.indicators.every((line, index) => sameLine(line, b.indicators[index]));
}

function sameLine(a: CheckedIndicator, b: CheckedIndicator): boolean {
  return (
    a.indicator.id === b.indicator.id &&
    a.indicator.target === b.indicator.target &&
    a.indicator.targetMax === b.indicator.targetMax &&
    a.indicator.unitKey === b.indicator.unitKey &&
    a.actual === b.actual &&
    a.status === b.status &&
    a.scored === b.scored &&
    samePoints(a.points, b.points)
  );
}

function samePoints(a: CheckedIndicator["points"], b: CheckedIndicator["points"]): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.maxPoints === b.maxPoints && a.bonus === b.bonus && a.deduction === b.deduction && a.selfPoints === b.selfPoints && a.verifiedPoints === b.verifiedPoints;
}
