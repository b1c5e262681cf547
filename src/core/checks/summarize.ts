import type { Finding } from "../model/finding";
import type { CheckedIndicator, ReportSummary } from "../model/report";

/**
 * Counts each status once, and the error and warning findings.
 *
 * @example summarize([{ status: "met", … }], []) // { indicators: 1, met: 1, exceeded: 0, … }
 */
export function summarize(indicators: readonly CheckedIndicator[], findings: readonly Finding[]): ReportSummary {
  const summary: ReportSummary = { indicators: indicators.length, met: 0, exceeded: 0, shortfall: 0, unknown: 0, errors: 0, warnings: 0 };
  for (const { status } of indicators) summary[status]++;
  for (const { severity } of findings) {
    if (severity === "error") summary.errors++;
    if (severity === "warning") summary.warnings++;
  }
  return summary;
}

/**
 * A checked report with further findings (the points method's notes about it), its summary counted again
 * from the one list of findings, so that "0 cảnh báo" never stands under two warnings.
 *
 * @example withFindings(report, score.notes ?? []).summary.warnings // the report's warnings and the points'
 */
export function withFindings<T extends { indicators: readonly CheckedIndicator[]; findings: Finding[]; summary: ReportSummary }>(report: T, extra: readonly Finding[]): T {
  if (extra.length === 0) return report;
  const findings = [...report.findings, ...extra];
  return { ...report, findings, summary: summarize(report.indicators, findings) };
}
