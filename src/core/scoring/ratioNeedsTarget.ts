import { configInvalid } from "../config/configIssueFindings";
import { CONFIG_LABELS, CONFIG_SHEET_NAME } from "../config/configSheetLayout";
import type { RankingConfig } from "../config/rankingConfig";
import type { Finding } from "../model/finding";
import type { CheckedReport } from "../model/report";

/**
 * A scoring form (points only) has no target to compute a completion from (docs/scoring.md#points-method
 * "Scoring forms"): a configuration that asks for the ratio method on one is refused, naming the form,
 * rather than ranking every unit at 0 (`config/invalid`, field `method`, problem `ratio-needs-target`,
 * located on the configuration `sheet`). Null when the method is not written "ratio" or no report is a form.
 *
 * @example ratioNeedsTarget([form], { ...defaultConfig(2024), method: "ratio" }, "cau-hinh.json")?.details // { field: "method", problem: "ratio-needs-target", foundText: true, form: "Nà Lầu" }
 */
export function ratioNeedsTarget(reports: readonly CheckedReport[], config: Pick<RankingConfig, "method">, sheet: string): Finding | null {
  if (config.method !== "ratio") return null;
  const form = reports.find((report) => report.form === true);
  if (form === undefined) return null;
  const made = configInvalid("method", "ratio-needs-target", "ratio", () => ({ sheet, cell: null }));
  // on the configuration sheet the setting is named as the sheet writes it
  const details = { ...made.details, form: form.sheet };
  return { ...made, details: sheet === CONFIG_SHEET_NAME ? { ...details, label: CONFIG_LABELS.method } : details };
}
