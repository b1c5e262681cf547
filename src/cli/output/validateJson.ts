import type { CheckedReport } from "../../core/model";
import type { VillageScore } from "../../core/scoring/scoreVillage";
import type { Lang } from "../args/parseArgs";
import type { PointsLine } from "../../core/model";
import { roundScore } from "../../core/scoring/roundScore";
import { findingJson } from "./findingJson";

// Points as the sheets write them: 2 decimals.
function earned(line: PointsLine | undefined): number | null {
  return line === undefined ? null : roundScore(line.earned);
}

/**
 * The JSON of `thidua validate` (docs/outputs.md#command-line): the village, each indicator with its target, actual, status and
 * completion, the findings and the summary. Scored by the points method (`score`), each indicator also
 * carries `points`, `selfPoints` and `verifiedPoints` (null when absent) and the summary `points` and
 * `selfPoints`. The points' own findings are the report's already (see `withFindings`), counted in its summary.
 *
 * @example validateJson(checkReport(sheet), "vi").summary.met
 */
export function validateJson(report: CheckedReport, lang: Lang, score: VillageScore | null = null) {
  const pointsOf = new Map((score?.lines ?? []).map((line) => [line.indicatorId, line.points]));
  return {
    village: report.village,
    indicators: report.indicators.map(({ indicator, actual, status, completion, cell, points: row }) => ({
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
      ...(score === null
        ? {}
        : {
            points: earned(pointsOf.get(indicator.id)),
            selfPoints: row?.selfPoints ?? null,
            verifiedPoints: row?.verifiedPoints ?? null,
          }),
    })),
    findings: report.findings.map((f) => findingJson(f, lang)),
    summary: { ...report.summary, ...(score === null ? {} : { points: score.score, selfPoints: score.selfPoints ?? null }) },
  };
}
