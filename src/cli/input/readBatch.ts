import * as path from "node:path";
import { readVillageReports } from "../../core/checks/readVillageReports";
import type { CheckedReport, Finding, SheetCells } from "../../core/model";
import type { Lang } from "../args/parseArgs";
import type { CliIo } from "../io";
import { cliText } from "../text";
import { loadWorkbook } from "./loadWorkbook";
import { pickTableSheet } from "./pickTableSheet";

/** What came of one file of a batch: its number of villages, a target sheet, or unusable. */
export type FileOutcome = number | "targets" | null;

export interface Batch {
  reports: CheckedReport[];
  /** The file each report was read from: `reportFiles[i]` holds `reports[i]`. */
  reportFiles: string[];
  /** Findings of the reports' sheets that are not about one village (sheets without a table). */
  findings: Finding[];
  /** `file/unreadable` findings. */
  problems: Finding[];
  /** Whether some file could not be used. */
  unusable: boolean;
  /** The first sheet of each usable file, for the commune and year in its title. */
  titleSheets: SheetCells[];
  /** The target sheet found among the files and used for all reports, when --targets gave none. */
  foundTargets: { file: string; sheet: SheetCells } | null;
}

interface Usable {
  file: string;
  sheets: SheetCells[];
  read: { reports: CheckedReport[]; findings: Finding[] };
}

/**
 * Reads and checks every village report of a batch of files, one file at a time, reporting each outcome.
 * A file that cannot be used gets its one line on stderr and the batch goes on. A workbook holding only
 * the commune's target sheet is not a village: when --targets was not given and the batch holds exactly
 * one such workbook, its targets apply to every report (so `thidua rank *.xlsx` does what it says).
 * `year`, the configuration's, picks the checked columns where years stand side by side, and `period` the
 * actual column where periods do (docs/reading-tables.md#layouts).
 *
 * @example const batch = await readBatch(["a.xlsx", "b.xlsx"], undefined, io, "vi", (i, file, outcome) => {});
 */
export async function readBatch(
  files: readonly string[],
  targets: SheetCells | undefined,
  io: CliIo,
  lang: Lang,
  onFile: (index: number, file: string, outcome: FileOutcome) => void,
  year?: number,
  period?: "year" | "half",
): Promise<Batch> {
  const text = cliText(lang);
  const usable: Usable[] = [];
  const targetFiles: { file: string; sheets: SheetCells[] }[] = [];
  const problems: Finding[] = [];
  let unusable = false;
  for (const [index, file] of files.entries()) {
    const loaded = await loadWorkbook(file, io, lang);
    if (!loaded.ok) {
      problems.push(loaded.finding);
      unusable = true;
      onFile(index, file, null);
      continue;
    }
    const read = check(loaded.sheets, file, targets, year, period);
    if (read.reports.length > 0) {
      usable.push({ file, sheets: loaded.sheets, read });
      onFile(index, file, read.reports.length);
    } else if (read.findings.length === 0 && pickTableSheet(loaded.sheets, ["targets"]) !== null) {
      targetFiles.push({ file, sheets: loaded.sheets });
      onFile(index, file, "targets");
    } else {
      io.err(text.noReport(file));
      usable.push({ file, sheets: [], read });
      unusable = true;
      onFile(index, file, null);
    }
  }
  let foundTargets: Batch["foundTargets"] = null;
  if (targets === undefined && targetFiles.length === 1) {
    const sheet = pickTableSheet(targetFiles[0].sheets, ["targets"])!.sheet;
    foundTargets = { file: targetFiles[0].file, sheet };
    for (const entry of usable) if (entry.sheets.length > 0) entry.read = check(entry.sheets, entry.file, sheet, year, period);
  }
  return {
    reports: usable.flatMap((entry) => entry.read.reports),
    reportFiles: usable.flatMap((entry) => entry.read.reports.map(() => entry.file)),
    findings: usable.flatMap((entry) => entry.read.findings),
    problems,
    unusable,
    titleSheets: [...usable, ...targetFiles].filter((entry) => entry.sheets.length > 0).map((entry) => entry.sheets[0]),
    foundTargets,
  };
}

function check(sheets: SheetCells[], file: string, targets: SheetCells | undefined, year: number | undefined, period: "year" | "half" | undefined) {
  const fileName = path.basename(file);
  const fileNames = Object.fromEntries(sheets.map((sheet) => [sheet.name, fileName]));
  const read = readVillageReports(sheets, { ...(targets ? { targets } : {}), fileNames, ...(year === undefined ? {} : { year }), ...(period === undefined ? {} : { period }) });
  // Villages' workbooks often all call their sheet "Sheet1": the file tells their findings apart.
  const inFile = (f: Finding): Finding => ({ ...f, file });
  return {
    reports: read.reports.map((report) => ({ ...report, findings: report.findings.map(inFile) })),
    findings: read.findings.map(inFile),
  };
}
