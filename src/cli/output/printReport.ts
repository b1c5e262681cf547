import type { CheckedReport } from "../../core/model";
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
 *
 * @example printLines(io, reportLines(report, "samples/thon-na-lau.xlsx", "vi", cliText("vi")))
 */
export function reportLines(report: CheckedReport, file: string, lang: Lang, text: CliText): string[] {
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
