import { toSheetGrid } from "../../../core/cells/sheetGrid";
import { classifySheet } from "../../../core/checks/classifySheet";
import { CONFIG_SHEET_NAME } from "../../../core/config/configSheetName";
import type { ConfigSettings } from "../../../core/config/readConfigSheet";
import type { SheetCells } from "../../../core/model";
import { findHeader } from "../../../core/table/findHeader";
import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ExcelPort, ReadOptions, SheetScanOf } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";
import type { SheetInfo, SheetProblem } from "../sheetInfo";
import { isBlank } from "./isBlank";
import { isOutputSheet, isOwnSheet } from "./ownSheets";
import { isAssignTargetsSheetName } from "../../../core/assignTargets/assignTargetsSheetName";

/** What the pane knows of the open workbook. */
export interface WorkbookScan {
  sheets: SheetInfo[];
  /** No sheet holds any value: sample data may be written. */
  empty: boolean;
  /** The year of the target sheet, else of any report; null when no sheet says. */
  year: number | null;
  /** The year, period and method the configuration sheet says, when the workbook has one: the pane shows these. */
  configured: ConfigSettings | null;
  configExists: boolean;
  /** One line per sheet that is not (wholly) usable, naming the sheet and what to do. */
  problems: string[];
}

/**
 * Reads every worksheet's size and first rows, each on its own, and says what each one is (target sheet,
 * village report, consolidated sheet), so the views can preselect the sheets staff most likely mean. A
 * table's body is read only when it is checked or ranked (docs/pane.md#the-lazy-scan), so a report of
 * hundreds of thousands of rows does not hold the lists up. A sheet that cannot be read, or has values far
 * outside its table, is listed with what to do.
 *
 * @example await findSheets(excel, "vi") → { ok: true, value: { sheets: [{ name: "Chỉ tiêu 2024", layout: "targets", … }], … } }
 */
export async function findSheets(excel: ExcelPort, lang: Lang, options: ReadOptions = {}): Promise<Outcome<WorkbookScan>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  // The pane's own ranking and results are not read: they are never input, and across hundreds of
  // villages they are wider than a report, so reading them would cost requests for nothing.
  const output = new Set(listed.value.map((s) => s.name).filter(isOutputSheet));
  const read = await excel.scanWorksheets(listed.value.map((s) => s.name).filter((name) => !output.has(name)), { ...options, firstRows: true });
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  // Excel refusing every sheet alike (a locked file, say) is one problem, not one per sheet.
  if (read.value.length > 0 && read.value.every((s) => s.failure !== null)) {
    return { ok: false, notice: failureNotice(excel, read.value[0].failure, lang) };
  }
  const active = listed.value.find((s) => s.active)?.name;
  const scans = new Map(read.value.map((scan) => [scan.name, scan]));
  const sheets = listed.value.map(({ name }): SheetInfo => {
    const scan = scans.get(name);
    const info = scan ? describeScan(excel, scan, lang) : { name, layout: null, village: null, year: null };
    return { ...info, active: name === active };
  });
  const cells = read.value.flatMap((s) => (s.cells ? [s.cells] : []));
  const year = sheets.find((s) => s.layout === "targets" && s.year)?.year ?? sheets.find((s) => s.year)?.year ?? null;
  const configCells = cells.find((s) => s.name === CONFIG_SHEET_NAME);
  const strings = stringsFor(lang).sheets;
  return {
    ok: true,
    value: {
      sheets,
      empty: output.size === 0 && read.value.every((s) => s.cells !== null && isBlank(s.cells)),
      year,
      configured: configCells ? await configuredSettings(configCells, year) : null,
      configExists: listed.value.some((s) => s.name === CONFIG_SHEET_NAME),
      problems: await problemTexts(sheets, strings, lang),
    },
  };
}

function describeScan<F>(excel: ExcelPort<F>, scan: SheetScanOf<F>, lang: Lang): SheetInfo {
  if (!scan.cells || scan.failure) {
    const text = scan.failure ? excel.describeFailure(scan.failure, lang) : "";
    return { name: scan.name, layout: null, village: null, year: null, problem: { kind: "unreadable", text } };
  }
  const info = describeSheet(scan.cells);
  const problem: SheetProblem | undefined = scan.noTable
    ? { kind: "no-table", address: scan.outside?.address ?? null }
    : scan.outside
      ? { kind: "outside", ...scan.outside }
      : undefined;
  return problem ? { ...info, problem } : info;
}

async function problemTexts(sheets: readonly { name: string; problem?: SheetProblem }[], strings: ReturnType<typeof stringsFor>["sheets"], lang: Lang): Promise<string[]> {
  // the engine's words for a stray value come with their module, only when a sheet has one
  const stray = sheets.some((s) => s.problem?.kind === "outside") ? (await import(/* webpackChunkName: "stray-problem" */ "./strayProblem")).strayProblem : null;
  return sheets.flatMap((s) => (s.problem ? [problemText(s.name, s.problem, strings, stray, lang)] : []));
}

function problemText(sheet: string, problem: SheetProblem, strings: ReturnType<typeof stringsFor>["sheets"], stray: typeof import("./strayProblem").strayProblem | null, lang: Lang): string {
  switch (problem.kind) {
    case "unreadable":
      return strings.unreadable(sheet, problem.text);
    case "outside":
      // Said as the check and `thidua` say it (docs/reading-tables.md#where-a-table-ends).
      return stray === null ? sheet : stray(sheet, problem.address, lang);
    case "no-table":
      return strings.noTable(sheet, problem.address);
  }
}

function describeSheet(cells: SheetCells): SheetInfo {
  if (isOwnSheet(cells.name)) {
    return { name: cells.name, layout: null, village: null, year: null };
  }
  const found = classifySheet(cells);
  // The "Giao chỉ tiêu" sheet reads as a consolidated sheet but holds the commune's targets, not results.
  const layout = found.layout === "consolidated" && isAssignTargetsSheetName(cells.name) ? "targets" : found.layout;
  const info: SheetInfo = { name: cells.name, layout, village: found.village, year: found.year };
  if (found.layout !== "consolidated") return info;
  // The villages a consolidated sheet holds, as the reader's header pass finds them, for the "Thôn" list.
  const header = findHeader(toSheetGrid(cells));
  return { ...info, villages: header?.villages.map((v) => v.village) ?? [] };
}

// The configuration's reader is loaded only for a workbook that has the sheet; if it cannot be loaded,
// the pane opens with its own period, as without the sheet.
async function configuredSettings(cells: SheetCells, year: number | null): Promise<ConfigSettings | null> {
  try {
    const { readConfigSettings } = await import(/* webpackChunkName: "config-sheet" */ "../../../core/config/configSheet");
    return readConfigSettings(cells, { year: year ?? new Date().getFullYear() });
  } catch {
    return null;
  }
}

/**
 * The workbook's sheets again after an operation that added only the pane's own output (the ranking and
 * its results): one request for the list, the sheets known before kept as they were read, and only a
 * sheet that is neither known nor output read (none, unless staff added one meanwhile). A ranking of
 * hundreds of villages so ends in one request instead of reading every report again.
 *
 * @example await relistSheets(excel, "vi", scan) → { ok: true, value: { sheets: [… , { name: "Xếp hạng thi đua 2024", layout: null }] } }
 */
export async function relistSheets(excel: ExcelPort, lang: Lang, previous: WorkbookScan): Promise<Outcome<WorkbookScan>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const known = new Map(previous.sheets.map((s) => [s.name, s]));
  const unknown = listed.value.map((s) => s.name).filter((name) => !known.has(name) && !isOutputSheet(name));
  if (unknown.length > 0) return findSheets(excel, lang);
  const active = listed.value.find((s) => s.active)?.name;
  const sheets = listed.value.map(({ name }): SheetInfo => {
    const info = known.get(name) ?? { name, layout: null, village: null, year: null };
    return { ...info, active: name === active };
  });
  const strings = stringsFor(lang).sheets;
  return {
    ok: true,
    value: {
      ...previous,
      sheets,
      empty: previous.empty && listed.value.every((s) => known.has(s.name)),
      configExists: listed.value.some((s) => s.name === CONFIG_SHEET_NAME),
      problems: await problemTexts(sheets, strings, lang),
    },
  };
}
