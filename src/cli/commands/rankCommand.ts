import type { RankingConfig } from "../../core/config/rankingConfig";
import type { Finding, SheetCells } from "../../core/model";
import { eachFindingOnce } from "../../core/usecases/eachFindingOnce";
import { calendarDay } from "../../core/usecases/assessedYear";
import { rankWorkbook } from "../../core/usecases/rankWorkbook";
import type { WorkbookOutcome } from "../../core/usecases/readReportWorkbooks";
import type { CliOptions } from "../args/parseArgs";
import { loadConfig } from "../input/loadConfig";
import { loadTargets } from "../input/loadTargets";
import { loadWorkbook } from "../input/loadWorkbook";
import type { CliIo } from "../io";
import { printRanking } from "../output/printRanking";
import { rankJson } from "../output/rankJson";
import { cliText } from "../text";
import type { CliText, WriteCause } from "../text/cliText";
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

  // Each file's cells, read one at a time; a file that cannot be read is said and the others go on.
  const loaded: ({ file: string; sheets: SheetCells[] } | null)[] = [];
  for (const file of options.files) {
    const read = await loadWorkbook(file, io, lang);
    if (read.ok) loaded.push({ file, sheets: read.sheets });
    else {
      problems.push(read.finding);
      loaded.push(null);
    }
  }
  const workbooks = loaded.filter((workbook): workbook is { file: string; sheets: SheetCells[] } => workbook !== null);
  const source = config !== null && options.config !== null ? { value: config, source: options.config } : null;
  const ranked = rankWorkbook({ workbooks, ...(targets ? { targets } : {}), config: source, today: calendarDay(today) });
  // Only a configuration sheet can fail to be read here; a configuration file was read above.
  if (!ranked.ok) throw new Error("a configuration file is read before the ranking");
  unusable ||= loaded.includes(null) || ranked.workbooks.some((outcome) => outcome.kind === "no-report");
  if (!json) for (const line of progressLines(options.files, loaded, ranked.workbooks, text)) io.out(line);
  for (const [index, outcome] of ranked.workbooks.entries()) if (outcome.kind === "no-report") io.err(text.noReport(workbooks[index].file));
  const found = ranked.foundTargets === null ? null : { file: workbooks[ranked.foundTargets.index].file, sheet: ranked.foundTargets.sheet };
  if (found && !json) io.out(text.usingTargets(found.file, found.sheet.name));
  if (ranked.read.length === 0 && !unusable) {
    io.err(text.noVillages);
    unusable = true;
  }
  const ranking = ranked.ranking;
  const configProblems = ranking.findings.filter((f) => f.code.startsWith("config/"));
  for (const f of configProblems) io.err(formatFinding(f, lang));
  const findings = eachFindingOnce([...problems, ...ranked.findings]);

  let written = false;
  if (options.out !== null && ranking.villages.length > 0) {
    try {
      const rendered = await writeWorkbook(options.out, [ranked.sheets.ranking, ranked.sheets.results]);
      written = true;
      const missing = [...new Set(rendered.flatMap((r) => r.missing))];
      if (missing.length > 0) io.err(text.wroteWithout(options.out, missing));
    } catch (error) {
      io.err(text.cannotWrite(options.out, writeCause(error)));
    }
  }
  if (json) {
    io.out(JSON.stringify(rankJson(ranking, findings, lang, ranked.totals, ranked.points), null, 2));
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

/** One line per file, in the order given: its villages, the commune's targets, or unusable. */
function progressLines(files: readonly string[], loaded: readonly (object | null)[], outcomes: readonly WorkbookOutcome[], text: CliText): string[] {
  let next = 0;
  return files.map((file, index) => {
    const outcome = loaded[index] === null ? null : outcomes[next++];
    const said = outcome === null || outcome.kind === "no-report" ? null : outcome.kind === "targets" ? "targets" : outcome.villages;
    return text.progress(index + 1, files.length, file, said);
  });
}
