import type { CheckedReport } from "../../core/model";
import { formatNumberVi } from "../../core/values/formatNumberVi";
import type { Lang } from "../args/parseArgs";
import type { CliText } from "../text";
import { formatValue } from "./formatValue";
import { printFindings } from "./printFindings";
import { shorten } from "./shorten";
import { textTable } from "./textTable";

/**
 * A checked report for the terminal: one line per indicator, the findings, then the summary.
 *
 * @example io.out(printReport(report, "samples/thon-na-lau.xlsx", "vi", cliText("vi")))
 */
export function printReport(report: CheckedReport, file: string, lang: Lang, text: CliText): string {
  const c = text.validateColumns;
  const rows = report.indicators.map(({ indicator, actual, status, completion }) => [
    shorten(indicator.name, 60),
    formatValue(indicator.target),
    formatValue(actual),
    text.status[status],
    completion === null ? "" : `${formatNumberVi(completion * 100, 1)}%`,
  ]);
  return [
    text.validateHeading(report.village, file, report.sheet),
    "",
    textTable([c.name, c.target, c.actual, c.status, c.completion], rows, ["left", "right", "right", "left", "right"]),
    "",
    ...printFindings(report.findings, lang, text),
    "",
    text.summary(report.summary),
  ].join("\n");
}
