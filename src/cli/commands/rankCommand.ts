import { applyRules } from "../../core/checks/applyRules";
import { classifySheet } from "../../core/checks/classifySheet";
import { defaultConfig, type RankingConfig } from "../../core/config/rankingConfig";
import type { Finding, SheetCells } from "../../core/model";
import { rankReportsOnce } from "../../core/ranking/rankReportsOnce";
import { buildRankingSheet } from "../../core/rankingSheet/buildRankingSheet";
import { communeResults } from "../../core/results/communeResults";
import type { CliOptions } from "../args/parseArgs";
import { loadConfig } from "../input/loadConfig";
import { loadTargets } from "../input/loadTargets";
import { readBatch } from "../input/readBatch";
import type { CliIo } from "../io";
import { printRanking } from "../output/printRanking";
import { rankJson } from "../output/rankJson";
import { cliText } from "../text";
import type { WriteCause } from "../text/cliText";
import { sameFileAs } from "../files/sameFileAs";
import { writeWorkbook } from "../writeWorkbook/writeWorkbook";
import { folderWriteCause } from "../writeWorkbook/writeCause";
import { formatFinding } from "../../core/messages";

/**
 * `thidua rank <file.xlsx>... [--targets …] [--config …] [--out …]`: checks every village report of every
 * file, ranks the villages and proposes prizes; with --out, writes the ranking workbook. A file that
 * cannot be used is reported and skipped; the others are still ranked, and the exit status is then 2.
 *
 * @example await rankCommand(parsedOptions, io) === 0
 */
export async function rankCommand(options: CliOptions, io: CliIo, today: Date = new Date()): Promise<number> {
  const { lang, json } = options;
  const text = cliText(lang);
  const problems: Finding[] = [];
  let unusable = false;

  // A link, a hard link or a linked folder can lead --out to an input under another name.
  const inputs = [...options.files, options.targets, options.config].filter((file): file is string => file !== null);
  if (options.out !== null && (await sameFileAs(options.out, inputs))) {
    io.err(text.usageProblem({ kind: "out-is-input", value: options.out, lang }));
    return 2;
  }

  let targets: SheetCells | undefined;
  if (options.targets !== null) {
    const loaded = await loadTargets(options.targets, io, lang);
    targets = loaded.sheet;
    for (const f of loaded.problems) problems.push(f);
    unusable ||= targets === undefined;
  }

  let config: RankingConfig | null = null;
  if (options.config !== null) {
    const loaded = await loadConfig(options.config, io, lang);
    if (loaded.ok) {
      config = loaded.config;
      for (const f of loaded.warnings) problems.push(f);
    }
    else {
      for (const f of loaded.findings) problems.push(f);
      if (json) io.out(JSON.stringify(rankJson({ year: today.getFullYear(), period: "year", villages: [] }, problems, lang), null, 2));
      return 2;
    }
  }

  const batch = await readBatch(
    options.files,
    targets,
    io,
    lang,
    (index, file, outcome) => {
      if (!json) io.out(text.progress(index + 1, options.files.length, file, outcome));
    },
    config?.year,
    config?.period,
  );
  if (batch.foundTargets && !json) io.out(text.usingTargets(batch.foundTargets.file, batch.foundTargets.sheet.name));
  // A rule's direction and target hold for each report's findings too (docs/reading-tables.md#units-and-semantics).
  const rules = config?.indicators ?? [];
  const reports = batch.reports.map((report) => applyRules(report, rules));
  unusable ||= batch.unusable;
  if (reports.length === 0 && !unusable) {
    io.err(text.noVillages);
    unusable = true;
  }
  for (const f of batch.problems) problems.push(f);

  // The title block as the reader reads it, ending at the header: a row of the table never names the commune.
  const titles = [targets, batch.foundTargets?.sheet, ...batch.titleSheets].filter((s): s is SheetCells => s !== undefined).map((sheet) => classifySheet(sheet));
  const year = titles.find((t) => t.year !== null)?.year ?? today.getFullYear();
  // Each village once: its own report before a consolidated column, a copy once, differing reports not at all.
  const once =
    config !== null && options.config !== null
      ? rankReportsOnce(reports, config, { sheet: options.config }, batch.reportFiles)
      : rankReportsOnce(reports, defaultConfig(year), undefined, batch.reportFiles);
  const ranking = once.ranking;
  const configProblems = ranking.findings.filter((f) => f.code.startsWith("config/"));
  for (const f of configProblems) io.err(formatFinding(f, lang));
  const findings = dedupe([...problems, ...batch.findings, ...reports.flatMap((r) => r.findings), ...ranking.findings]);

  const commune = titles.find((t) => t.commune !== null)?.commune ?? "";
  const results = communeResults(once.reports, ranking, targets ?? batch.foundTargets?.sheet, commune || null, config === null ? {} : { year: config.year });
  let written = false;
  if (options.out !== null && ranking.villages.length > 0) {
    const sheet = buildRankingSheet(ranking, { commune, place: commune, date: { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() }, signer: config?.signer ?? null, signerTitle: config?.signerTitle ?? null });
    try {
      const rendered = await writeWorkbook(options.out, [sheet, results.sheet]);
      written = true;
      const missing = [...new Set(rendered.flatMap((r) => r.missing))];
      if (missing.length > 0) io.err(text.wroteWithout(options.out, missing));
    } catch (error) {
      io.err(text.cannotWrite(options.out, writeCause(error)));
    }
  }
  if (json) {
    const points = results.points === undefined ? null : { rows: results.points, units: results.units ?? [] };
    io.out(JSON.stringify(rankJson(ranking, findings, lang, results.totals, points), null, 2));
  } else {
    // Which report of a village read twice was ranked, or why the village was not, said below the ranking.
    const twice = ranking.findings.filter((f) => f.code === "village/duplicate-report" || f.code === "village/report-left-out").map((f) => `[${text.severity[f.severity]}] ${formatFinding(f, lang)}`);
    io.out(["", printRanking(ranking, findings, lang, text), ...twice, ...(written ? [text.wrote(options.out ?? "")] : [])].join("\n"));
  }
  const notWritten = options.out !== null && ranking.villages.length > 0 && !written;
  return unusable || notWritten || configProblems.length > 0 ? 2 : 0;
}

/** Why writing the ranking failed; a folder on the way that is a file has no words of its own here. */
function writeCause(error: unknown): WriteCause {
  const cause = folderWriteCause(error);
  return cause === "not-a-folder" ? "other" : cause;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
