import type { CliText } from "./cliText";

const USAGE = [
  "Usage:",
  "  thidua indicators <file.xlsx> [--sheet NAME] [--json]",
  "  thidua validate <report.xlsx> [--targets <targets.xlsx>] [--config <config.json>] [--sheet NAME] [--village NAME] [--json] [--lang vi|en]",
  "  thidua rank <file.xlsx>... [--targets <targets.xlsx>] [--config <config.json>] [--out <ranking.xlsx>] [--json] [--lang vi|en]",
  "  thidua template [<village-report.xlsx>...] --targets <targets.xlsx> [--village NAME]... [--config <config.json>] [--period half|year] [--assign] --out-dir <dir> [--json] [--lang vi|en]",
  "",
  "  indicators  list the indicators of a table",
  "  validate    check one village's report against its targets",
  "  rank        rank the villages and propose prizes",
  "  template    write each village's report template (one file per village); --assign: the Giao chỉ tiêu sheet giving villages their targets",
  "Exit status: 0 done; 1 the report has errors; 2 unusable file or wrong command line.",
].join("\n");

export const en: CliText = {
  usage: USAGE,
  usageProblem(problem) {
    const help = "Run thidua --help for usage.";
    switch (problem.kind) {
      case "no-command":
        return `Missing command: write indicators, validate, rank or template before "${problem.value}". ${help}`;
      case "unknown-command":
        return `There is no command "${problem.value}": use indicators, validate, rank or template. ${help}`;
      case "unknown-option":
        return `This command has no option "${problem.value}". ${help}`;
      case "missing-value":
        return `Option ${problem.value} needs a value after it. ${help}`;
      case "bad-lang":
        return `Language "${problem.value}" is not available: use --lang vi or --lang en.`;
      case "no-file":
        return `Command ${problem.value} needs at least one .xlsx file. ${help}`;
      case "one-file":
        return `This command takes one file; remove "${problem.value}" or use rank for several files.`;
      case "out-is-input":
        return `The file ${problem.value} after --out is also one of the input files; writing the ranking there would erase it. Choose another name after --out, or leave the file out of the list.`;
      case "bad-period":
        return `There is no period "${problem.value}": use --period year (year-end review) or --period half (mid-year review).`;
      case "missing-option":
        return `The template command needs ${problem.value} ${problem.value === "--targets" ? "<targets.xlsx>" : "<dir>"}. ${help}`;
      case "unexpected-file":
        return `The template command takes no file "${problem.value}" on its own: give the target table after --targets. ${help}`;
    }
  },
  progress: (index, total, file, outcome) =>
    `[${index}/${total}] ${file}: ${outcome === null ? "unusable" : outcome === "targets" ? "the commune's target sheet, not a village report" : `${outcome} ${outcome === 1 ? "village" : "villages"}`}`,
  usingTargets: (file, sheet) => `Using the commune's targets in ${file} (sheet "${sheet}") to check the reports.`,
  sheetNotFound: (file, sheet, available) =>
    `${file}: there is no sheet "${sheet}". Sheets in the file: ${available.join(", ")}. Correct the name after --sheet.`,
  noTable: (file) =>
    `${file}: no sheet holds an indicator table (columns TT, Chỉ tiêu, ĐVT, Mục tiêu are needed). Open the file, check the table's header row and run again.`,
  noReport: (file) =>
    `${file}: no village report found (columns Chỉ tiêu, ĐVT, Mục tiêu, Thực hiện are needed). Check the table's header row and run again.`,
  chooseVillage: (file, villages, asked) =>
    `${file}: the consolidated sheet holds ${villages.length} villages (${villages.join(", ")})${asked === null ? "" : `, none named "${asked}"`}. Choose one with --village NAME.`,
  noVillages: "There is no village report to rank. Give the villages' report files to the rank command.",
  cannotWrite: (file, cause) => {
    const kept = "The previous file, if any, is left as it was.";
    switch (cause) {
      case "disk-full":
        return `Cannot write ${file}: the disk is full. ${kept} Free some space or choose another disk after --out and run again.`;
      case "permission":
        return `Cannot write ${file}: permission to write this folder or file is denied. ${kept} Choose another folder after --out and run again.`;
      case "read-only":
        return `Cannot write ${file}: the disk is read-only. ${kept} Choose another disk after --out and run again.`;
      case "directory":
        return `Cannot write ${file}: it is a folder. Give a .xlsx file name after --out, such as ${file}/ranking.xlsx.`;
      case "busy":
        return `Cannot write ${file}: the file is open in Excel or another program. ${kept} Close it and run again.`;
      case "other":
        return `Cannot write ${file}. ${kept} Check the folder or choose another place after --out and run again.`;
    }
  },
  wrote: (file) => `Ranking written to ${file}`,
  wroteWithout: (file, missing) =>
    `The ranking in ${file} is complete, but its ${missing.map((d) => ({ layout: "formatting (merged cells, borders)", print: "print setup", guards: "data validation and protection" })[d]).join(" and ")} could not be applied.`,
  unexpected: (detail) => `Unexpected program error: ${detail}. Please report it to the administrator with the files used.`,
  status: { met: "Met", exceeded: "Exceeded", shortfall: "Shortfall", unknown: "Unknown" },
  indicatorsHeading: (file, sheet, count, groups) => `${file}, sheet "${sheet}": ${count} indicators in ${groups} groups`,
  validateHeading: (village, file, sheet) => `Report of ${village} (${file}, sheet "${sheet}")`,
  indicatorColumns: { tt: "No.", name: "Indicator", unit: "Unit", target: "Target", kind: "Kind", direction: "Direction" },
  validateColumns: { name: "Indicator", target: "Target", actual: "Actual", status: "Result", completion: "Completion" },
  summary: (s) =>
    `${s.indicators} indicators in all: ${s.met} met, ${s.exceeded} exceeded, ${s.shortfall} short, ${s.unknown} unknown; ${s.errors} errors, ${s.warnings} warnings.`,
  formColumns: { name: "Criterion", max: "Maximum", own: "Own", verified: "Verified", earned: "Counted" },
  formSummary: (t, selfPoints, errors, warnings) =>
    `${t.earned.toLocaleString("en-US")}/${t.max.toLocaleString("en-US")} points${selfPoints === null ? "" : ` (own score ${selfPoints.toLocaleString("en-US")})`}; ${t.criteria} criteria` +
    `${t.unverified > 0 ? `, ${t.unverified} not verified yet (own points counted)` : ""}${t.unscored > 0 ? `, ${t.unscored} not scored (0 points)` : ""}; ${errors} errors, ${warnings} warnings.`,
  findingsHeading: "Points to look at:",
  severity: { error: "Error", warning: "Warning", shortfall: "Shortfall", info: "Note" },
  rankHeading: (year, period, villages) => `EMULATION RANKING ${year} (${period === "half" ? "mid-year review" : "year-end review"}) — ${villages} villages`,
  rankColumns: { rank: "Rank", village: "Village", score: "Score", met: "Met/All", prize: "Proposed prize", amount: "Prize (VND)" },
  tie: "tied — for the council to decide",
  notEligible: (village, reason) => `${village} — ${reason}`,
  pointsSummary: (points, selfPoints) => `Points: ${points.toLocaleString("en-US")}${selfPoints === null ? "" : ` (own score ${selfPoints.toLocaleString("en-US")})`}.`,
  notReported: (villages) => `Not reported: ${villages.join(", ")}.`,
  notRanked: (villages) => `Not ranked (several reports with different figures): ${villages.join(", ")}.`,
  tierColumn: "Tier",
  findingsCount: (errors, warnings) => `The reports have ${errors} errors and ${warnings} warnings; run thidua validate on each village for details.`,
  directionWord: { higher: "higher is better", lower: "lower is better" },
};
