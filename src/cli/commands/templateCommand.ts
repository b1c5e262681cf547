import { existsSync } from "node:fs";
import * as path from "node:path";
import type { RankingConfig } from "../../core/config/rankingConfig";
import { formatFinding } from "../../core/messages";
import type { Finding } from "../../core/model";
import { templateFileNames, villageSlug } from "../../core/template/templateFileName";
import { villageTemplates } from "../../core/template/villageTemplates";
import type { CliOptions } from "../args/parseArgs";
import { loadConfig } from "../input/loadConfig";
import { loadTargets } from "../input/loadTargets";
import { sheetTitle } from "../input/sheetTitle";
import type { CliIo } from "../io";
import { findingJson } from "../output/findingJson";
import { templateText } from "../text/templateText";
import { writeWorkbooksAtomically } from "../writeWorkbook/writeWorkbooksAtomically";

/**
 * `thidua template --targets <targets.xlsx> [--village NAME]... [--config …] [--period half|year] --out-dir <dir>`
 * (SPEC §7.1, §8): one workbook per village, `bao-cao-<slug>-<year>.xlsx`, written all or nothing; an
 * existing file is said to be replaced, and an input is never replaced.
 *
 * @example await templateCommand(parseArgs(["template", "--targets", "chi-tieu.xlsx", "--village", "Nà Lầu", "--out-dir", "out"]).value, io) === 0
 */
export async function templateCommand(options: CliOptions, io: CliIo, today: Date = new Date()): Promise<number> {
  const { lang, json } = options;
  const text = templateText(lang);
  const outDir = options.outDir ?? ".";
  const done = (status: number, findings: Finding[], files: unknown[] = []) => {
    if (json) io.out(JSON.stringify({ files, findings: findings.map((f) => findingJson(f, lang)) }, null, 2));
    return status;
  };

  let config: RankingConfig | null = null;
  if (options.config !== null) {
    const loaded = await loadConfig(options.config, io, lang);
    if (!loaded.ok) return done(2, loaded.findings);
    config = loaded.config;
  }
  const villages = options.villages.length > 0 ? options.villages : (config?.villages ?? []);
  if (villages.length === 0) {
    io.err(text.noVillages);
    return done(2, []);
  }
  const loaded = await loadTargets(options.targets ?? "", io, lang);
  if (loaded.sheet === undefined) return done(2, loaded.problems);
  const source = loaded.sheet;

  const year = config?.year ?? sheetTitle(source).year ?? today.getFullYear();
  const period = options.period ?? config?.period ?? "year";
  const built = villageTemplates(source, { villages, year, period, rules: config?.indicators ?? [] });
  if (built.templates.length === 0) {
    for (const f of built.findings) io.err(formatFinding(f, lang));
    return done(2, built.findings);
  }

  const names = templateFileNames(villages, year);
  const files = names.map((name) => path.join(outDir, name));
  const inputs = [options.targets, options.config].filter((file): file is string => file !== null);
  const clash = files.find((file) => inputs.some((input) => sameFile(input, file)));
  if (clash !== undefined) {
    io.err(text.wouldReplaceInput(clash));
    return done(2, []);
  }
  const existing = files.map((file) => existsSync(file));
  const written = await writeWorkbooksAtomically(built.templates.map((template, index) => ({ file: files[index], sheets: [template.sheet] })));
  if (!written.ok) {
    io.err(text.cannotWrite(outDir, written.file, written.reason));
    return done(2, []);
  }

  const entries = built.templates.map((template, index) => ({
    village: template.village,
    file: files[index],
    indicators: template.indicators,
    sheet: template.sheet.name,
    replaced: existing[index],
  }));
  if (json) return done(0, [], entries);
  const lines = built.templates.flatMap((template, index) => [
    text.wrote(files[index], template.village, template.indicators, existing[index]),
    ...(template.renamed ? [`  ${text.renamed(template.village, template.sheet.name)}`] : []),
    ...(template.communeOnly > 0 ? [`  ${text.communeOnly(names[index], template.communeOnly)}`] : []),
  ]);
  const shared = sharedSlugs(villages);
  io.out([...lines, ...shared.map((group) => text.sameSlug(group))].join("\n"));
  return 0;
}

function sharedSlugs(villages: readonly string[]): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const village of villages) bySlug.set(villageSlug(village), [...(bySlug.get(villageSlug(village)) ?? []), village]);
  return [...bySlug.values()].filter((group) => group.length > 1);
}

/** Whether two paths name the same file; Windows and macOS ignore case in file names. */
function sameFile(a: string, b: string): boolean {
  const fold = (file: string) => (process.platform === "win32" || process.platform === "darwin" ? path.resolve(file).toLowerCase() : path.resolve(file));
  return fold(a) === fold(b);
}
