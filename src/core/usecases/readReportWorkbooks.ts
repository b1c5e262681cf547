import { readVillageReports } from "../checks/readVillageReports";
import type { CheckedReport, Finding, Period, SheetCells } from "../model";
import { pickTableSheet } from "../table/pickTableSheet";

/** The sheets of one workbook given for ranking, and the file they came from where there are several files. */
export interface ReportWorkbook {
  sheets: readonly SheetCells[];
  /** The file's path; its name tells apart villages' sheets that are all called "Sheet1". */
  file?: string;
}

/** What came of one workbook: how many village reports it holds, the commune's targets, or no report at all. */
export type WorkbookOutcome = { kind: "reports"; villages: number } | { kind: "targets" } | { kind: "no-report" };

export interface WorkbookReports {
  reports: CheckedReport[];
  /** The file each report was read from (`reportFiles[i]` holds `reports[i]`); empty when no workbook names its file. */
  reportFiles: string[];
  /** Findings of sheets that are not about one village (sheets without a table). */
  findings: Finding[];
  /** `outcomes[i]` says what came of `workbooks[i]`. */
  outcomes: WorkbookOutcome[];
  /** The target sheet found among the workbooks and used for all reports, when none was given. */
  foundTargets: { index: number; sheet: SheetCells } | null;
}

/**
 * Every village report of some workbooks, checked, one workbook at a time. A workbook holding only the
 * commune's target sheet is not a village: when no targets are given and exactly one workbook is such,
 * its targets apply to every report (docs/usecases.md#ranking). `year` picks the checked columns where
 * years stand side by side and `period` the actual column where periods do.
 *
 * @example readReportWorkbooks([{ sheets: [naLau], file: "na-lau.xlsx" }, { sheets: [targets], file: "chi-tieu.xlsx" }], {}).outcomes
 *   → [{ kind: "reports", villages: 1 }, { kind: "targets" }]
 */
export function readReportWorkbooks(
  workbooks: readonly ReportWorkbook[],
  options: { targets?: SheetCells; year?: number; period?: Period },
): WorkbookReports {
  const reads = workbooks.map((workbook) => readWorkbook(workbook, options.targets, options));
  const outcomes = reads.map((read, index): WorkbookOutcome => {
    if (read.reports.length > 0) return { kind: "reports", villages: read.reports.length };
    if (read.findings.length === 0 && pickTableSheet(workbooks[index].sheets, ["targets"]) !== null) return { kind: "targets" };
    return { kind: "no-report" };
  });
  const targetWorkbooks = outcomes.flatMap((outcome, index) => (outcome.kind === "targets" ? [index] : []));
  let foundTargets: WorkbookReports["foundTargets"] = null;
  if (options.targets === undefined && targetWorkbooks.length === 1) {
    const index = targetWorkbooks[0];
    const sheet = pickTableSheet(workbooks[index].sheets, ["targets"])!.sheet;
    foundTargets = { index, sheet };
    outcomes.forEach((outcome, i) => outcome.kind === "reports" && (reads[i] = readWorkbook(workbooks[i], sheet, options)));
  }
  const ranked = reads.filter((_, index) => outcomes[index].kind !== "targets");
  const named = workbooks.every((workbook) => workbook.file !== undefined);
  return {
    reports: ranked.flatMap((read) => read.reports),
    reportFiles: named ? ranked.flatMap((read) => read.reports.map(() => read.file ?? "")) : [],
    findings: ranked.flatMap((read) => read.findings),
    outcomes,
    foundTargets,
  };
}

function readWorkbook(workbook: ReportWorkbook, targets: SheetCells | undefined, options: { year?: number; period?: Period }) {
  const { file } = workbook;
  const sheets = [...workbook.sheets];
  const settings = { ...(targets ? { targets } : {}), ...(options.year === undefined ? {} : { year: options.year }), ...(options.period === undefined ? {} : { period: options.period }) };
  if (file === undefined) return { file, ...readVillageReports(sheets, settings) };
  const fileName = baseName(file);
  const read = readVillageReports(sheets, { ...settings, fileNames: Object.fromEntries(sheets.map((sheet) => [sheet.name, fileName])) });
  // Villages' workbooks often all call their sheet "Sheet1": the file tells their findings apart.
  const inFile = (f: Finding): Finding => ({ ...f, file });
  return {
    file,
    reports: read.reports.map((report) => ({ ...report, findings: report.findings.map(inFile) })),
    findings: read.findings.map(inFile),
  };
}

/** "bao-cao/Nà Lầu.xlsx" → "Nà Lầu.xlsx", with either separator. */
function baseName(file: string): string {
  return file.replace(/[\\/]+$/u, "").split(/[\\/]/u).pop() ?? file;
}
