import { cellAddress } from "../cells/cellAddress";
import { parentRows } from "../table/formTree";
import { isScoringForm } from "../table/scoringForm";
import { readCellAt } from "../cells/sheetGrid";
import { finding, type Finding } from "../model/finding";
import type { Indicator, Value } from "../model/indicator";
import type { CheckedIndicator, CheckedReport, RowPoints } from "../model/report";
import { type Match, matchReport } from "../matching/matchIndicators";
import { compareUnits, convertToUnit, type UnitComparison } from "../units/unitCatalogue";
import type { Authority } from "./authority";
import { indicatorStatus } from "./indicatorStatus";
import { missingTarget, missingUnit } from "./missingFacts";
import { readActual } from "./readActual";
import type { ReportSource } from "./reportSource";
import { summarize } from "./summarize";
import { VALUE_CHECKS } from "./valueChecks";

const SAME: UnitComparison = { kind: "same" };
// Recomputed per indicator once the targets that apply are known.
const PER_INDICATOR = new Set(["unit/missing", "target/missing"]);

/**
 * Checks one village's columns of a read table against the targets that apply (docs/reading-tables.md#which-targets-apply, docs/reading-tables.md#checks-and-findings);
 * `targetFindings` (what is wrong with the target sheet) head the report's findings.
 *
 * @example checkSource(reportSource(readTable(sheet), "Nà Lầu"), null).summary.met
 */
export function checkSource(source: ReportSource, authority: Authority | null, targetFindings: readonly Finding[] = []): CheckedReport {
  const { table } = source;
  const sheet = table.parsed.sheet;
  const matching = authority ? matchReport(source.indicators, authority.rows.map((row) => row.indicator)) : null;
  const matches = matching?.matches ?? null;
  // A name the targets hold under several parents, twice in a report that dropped the parent rows: each
  // row is its own parent's (or ambiguous), not a copy of the first.
  const placed = (index: number) => matches?.[index] != null || matching?.ambiguous.has(index) === true;
  const header = table.header;
  const placedCells = new Set(header === null ? [] : table.rows.flatMap(({ row }, index) => (placed(index) ? [cellAddress(row, header.columns.name)] : [])));
  const findings: Finding[] = [...targetFindings, ...tableFindings(source, authority).filter((f) => f.code !== "row/duplicate-indicator" || !placedCells.has(f.cell ?? ""))];
  if (header === null) return report(source, [], findings, authority);
  // a scoring form (docs/scoring.md#points-method) has points only: no actual, target or unit to ask for
  const form = isScoringForm(header);
  if (source.actualColumn === null && table.parsed.layout !== null && !form) {
    findings.push(finding("sheet/missing-column", { sheet, cell: cellAddress(header.row, header.columns.name), details: { columns: "Thực hiện" } }));
  }
  const seen = new Set<string>();
  const indicators: CheckedIndicator[] = source.indicators.map((own, index) => {
    const row = table.rows[index].row;
    const match = matches?.[index] ?? null;
    const duplicate = seen.has(own.id) && !placed(index);
    seen.add(own.id);
    const cells = {
      name: cellAddress(row, header.columns.name),
      unit: header.columns.unit === null ? null : cellAddress(row, header.columns.unit),
      target: source.targetColumn === null ? null : cellAddress(row, source.targetColumn),
      actual: source.actualColumn === null ? null : cellAddress(row, source.actualColumn),
    };
    const applied = match === null || authority === null ? null : authority.rows[match.target].indicator;
    const indicator = applied === null ? own : effective(own, applied, authority!.scope, row + 1);
    const facts = { sheet, indicator: indicator.name, indicatorId: indicator.id };
    const rowUnit = applied === null ? SAME : compareUnits(own.unit, applied.unit);
    const ambiguous = matching?.ambiguous.get(index);
    if (authority !== null && ambiguous !== undefined) {
      findings.push(finding("row/ambiguous-indicator", { ...facts, cell: cells.name, details: { targetSheet: authority.sheet, ...parentsOf(authority, ambiguous) } }));
    } else if (authority !== null && applied === null && !duplicate) {
      findings.push(finding("row/unknown-indicator", { ...facts, cell: cells.name, details: { targetSheet: authority.sheet } }));
    }
    if (applied !== null) findings.push(...unitFindings(own, applied, rowUnit, facts, cells.unit ?? cells.name));
    if (applied !== null && (authority!.scope === "village" || !applied.cumulative)) {
      findings.push(...targetChanged(own, applied, rowUnit, facts, cells.target, authority!.sheet));
    }
    // a scoring form takes the commune's maxima: a maximum of its own that differs is said (docs/scoring.md#points-method)
    if (form && applied !== null) findings.push(...maxChanged(own, applied, facts, table.points?.[index]?.cells.maxPoints ?? null, authority!.sheet));
    // the targets and unit that apply, not the report's own: said here, never by the report's reader (PER_INDICATOR)
    if (rowUnit.kind !== "mismatch" && !form) findings.push(...missingTarget(indicator, { sheet, ...cells }));
    if (!form) findings.push(...missingUnit(indicator, { sheet, ...cells }));
    // A row pasted twice counts once: the copy has its duplicate warning and nothing else.
    const scored: boolean = !duplicate && ambiguous === undefined && (authority === null || applied !== null);
    const points = pointsOf(source, index);
    if (duplicate || source.actualColumn === null || cells.actual === null) return { indicator, actual: null, status: "unknown", completion: null, cell: cells.name, scored, ...points };
    const checked = checkValue(source, indicator, row, rowUnit, cells.actual);
    for (const f of checked.findings) findings.push(f);
    return { indicator, actual: checked.actual, ...checked.status, cell: cells.actual, scored, ...points };
  });
  if (authority !== null && matches !== null && !matches.some((match) => match !== null)) {
    // A wrong template or another commune's report: scoring it 0 quietly would still rank it and award it.
    findings.push(finding("report/nothing-scored", { sheet, cell: null, details: { targetSheet: authority.sheet, village: source.village } }));
  }
  // A template of any length: appended one by one, never spread as arguments.
  // a scoring form lacks a criterion of the commune's table wherever it leaves one out, not only a village's template
  const expectsAll = authority !== null && (authority.scope === "village" || form);
  if (expectsAll && matches !== null) for (const missing of missingIndicators(authority, matches, source, findings, form)) indicators.push(missing);
  return report(source, indicators, findings, authority);
}

// A report sheet's own points cells (a consolidated sheet's village columns have none).
function pointsOf(source: ReportSource, index: number): { points?: RowPoints } {
  const points = source.actualColumn === source.table.header?.columns.actual ? source.table.points?.[index] : undefined;
  return points === undefined ? {} : { points };
}

function report(source: ReportSource, indicators: CheckedIndicator[], all: Finding[], authority: Authority | null): CheckedReport {
  const findings = oneLegacyNote(all);
  const checked: CheckedReport = { village: source.village, sheet: source.table.parsed.sheet, indicators, findings, summary: summarize(indicators, findings) };
  if (authority !== null) checked.authority = authority;
  if (source.table.header !== null && isScoringForm(source.table.header)) checked.form = true;
  return checked;
}

/** A sheet typed in TCVN3 would otherwise get a note per cell: one note, at the first cell, counts them. */
function oneLegacyNote(findings: Finding[]): Finding[] {
  const notes = findings.filter((f) => f.code === "text/legacy-encoding");
  if (notes.length <= 1) return findings;
  const cells = notes.reduce((sum, f) => sum + (typeof f.details?.cells === "number" ? f.details.cells : 1), 0);
  const first = notes[0];
  const merged: Finding = { ...first, details: { ...first.details, cells } };
  delete merged.actual;
  return findings.flatMap((f) => (f === first ? [merged] : f.code === "text/legacy-encoding" ? [] : [f]));
}

function tableFindings(source: ReportSource, authority: Authority | null): Finding[] {
  return source.table.parsed.findings.filter((f) => {
    if (PER_INDICATOR.has(f.code)) return false;
    // With authoritative targets a report needs neither its own targets nor its own units.
    return !(authority !== null && f.code === "sheet/missing-column" && (f.details?.columns === "Mục tiêu" || f.details?.columns === "ĐVT"));
  });
}

/** The report row with the authoritative indicator's identity, semantics and target (docs/reading-tables.md#which-targets-apply). */
function effective(own: Indicator, applied: Indicator, scope: Authority["scope"], row: number): Indicator {
  const keepOwnTarget = scope === "commune" && applied.cumulative;
  // A commune sheet without ĐVT (the seed's row 7) leaves the village's own unit standing.
  const unit = applied.unit === null ? { unit: own.unit, unitKey: own.unitKey } : {};
  // Maximum points: the target sheet's, else the report's own (docs/scoring.md#points-method).
  const maxPoints = applied.maxPoints === undefined && own.maxPoints !== undefined ? { maxPoints: own.maxPoints } : {};
  return { ...applied, ...unit, ...maxPoints, sheet: own.sheet, row, target: keepOwnTarget ? ownTargetIn(own, applied) : applied.target };
}

/** The report's own target in the authoritative unit (a village that writes kg where the commune says tấn). */
function ownTargetIn(own: Indicator, applied: Indicator): Value | null {
  if (typeof own.target !== "number") return own.kind === applied.kind ? own.target : null;
  const comparison = compareUnits(own.unit, applied.unit);
  return comparison.kind === "mismatch" ? null : convertToUnit(own.target, comparison);
}

function unitFindings(own: Indicator, applied: Indicator, comparison: UnitComparison, facts: Omit<Finding, "code" | "severity" | "cell">, cell: string): Finding[] {
  if (comparison.kind === "mismatch") return [finding("unit/mismatch", { ...facts, cell, expected: applied.unit, actual: own.unit })];
  if (comparison.kind === "converted") {
    return [finding("unit/converted", { ...facts, cell, expected: applied.unit, actual: own.unit, details: { factor: comparison.factor } })];
  }
  return [];
}

function targetChanged(
  own: Indicator,
  applied: Indicator,
  comparison: UnitComparison,
  facts: Omit<Finding, "code" | "severity" | "cell">,
  cell: string | null,
  targetSheet: string,
): Finding[] {
  if (own.target === null || applied.target === null || cell === null || comparison.kind === "mismatch") return [];
  const written = typeof own.target === "number" ? convertToUnit(own.target, comparison) : own.target;
  const same = typeof written === "number" && typeof applied.target === "number" ? Math.abs(written - applied.target) <= 1e-9 * Math.max(1, Math.abs(applied.target)) : written === applied.target;
  return same ? [] : [finding("target/changed", { ...facts, cell, expected: applied.target, actual: own.target, details: { targetSheet } })];
}

// The maximum a scoring form writes against the commune's table's (Điểm chuẩn), at the form's cell.
function maxChanged(own: Indicator, applied: Indicator, facts: Omit<Finding, "code" | "severity" | "cell">, cell: string | null, targetSheet: string): Finding[] {
  if (own.maxPoints === undefined || applied.maxPoints === undefined || cell === null) return [];
  if (Math.abs(own.maxPoints - applied.maxPoints) <= 0.005) return [];
  return [finding("target/changed", { ...facts, cell, expected: applied.maxPoints, actual: own.maxPoints, details: { targetSheet, column: "maxPoints" } })];
}

function checkValue(source: ReportSource, indicator: Indicator, row: number, rowUnit: UnitComparison, cell: string) {
  const { grid, header } = source.table;
  const column = source.actualColumn!;
  const sheet = source.table.parsed.sheet;
  const reading = readCellAt(grid, row, column);
  const read = readActual(indicator, { sheet, cell, reading, rowUnit });
  const findings = [...read.findings];
  // A row whose unit cannot be converted has no usable value; the unit cell says why.
  let actual = rowUnit.kind === "mismatch" ? null : read.value;
  if (actual !== null) {
    const rateColumn = header?.columns.rate ?? null;
    const rate = rateColumn === null || source.table.parsed.layout !== "report" ? null : { reading: readCellAt(grid, row, rateColumn), cell: cellAddress(row, rateColumn) };
    const context = { sheet, indicator, actual, reading, cell, rate };
    const valueFindings = VALUE_CHECKS.flatMap((check) => check(context));
    for (const f of valueFindings) findings.push(f);
    if (valueFindings.some((f) => f.code === "value/negative")) actual = null;
  }
  const status = indicatorStatus(indicator, actual);
  if (status.status === "shortfall") {
    findings.push(
      finding("target/shortfall", {
        sheet,
        cell,
        indicator: indicator.name,
        indicatorId: indicator.id,
        expected: indicator.target,
        actual,
        details: { ratio: status.completion, direction: indicator.direction, unit: indicator.unit },
      }),
    );
  }
  return { actual, status, findings };
}

/** The groups a name the target sheet repeats sits under, for the village to write the right one above its row. */
function parentsOf(authority: Authority, targets: readonly number[]): { parents: string; firstParent: string } {
  const parents = [...new Set(targets.map((target) => authority.rows[target].indicator.path.at(-1) ?? authority.rows[target].indicator.name))];
  return { parents: parents.join(", "), firstParent: parents[0] ?? "" };
}

function missingIndicators(authority: Authority, matches: readonly (Match | null)[], source: ReportSource, findings: Finding[], form: boolean): CheckedIndicator[] {
  const matched = new Set(matches.flatMap((match) => (match === null ? [] : [match.target])));
  const sheet = source.table.parsed.sheet;
  // a scoring form's standards are sums of their criteria: only a missing criterion is missing
  const parents = form ? parentRows(authority.rows.map((row) => row.indicator)) : new Set<number>();
  return authority.rows.flatMap(({ indicator, cell }, index) => {
    if (matched.has(index) || parents.has(index)) return [];
    findings.push(
      finding("row/missing-indicator", { sheet, cell: null, indicator: indicator.name, indicatorId: indicator.id, details: { targetSheet: authority.sheet, targetCell: cell } }),
    );
    // Kept so that scoring counts it as not done; it has no cell on the village's sheet.
    return [{ indicator: { ...indicator, sheet }, actual: null, status: "unknown" as const, completion: null, cell: "", scored: true }];
  });
}
