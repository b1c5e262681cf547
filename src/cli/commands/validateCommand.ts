import * as path from "node:path";
import type { SheetCells } from "../../core/model";
import type { CliOptions } from "../args/parseArgs";
import type { RankingConfig } from "../../core/config/rankingConfig";
import { classifySheet } from "../../core/checks/classifySheet";
import { assessedYear, calendarDay } from "../../core/usecases/assessedYear";
import { scoreChecked } from "../../core/usecases/scoreChecked";
import { pointsNeedMax } from "../../core/scoring/pointsNeedMax";
import { ratioNeedsTarget } from "../../core/scoring/ratioNeedsTarget";
import { formatFinding } from "../../core/messages";
import { loadConfig } from "../input/loadConfig";
import { loadWorkbook } from "../input/loadWorkbook";
import { findReport } from "../input/findReport";
import { loadTargets } from "../input/loadTargets";
import type { CliIo } from "../io";
import { findingJson } from "../output/findingJson";
import { printJson } from "../output/printJson";
import { printLines } from "../output/printLines";
import { reportLines } from "../output/printReport";
import { validateJson } from "../output/validateJson";
import { cliText } from "../text";

/**
 * `thidua validate <report.xlsx> [--targets <targets.xlsx>] [--config <config.json>] [--sheet NAME] [--village NAME]`:
 * checks one village's report (or one village's columns of a consolidated sheet, chosen with --village);
 * with a points configuration, also its points.
 * Exit 0 when no error was found, 1 when the report has errors, 2 when a file or the sheet cannot be used.
 *
 * @example await validateCommand(parsedOptions, io) === 1
 */
export async function validateCommand(options: CliOptions, io: CliIo): Promise<number> {
  const { lang, json } = options;
  const text = cliText(lang);
  const file = options.files[0];
  const emptyJson = (findings: ReturnType<typeof findingJson>[]) => ({
    village: null,
    indicators: [],
    findings,
    summary: {
      indicators: 0, met: 0, exceeded: 0, shortfall: 0, unknown: 0,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
    },
  });
  let unusable = false;
  let targets: SheetCells | undefined;
  const unusableFindings = [];
  if (options.targets !== null) {
    const loaded = await loadTargets(options.targets, io, lang);
    targets = loaded.sheet;
    for (const f of loaded.problems) unusableFindings.push(findingJson(f, lang));
    unusable = targets === undefined;
  }
  let config: RankingConfig | null = null;
  if (options.config !== null) {
    const read = await loadConfig(options.config, io, lang);
    if (!read.ok) {
      if (json) io.out(JSON.stringify(emptyJson([...unusableFindings, ...read.findings.map((f) => findingJson(f, lang))]), null, 2));
      return 2;
    }
    config = read.config;
  }
  const loaded = await loadWorkbook(file, io, lang);
  if (!loaded.ok) {
    if (json) io.out(JSON.stringify(emptyJson([...unusableFindings, findingJson(loaded.finding, lang)]), null, 2));
    return 2;
  }
  const found = findReport(loaded.sheets, options, targets, path.basename(file), config?.year, config?.period);
  if (!found.ok) {
    if (found.problem === "sheet-not-found") io.err(text.sheetNotFound(file, options.sheet ?? "", found.sheets));
    else if (found.problem === "choose-village") io.err(text.chooseVillage(file, found.villages, options.village));
    else io.err(text.noReport(file));
    const sheetFindings = found.problem === "no-report" ? found.findings.map((f) => findingJson(f, lang)) : [];
    if (json) io.out(JSON.stringify(emptyJson([...unusableFindings, ...sheetFindings]), null, 2));
    return 2;
  }
  // The points method with no Điểm chuẩn anywhere has nothing to score with (docs/scoring.md#points-method): one line, exit 2.
  // A form under the ratio method has no target to compute a ratio from (docs/scoring.md#points-method): refused the same way.
  const noMax = config === null || options.config === null ? null : (pointsNeedMax([found.report], config, options.config) ?? ratioNeedsTarget([found.report], config, options.config));
  if (noMax !== null) {
    io.err(formatFinding(noMax, lang));
    if (json) io.out(JSON.stringify(emptyJson([...unusableFindings, findingJson(noMax, lang)]), null, 2));
    return 2;
  }
  // The same rules and points as the pane's check (docs/usecases.md#checking).
  const { report, points: score } = scoreChecked(found.report, config, assessedYear([...(targets ? [targets] : []), ...loaded.sheets].map(classifySheet), calendarDay(new Date())));
  if (json) {
    const result = validateJson(report, lang, score);
    printJson(io, { ...result, findings: [...unusableFindings, ...result.findings] });
  } else {
    printLines(io, reportLines(report, file, lang, text, score));
    if (score !== null && report.form !== true) io.out(text.pointsSummary(score.score, score.selfPoints ?? null));
  }
  if (unusable) return 2;
  return report.findings.some((f) => f.severity === "error") ? 1 : 0;
}
