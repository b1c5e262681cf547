import { CONFIG_SHEET_NAME } from "../../../src/core/config/configSheetLayout";
import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import type { Ranking } from "../../../src/core/model/ranking";
import type { CheckedReport } from "../../../src/core/model/report";
import { applyRules } from "../../../src/core/checks/applyRules";
import { rankVillages } from "./rankVillages";
import { selectReports } from "./selectReports";
import { rosterKey } from "../../../src/core/config/rosterKey";

/**
 * Ranks each village once (see `selectReports`), as the pane and the command line both do: the reports
 * chosen are ranked, what was left out is said first among the findings, and a village not ranked for its
 * differing reports is listed in `unranked` (not as a roster village without a report). `reports` are the
 * ones ranked, for the results across the villages.
 *
 * @example rankReportsOnce([naLau, consolidatedNaLau], defaultConfig(2024)).ranking.villages.length === 1
 */
export function rankReportsOnce(
  reports: readonly CheckedReport[],
  config: RankingConfig,
  configSource: Parameters<typeof rankVillages>[2] = { sheet: CONFIG_SHEET_NAME },
  files: readonly string[] = [],
): { ranking: Ranking; reports: CheckedReport[] } {
  // A rule's direction and target hold for the reports' statuses and findings too, not the score alone (docs/reading-tables.md#units-and-semantics).
  const choice = selectReports(reports.map((report) => applyRules(report, config.indicators)), files);
  const ranked = rankVillages(choice.reports, config, configSource);
  if (choice.findings.length === 0) return { ranking: ranked, reports: choice.reports };
  const unranked = new Set(choice.unranked.map(rosterKey));
  const notMissing = (village: unknown) => typeof village !== "string" || !unranked.has(rosterKey(village));
  const roster = new Map((config.villages ?? []).map((name) => [rosterKey(name), name]));
  const ranking: Ranking = {
    ...ranked,
    findings: [
      ...choice.findings,
      ...ranked.findings.filter((f) => f.code !== "village/missing-report" || notMissing(f.details?.village)),
    ],
    ...(ranked.missing === undefined ? {} : { missing: ranked.missing.filter(notMissing) }),
    ...(choice.unranked.length === 0 ? {} : { unranked: choice.unranked.map((village) => roster.get(rosterKey(village)) ?? village) }),
  };
  return { ranking, reports: choice.reports };
}
