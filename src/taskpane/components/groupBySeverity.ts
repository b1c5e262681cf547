import type { Finding, Severity } from "../../core/model";

/** Most urgent first: what cannot be trusted, then what looks wrong, then targets not met. */
export const SEVERITY_ORDER: Severity[] = ["error", "warning", "shortfall", "info"];

/**
 * Findings grouped by severity, most urgent first, empty groups left out; order within a group kept.
 *
 * @example groupBySeverity([warn, err]) → [{ severity: "error", findings: [err] }, { severity: "warning", findings: [warn] }]
 */
export function groupBySeverity(findings: Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity),
  })).filter((group) => group.findings.length > 0);
}
