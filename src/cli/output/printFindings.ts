import { formatFinding } from "../../core/messages";
import type { Finding } from "../../core/model";
import type { Lang } from "../args/parseArgs";
import type { CliText } from "../text";

/**
 * The findings of a sheet as lines for the terminal, most serious first, one finding a line.
 *
 * @example printFindings(report.findings, "vi", cliText("vi")) // ["Các điểm cần xem:", "  [Lỗi] …"]
 */
export function printFindings(findings: readonly Finding[], lang: Lang, text: CliText): string[] {
  if (findings.length === 0) return [];
  const order = { error: 0, warning: 1, shortfall: 2, info: 3 } as const;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return [text.findingsHeading, ...sorted.map((f) => `  [${text.severity[f.severity]}] ${formatFinding(f, lang)}`)];
}
