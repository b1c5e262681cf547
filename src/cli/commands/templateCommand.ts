import * as path from "node:path";
import { methodOf, type RankingConfig } from "../../core/config/rankingConfig";
import { formatFinding } from "../../core/messages";
import type { Finding } from "../../core/model";
import { templateFileNames, villageSlug } from "../../core/template/templateFileName";
import { templatesFor } from "../../core/template/scoringFormTemplates";
import type { CliOptions } from "../args/parseArgs";
import { loadConfig } from "../input/loadConfig";
import { loadTargets } from "../input/loadTargets";
import { loadWorkbook } from "../input/loadWorkbook";
import { assignTargetsCommand } from "./assignTargetsCommand";
import type { CliIo } from "../io";
import { findingJson } from "../output/findingJson";
import { templateText } from "../text/templateText";
import { sameFileAs } from "../files/sameFileAs";
import { folderWriteCause } from "../writeWorkbook/writeCause";
import { writeWorkbooksAtomically } from "../writeWorkbook/writeWorkbooksAtomically";

/**
 * `thidua template [report.xlsx]... --targets <targets.xlsx> [--village NAME]... [--config …] [--period half|year] [--assign] --out-dir <dir>`
 * (docs/outputs.md#report-templates, docs/outputs.md#command-line): one workbook per village, `bao-cao-<slug>-<year>.xlsx` (points method: with Điểm
 * chuẩn and Điểm tự chấm), written all or nothing; an existing file is said to be replaced, an input is
 * never replaced (nothing is written then), and every name changed, file name shared, target left empty,
 * indicator without points or guard refused is one line on stderr and in the JSON's `notices`. The
 * villages' reports given as files choose the indicators (docs/outputs.md#which-indicators-go-into-a-template);
 * the output ends with which indicators the templates hold and one line counting the target cells the
 * commune must still fill (docs/outputs.md#targets-the-commune-fills). With `--assign`, the "Giao chỉ tiêu"
 * workbook instead (docs/outputs.md#giving-villages-their-targets).
 *
 * @example await templateCommand(parseArgs(["template", "--targets", "chi-tieu.xlsx", "--village", "Nà Lầu", "--out-dir", "out"]).value, io) === 0
 */
export async function templateCommand(options: CliOptions, io: CliIo, today: Date = new Date()): Promise<number> {
  const { lang, json } = options;
  const text = templateText(lang);
  const outDir = options.outDir ?? ".";
  // A refusal: its line on stderr, and with --json the same line in `notices`.
  const done = (status: number, findings: Finding[], notices: string[] = []) => {
    for (const notice of notices) io.err(notice);
    if (json) io.out(JSON.stringify({ files: [], notices, findings: findings.map((f) => findingJson(f, lang)) }, null, 2));
    return status;
  };

  let config: RankingConfig | null = null;
  if (options.config !== null) {
    const loaded = await loadConfig(options.config, io, lang);
    if (!loaded.ok) return done(2, loaded.findings);
    config = loaded.config;
  }
  const villages = options.villages.length > 0 ? options.villages : (config?.villages ?? []);
  if (villages.length === 0) return done(2, [], [text.noVillages]);
  const loaded = await loadTargets(options.targets ?? "", io, lang);
  if (loaded.sheet === undefined) return done(2, loaded.problems);
  const source = loaded.sheet;
  // The configuration's year picks the plan columns where years stand side by side; else the sheet's own year.
  const years = config === null ? { year: null, fallbackYear: today.getFullYear() } : { year: config.year };
  if (options.assign) return assignTargetsCommand(options, io, { source, villages, years, rules: config?.indicators ?? [] });
  // The villages' reports, where given, say which indicators apply to them.
  const reports = [];
  for (const file of options.files) {
    const report = await loadWorkbook(file, io, lang);
    if (!report.ok) return done(2, [report.finding]);
    reports.push(...report.sheets);
  }

  const period = options.period ?? config?.period ?? "year";
  const points = config !== null && methodOf(config) === "points" ? config : null;
  const rulesSheet = options.config === null ? undefined : path.basename(options.config);
  // a scoring form gives each unit its form (docs/outputs.md#report-templates); the commune fills Điểm thẩm định when it says so
  const built = templatesFor(source, { villages, ...years, period, rules: config?.indicators ?? [], points, rulesSheet, reports, verifiedUnlocked: config?.communeFilled === true });
  const year = built.year;
  if (built.templates.length === 0) {
    for (const f of built.findings) io.err(formatFinding(f, lang));
    return done(2, built.findings);
  }

  const names = templateFileNames(villages, year);
  const files = names.map((name) => path.join(outDir, name));
  const inputs = [options.targets, options.config, ...options.files].filter((file): file is string => file !== null);
  for (const file of files) {
    if (await sameFileAs(file, inputs)) return done(2, [], [text.wouldReplaceInput(file)]);
  }
  const written = await writeWorkbooksAtomically(built.templates.map((template, index) => ({ file: files[index], sheets: [template.sheet] })));
  if (!written.ok) return done(2, [], [text.cannotWrite(outDir, written.file, folderWriteCause(written.error))]);

  // What the user must know beyond "written": one line each, on stderr (and in the JSON's notices).
  const notices = [
    ...sharedSlugs(villages).map((group) => text.sameSlug(group)),
    ...built.templates.flatMap((template, index) => [
      ...(template.renamed ? [text.renamed(template.village, template.sheet.name)] : []),
      ...(template.communeOnly > 0 ? [text.communeOnly(names[index], template.communeOnly)] : []),
      ...(template.withoutPoints > 0 ? [text.withoutPoints(names[index], template.withoutPoints)] : []),
      ...written.books[index].sheets.filter((sheet) => sheet.missing.length > 0).map((sheet) => text.withoutGuards(names[index], sheet.sheet)),
    ]),
  ];
  // A rule that matches nothing is the configuration's error: the templates are written, the status is 2.
  for (const f of built.findings) io.err(formatFinding(f, lang));
  for (const notice of notices) io.err(notice);
  const included = built.selection.indicators.filter((indicator) => indicator.included).length;
  const communeCells = built.templates.reduce((sum, template) => sum + template.communeCells.length, 0);
  const firstIndex = built.templates.findIndex((template) => template.communeCells.length > 0);
  const first = firstIndex < 0 ? null : { file: files[firstIndex], cell: built.templates[firstIndex].communeCells[0] };
  const summary = [text.basis(built.selection.basis, included, built.selection.indicators.length), text.summary(built.templates.length, communeCells, first)];
  const entries = built.templates.map((template, index) => ({
    village: template.village,
    file: files[index],
    indicators: template.indicators,
    sheet: template.sheet.name,
    replaced: written.books[index].replaced,
    renamed: template.renamed,
  }));
  if (json) {
    const selection = { basis: built.selection.basis, included, total: built.selection.indicators.length };
    io.out(JSON.stringify({ files: entries, notices, selection, communeCells, firstCommuneCell: first, summary, findings: built.findings.map((f) => findingJson(f, lang)) }, null, 2));
  } else {
    io.out([...built.templates.map((template, index) => text.wrote(files[index], template.village, template.indicators, written.books[index].replaced)), ...summary].join("\n"));
  }
  return built.findings.length > 0 ? 2 : 0;
}

function sharedSlugs(villages: readonly string[]): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const village of villages) bySlug.set(villageSlug(village), [...(bySlug.get(villageSlug(village)) ?? []), village]);
  return [...bySlug.values()].filter((group) => group.length > 1);
}
