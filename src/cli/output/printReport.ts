import type { CheckedReport } from "../../core/model";
import { formTally } from "../../core/scoring/formTally";
import type { VillageScore } from "../../core/scoring/scoreVillage";
import { formatNumberVi } from "../../core/values/formatNumberVi";
import type { Lang } from "../args/parseArgs";
import type { CliText } from "../text";
import { formatValue } from "./formatValue";
import { printFindings } from "./printFindings";
import { shorten } from "./shorten";
import { textTableLines } from "./textTable";

/**
 * A checked report for the terminal, line by line: one line per indicator, the findings, then the
 * summary. Written a piece at a time (see `printLines`): a 50 000-row report's text is never joined whole.
 * A scoring form, with its score, is said in points: its criteria with maximum, own and verified points,
 * and a summary in points (docs/scoring.md#scoring-forms).
 *
 * @example printLines(io, reportLines(report, "samples/thon-na-lau.xlsx", "vi", cliText("vi")))
 */
export function reportLines(report: CheckedReport, file: string, lang: Lang, text: CliText, score: VillageScore | null = null): string[] {
  if (report.form === true && score !== null) return formLines(report, score, file, lang, text);
  const c = text.validateColumns;
  const rows = report.indicators.map(({ indicator, actual, status, completion }) => [
    shorten(indicator.name, 60),
    formatValue(indicator.target),
    formatValue(actual),
    text.status[status],
    completion === null ? "" : `${formatNumberVi(completion * 100, 1)}%`,
  ]);
  const lines = [text.validateHeading(report.village, file, report.sheet), ""];
  for (const line of textTableLines([c.name, c.target, c.actual, c.status, c.completion], rows, ["left", "right", "right", "left", "right"])) lines.push(line);
  lines.push("");
  for (const line of printFindings(report.findings, lang, text)) lines.push(line);
  lines.push("", text.summary(report.summary));
  return lines;
}

function formLines(report: CheckedReport, score: VillageScore, file: string, lang: Lang, text: CliText): string[] {
  const c = text.formColumns;
  const points = (value: number | null) => (value === null ? "" : formatNumberVi(value));
  const rows = score.lines.flatMap(({ name, points: line }) =>
    line === undefined ? [] : [[shorten(name, 60), points(line.max), points(line.self), points(line.verified), points(line.earned)]],
  );
  const lines = [text.validateHeading(report.village, file, report.sheet), ""];
  for (const line of textTableLines([c.name, c.max, c.own, c.verified, c.earned], rows, ["left", "right", "right", "right", "right"])) lines.push(line);
  lines.push("");
  for (const line of printFindings(report.findings, lang, text)) lines.push(line);
  const { errors, warnings } = report.summary;
  lines.push("", text.formSummary(formTally(score.score, score.lines), score.selfPoints ?? null, errors, warnings));
  return lines;
}
