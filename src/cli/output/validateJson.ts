import type { CheckedReport } from "../../core/model";
import type { Lang } from "../args/parseArgs";
import { findingJson } from "./findingJson";

/**
 * The JSON of `thidua validate` (SPEC §8): the village, each indicator with its target, actual, status and
 * completion, the findings and the summary.
 *
 * @example validateJson(checkReport(sheet), "vi").summary.met
 */
export function validateJson(report: CheckedReport, lang: Lang) {
  return {
    village: report.village,
    indicators: report.indicators.map(({ indicator, actual, status, completion, cell }) => ({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      kind: indicator.kind,
      target: indicator.target,
      actual,
      status,
      completion,
      sheet: indicator.sheet,
      cell,
    })),
    findings: report.findings.map((f) => findingJson(f, lang)),
    summary: { ...report.summary },
  };
}
