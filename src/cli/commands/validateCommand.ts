import * as path from "node:path";
import { checkReport } from "../../core/checks/checkReport";
import type { SheetCells } from "../../core/model";
import { readIndicatorTable } from "../../core/table/readIndicatorTable";
import type { CliOptions } from "../args/parseArgs";
import { loadWorkbook } from "../input/loadWorkbook";
import { pickSheet } from "../input/pickSheet";
import { pickTableSheet } from "../input/pickTableSheet";
import type { CliIo } from "../io";
import { findingJson } from "../output/findingJson";
import { printReport } from "../output/printReport";
import { validateJson } from "../output/validateJson";
import { cliText } from "../text";

/**
 * `thidua validate <report.xlsx> [--targets <targets.xlsx>] [--sheet NAME] [--village NAME]`: checks one
 * village's report. Exit 0 when no error was found, 1 when the report has errors, 2 when a file or the
 * sheet cannot be used.
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
    summary: { indicators: 0, met: 0, exceeded: 0, shortfall: 0, unknown: 0, errors: findings.length, warnings: 0 },
  });
  let unusable = false;
  let targets: SheetCells | undefined;
  const unusableFindings = [];
  if (options.targets !== null) {
    const loadedTargets = await loadWorkbook(options.targets, io, lang);
    if (loadedTargets.ok) {
      targets = pickTableSheet(loadedTargets.sheets, ["targets", "consolidated", "report"])?.sheet;
      if (!targets) io.err(text.noTable(options.targets));
    } else {
      unusableFindings.push(findingJson(loadedTargets.finding, lang));
    }
    unusable = targets === undefined;
  }
  const loaded = await loadWorkbook(file, io, lang);
  if (!loaded.ok) {
    if (json) io.out(JSON.stringify(emptyJson([...unusableFindings, findingJson(loaded.finding, lang)]), null, 2));
    return 2;
  }
  let sheet: SheetCells | null;
  if (options.sheet !== null) {
    sheet = pickSheet(loaded.sheets, options.sheet);
    if (sheet === null) {
      io.err(text.sheetNotFound(file, options.sheet, loaded.sheets.map((s) => s.name)));
      if (json) io.out(JSON.stringify(emptyJson(unusableFindings), null, 2));
      return 2;
    }
    if (readIndicatorTable(sheet).layout !== "report") sheet = null;
  } else {
    sheet = pickTableSheet(loaded.sheets, ["report"])?.sheet ?? null;
  }
  if (sheet === null) {
    io.err(text.noReport(file));
    const sheetFindings = loaded.sheets.flatMap((s) => readIndicatorTable(s).findings).map((f) => findingJson(f, lang));
    if (json) io.out(JSON.stringify(emptyJson([...unusableFindings, ...sheetFindings]), null, 2));
    return 2;
  }
  const report = checkReport(sheet, {
    ...(targets ? { targets } : {}),
    ...(options.village !== null ? { village: options.village } : {}),
    fileName: path.basename(file),
  });
  if (json) {
    const result = validateJson(report, lang);
    io.out(JSON.stringify({ ...result, findings: [...unusableFindings, ...result.findings] }, null, 2));
  } else {
    io.out(printReport(report, file, lang, text));
  }
  if (unusable) return 2;
  return report.findings.some((f) => f.severity === "error") ? 1 : 0;
}
