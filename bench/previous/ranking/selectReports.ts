import { finding, type Finding } from "../../../src/core/model/finding";
import type { CheckedReport } from "../../../src/core/model/report";
import { sameFigures } from "./sameFigures";
import { rosterKey } from "../../../src/core/config/rosterKey";

/** The reports a ranking takes, one per village, and what was left out and why. */
export interface ReportChoice {
  /** One report per village, in the order given. */
  reports: CheckedReport[];
  /** `village/report-left-out` (warning) and `village/duplicate-report` (error). */
  findings: Finding[];
  /** Villages not ranked because their reports differ, as the first report names them. */
  unranked: string[];
}

/**
 * Which reports a ranking takes, so that no village is ranked twice (a village ranked twice can take two
 * prizes and push another out of them). Names compare as the roster does ("BẢN PIỀNG" = "Piềng"; see
 * `rosterKey`).
 * - A village's own report sheet wins over a consolidated sheet's column for it: the column is left out
 *   with `village/report-left-out`, located at the consolidated sheet's header cell for the village.
 * - Reports of the same kind (two report sheets, or two consolidated columns) with the same figures are a
 *   copy: the first is ranked, each copy left out with `village/report-left-out`.
 * - Reports of the same kind with different figures: which one is right is the commune's call, not the
 *   ranking's. The village is not ranked and gets no prize; one `village/duplicate-report` error names two
 *   of its reports (and how many more), and the other villages are ranked as usual.
 * `files[i]`, where given, is the file `reports[i]` was read from (command line).
 *
 * @example selectReports([naLau, khuonLung, { ...consolidatedNaLau, consolidatedCell: "F5" }]).reports // [naLau, khuonLung]
 */
export function selectReports(reports: readonly CheckedReport[], files: readonly string[] = []): ReportChoice {
  const groups = new Map<string, number[]>();
  reports.forEach((report, index) => {
    const key = rosterKey(report.village);
    // A report without a name of its own is never taken for another's.
    const group = key === "" ? `\u0000${index}` : key;
    const members = groups.get(group) ?? [];
    members.push(index);
    groups.set(group, members);
  });
  const left = new Set<number>();
  const findings: Finding[] = [];
  const unranked: string[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    const own = members.filter((index) => reports[index].consolidatedCell === undefined);
    const first = own.length > 0 ? own : members;
    const kept = first[0];
    for (const index of members) if (index !== kept) left.add(index);
    const differing = first.find((index) => index !== kept && !sameFigures(reports[kept], reports[index]));
    if (differing !== undefined) {
      left.add(kept);
      unranked.push(reports[kept].village);
      findings.push(duplicate(reports, files, kept, differing, members.length - 2));
      continue;
    }
    for (const index of members) {
      if (index === kept) continue;
      findings.push(leftOut(reports, files, index, kept, first.includes(index) ? "same-figures" : "own-report"));
    }
  }
  return { reports: reports.filter((_, index) => !left.has(index)), findings, unranked };
}

function located(reports: readonly CheckedReport[], files: readonly string[], index: number): Pick<Finding, "sheet" | "cell" | "file"> {
  const report = reports[index];
  return { sheet: report.sheet, cell: report.consolidatedCell ?? null, ...(files[index] === undefined ? {} : { file: files[index] }) };
}

function leftOut(reports: readonly CheckedReport[], files: readonly string[], index: number, kept: number, reason: "own-report" | "same-figures"): Finding {
  return finding("village/report-left-out", {
    ...located(reports, files, index),
    details: { village: reports[kept].village, keptSheet: reports[kept].sheet, keptCell: reports[kept].consolidatedCell ?? null, keptFile: files[kept] ?? null, reason },
  });
}

function duplicate(reports: readonly CheckedReport[], files: readonly string[], index: number, other: number, more: number): Finding {
  return finding("village/duplicate-report", {
    ...located(reports, files, index),
    details: { village: reports[index].village, otherSheet: reports[other].sheet, otherCell: reports[other].consolidatedCell ?? null, otherFile: files[other] ?? null, more },
  });
}
