import { finding, type Finding } from "../../../src/core/model/finding";
import type { CheckedIndicator, CheckedReport } from "../../../src/core/model/report";
import type { ResolvedRule } from "../../../src/core/scoring/resolveRules";

/**
 * Villages ranked together are scored on one set of maximum points (docs/scoring.md#points-method). Where neither a rule's
 * `points` nor the commune's target sheet gives an indicator's maximum, the reports' own Điểm chuẩn
 * would let a village set its own (60 written where the others write 15). Each such indicator is scored
 * for every village on the maximum most reports write, the lowest of those on a tie, so that no report
 * raises itself above the others; each report whose own maximum differs, or is blank, gets
 * `points/max-differs` naming the village and the indicator (`expected` the maximum scored, `actual` its own).
 *
 * @example // Nà Lầu, Khuôn Lùng and Nặm Đin write 15 for "Thu nhập"; Bản Thử writes 60
 * commonMaxima(reports, ruleFor).reports[3].indicators[0].indicator.maxPoints === 15
 */
export function commonMaxima(reports: readonly CheckedReport[], ruleFor: (name: string) => ResolvedRule): { reports: CheckedReport[]; findings: Finding[] } {
  if (reports.length < 2) return { reports: [...reports], findings: [] };
  // Each row's own maximum, asked once (ruled by name, looked up by id): kept for the passes below.
  const owns = reports.map((report) => report.indicators.map((checked) => ownMaximum(report, checked, ruleFor)));
  // Every report writing the same maximum for each indicator, as they mostly do: nothing to change or say.
  if (sameEverywhere(reports, owns)) return { reports: [...reports], findings: [] };
  const written = new Map<string, Map<number, number>>();
  reports.forEach((report, at) =>
    report.indicators.forEach((checked, index) => {
      const max = owns[at][index];
      if (max === undefined || max === null) return;
      let counts = written.get(checked.indicator.id);
      if (counts === undefined) written.set(checked.indicator.id, (counts = new Map()));
      counts.set(max, (counts.get(max) ?? 0) + 1);
    }),
  );
  const basis = new Map<string, { max: number; reports: number }>();
  for (const [id, counts] of written) basis.set(id, mostWritten(counts));
  const findings: Finding[] = [];
  const based = reports.map((report, at) => {
    let indicators: CheckedIndicator[] | null = null;
    report.indicators.forEach((checked, index) => {
      const own = owns[at][index];
      if (own === undefined) return;
      const common = basis.get(checked.indicator.id);
      if (common === undefined || own === common.max) return;
      indicators ??= [...report.indicators];
      indicators[index] = { ...checked, indicator: { ...checked.indicator, maxPoints: common.max } };
      // A row the report leaves out altogether already has its row/missing-indicator.
      if (checked.cell === "") return;
      findings.push(
        finding("points/max-differs", {
          sheet: report.sheet,
          cell: own === null ? null : (checked.points?.cells.maxPoints ?? null),
          indicator: checked.indicator.name,
          indicatorId: checked.indicator.id,
          expected: common.max,
          actual: own,
          details: { village: report.village, reports: common.reports },
        }),
      );
    });
    return indicators === null ? report : { ...report, indicators };
  });
  return { reports: based, findings };
}

/**
 * Whether every report gives each indicator the same maximum of its own, none blank. Reports of one
 * template hold their rows in the same order: the previous report's row is compared first.
 */
function sameEverywhere(reports: readonly CheckedReport[], owns: readonly (number | null | undefined)[][]): boolean {
  const first = new Map<string, number>();
  let previous: readonly CheckedIndicator[] = [];
  let previousOwn: readonly (number | null | undefined)[] = [];
  for (let at = 0; at < reports.length; at++) {
    const rows = reports[at].indicators;
    const own = owns[at];
    for (let index = 0; index < rows.length; index++) {
      const max = own[index];
      if (max === undefined) continue;
      if (max === null) return false;
      const id = rows[index].indicator.id;
      if (index < previous.length && previousOwn[index] === max && previous[index].indicator.id === id) continue;
      const known = first.get(id);
      if (known === undefined) first.set(id, max);
      else if (known !== max) return false;
    }
    previous = rows;
    previousOwn = own;
  }
  return true;
}

/**
 * The maximum a report itself gives a scored row: a number, null when it leaves it blank, undefined when
 * the maximum is not the report's to give (a rule's `points`, the target sheet's Điểm chuẩn).
 */
function ownMaximum(report: CheckedReport, checked: CheckedIndicator, ruleFor: (name: string) => ResolvedRule): number | null | undefined {
  if (!checked.scored || ruleFor(checked.indicator.name).points !== null) return undefined;
  if (authorityMaximum(report, checked.indicator.id) !== undefined) return undefined;
  return checked.indicator.maxPoints ?? null;
}

const authorityMaxima = new WeakMap<object, Map<string, number | undefined>>();

/** The target sheet's maximum for an indicator; reports checked against one sheet share its lookup. */
function authorityMaximum(report: CheckedReport, id: string): number | undefined {
  const rows = report.authority?.rows;
  if (rows === undefined) return undefined;
  let byId = authorityMaxima.get(rows);
  if (byId === undefined) {
    byId = new Map();
    for (const row of rows) if (!byId.has(row.indicator.id)) byId.set(row.indicator.id, row.indicator.maxPoints);
    authorityMaxima.set(rows, byId);
  }
  return byId.get(id);
}

// The maximum most reports write; the lowest of them on a tie, so a report never raises the basis alone.
function mostWritten(counts: Map<number, number>): { max: number; reports: number } {
  let best = { max: Infinity, reports: 0 };
  for (const [max, reports] of counts) if (reports > best.reports || (reports === best.reports && max < best.max)) best = { max, reports };
  return best;
}
