import type { Decoration } from "../state/excelPort";
import type { FormTally } from "../../core/scoring/formTally";
import { sheetList } from "./sheetList";
import type { Strings } from "./vi";

const DECORATION_EN: Record<Decoration, string> = {
  layout: "formatting (merged cells, borders)",
  print: "print setup",
  chart: "chart",
  guards: "data validation and sheet protection",
};

/** A count as English writes it: 17,012. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Points as English writes them: 27.5. */
function points(n: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(n);
}

function joinEn(parts: string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts.join("");
}

/** Every word the pane shows, in English (when Office's display language is English). */
export const en: Strings = {
  appName: "Thi đua",
  tabs: {
    check: "Check",
    rank: "Rank",
    templates: "Templates",
    more: "More",
    config: "Settings",
    import: "Import village reports",
    samples: "Sample data",
  },
  tabsLabel: "Tasks",
  moreLabel: "Other tasks",
  busy: "Working…",
  dismiss: "Dismiss message",
  whatToDo: "What to do:",
  noOffice:
    "Thi đua cannot reach Excel. Open Thi đua from inside Excel (Home › Thi đua); if it is open, check the network connection and open it again.",
  sheets: {
    reading: "Reading the list of worksheets…",
    refresh: "Read the worksheets again",
    none: "This workbook has no worksheet with an indicator table yet. Import village reports or create sample data.",
    problemsTitle: (n: number) => `${n} ${n === 1 ? "worksheet needs" : "worksheets need"} a look; the others can be used:`,
    noTable: (sheet: string, address: string | null) =>
      `${sheet}: no indicator table in the first 40 rows${address ? ` (the sheet has data as far as ${address})` : ""}, so the sheet was not read whole — if it is a report, move the TT | Chỉ tiêu | ĐVT header to the top`,
    unreadable: (sheet: string, why: string) => `${sheet}: could not be read. ${why}`,
    mark: { unreadable: "could not be read", outside: "data outside the table", "no-table": "no table found" },
    cancel: "Cancel",
    cancelled: "Cancelled. Nothing in the workbook was left half-changed.",
  },
  check: {
    intro: "Choose the village's report sheet and the commune's target sheet, then press Check.",
    targetSheet: "Target sheet",
    noTargetSheet: "(None — use the targets written in the report)",
    reportSheet: "Report sheet",
    run: "Check",
    running: "Checking the report…",
    clear: "Clear highlights",
    clearing: "Clearing highlights…",
    cancelled: "Check cancelled; no cell is left highlighted by it.",
    cleared: (sheets: string[]) => `Highlights cleared on ${sheetList(sheets)}; cell colours are back as they were.`,
    resultTitle: (village: string) => `Check result: ${village}`,
    highlighted: (n: number, sheet: string) => `${n} cells highlighted on “${sheet}”.`,
    partlyHighlighted: (painted: number, left: number, first: string | null, sheet: string) =>
      `${count(painted)} cells highlighted on “${sheet}” (errors and shortfalls, top down); the other ${count(left)}${first ? `, from cell ${first} on,` : ""} were not: the previous colours of highlighted cells are kept in the workbook so that clearing restores them, and a sheet keeps only that many. Every finding is still in the list below; clearing highlights restores exactly the cells that were highlighted.`,
    partlyHighlightedTodo: "Correct the highlighted cells and check again to highlight the next ones, or split the report into smaller sheets.",
    findingsStillListed: "Every finding is still in the list below.",
    nothingHighlighted: (sheet: string) => `“${sheet}” checked: no cell is missing, wrong or short of its target, so none is highlighted.`,
    seeFindings: (sheet: string) => `“${sheet}” checked: there are problems not tied to a cell — see the list below.`,
    nothingToClear: "No sheet has highlights left to clear.",
    clearedBefore: (sheets: string[]) => `Highlights on ${sheetList(sheets)} had been cleared before the error.`,
    noFindings: (village: string) => `No errors or warnings for ${village}.`,
    outcome: (village: string, shortfall: number, errors: number) => `${village}: ${count(shortfall)} ${shortfall === 1 ? "indicator" : "indicators"} not met, ${count(errors)} ${errors === 1 ? "error" : "errors"}`,
    formOutcome: (village: string, t: FormTally, errors: number) =>
      `${village}: ${points(t.earned)}/${points(t.max)} points; ${count(t.criteria)} ${t.criteria === 1 ? "criterion" : "criteria"}${t.unverified > 0 ? `, ${count(t.unverified)} not verified yet` : ""}${t.unscored > 0 ? `, ${count(t.unscored)} not scored` : ""}; ${count(errors)} ${errors === 1 ? "error" : "errors"}`,
    outcomeMany: (n: number) => `${count(n)} villages checked; each village's result is below.`,
    highlightedCount: (n: number) => `${count(n)} ${n === 1 ? "cell" : "cells"} highlighted.`,
    runAll: "Check all",
    runningAll: "Checking every village's report…",
    village: "Village",
    allVillages: "Every village on the sheet",
    columnsRead: (village: string, sheet: string) => `Only the columns of ${village} on “${sheet}” were read; choose “Every village on the sheet” to check the whole sheet.`,
    villagesTitle: (n: number) => `Results per village (${count(n)})`,
    villagesLabel: "Results per village — select a village to see its findings",
    villageLine: (village: string, shortfall: number, errors: number, warnings: number) =>
      `${village}: ${count(shortfall)} not met, ${count(errors)} ${errors === 1 ? "error" : "errors"}, ${count(warnings)} ${warnings === 1 ? "warning" : "warnings"}`,
    otherSheets: "Other sheets",
    pointsTitle: (total: string, self: string | null) => `Points ${total}${self === null ? "" : ` (own score ${self})`}`,
    pointsLine: (earned: string, max: string, self: string | null) => `${earned}/${max} points${self === null ? "" : ` · own ${self}`}`,
  },
  summary: {
    label: "Summary of the check",
    indicators: "Indicators",
    met: "Met",
    exceeded: "Exceeded",
    shortfall: "Short",
    errors: "Errors",
    warnings: "Warnings",
  },
  severity: {
    error: "Errors",
    warning: "Warnings",
    shortfall: "Targets not met",
    info: "Information",
  },
  findings: {
    label: "Findings, by severity",
    goTo: (sheet: string, cell: string) => `Select cell ${cell} on sheet ${sheet}`,
    wholeSheet: "whole sheet",
    showMore: (next: number, left: number) => `Show ${count(next)} more findings (${count(left)} left)`,
  },
  rank: {
    edited: (sheet: string) => `“${sheet}” was edited by hand after Thi đua wrote it (or was written in an earlier session). Overwriting loses those edits; or write the new ranking to a new sheet.`,
    overwrite: "Overwrite",
    newSheet: "Create a new sheet",
    intro: "Choose the village report sheets or the consolidated sheet, then press Rank.",
    sheetsLabel: "Sheets to rank",
    reportLayout: "village report",
    consolidatedLayout: "consolidated sheet",
    targetSheet: "Target sheet (optional)",
    run: "Rank",
    running: "Scoring and writing the ranking sheet…",
    pickSome: "Choose at least one village report sheet or consolidated sheet.",
    written: (sheet: string) => `Sheet “${sheet}” written and opened.`,
    resultsWritten: (sheet: string) => `The commune's results by village are on the sheet “${sheet}”.`,
    writtenWithout: (sheet: string, missing: readonly Decoration[]) =>
      `The ranking is complete on sheet “${sheet}”, but Excel would not apply its ${joinEn(missing.map((d) => DECORATION_EN[d]))}.`,
    printByHand: (sheets: readonly string[]) =>
      `Excel did not keep the print size of ${joinEn(sheets.map((s) => `sheet “${s}”`))}: to print it one page wide, choose Page Layout › Scale to Fit › Width: 1 page (and Page Layout › Breaks › Insert Page Break at the signature row if the signature block is split onto the next page).`,
    resultTitle: (year: number, period: string) => `Emulation ranking ${year} (${period})`,
    barsLabel: "Villages' emulation scores",
    rankShort: (rank: number) => `Rank ${rank}`,
    score: (score: string) => `${score} points`,
    met: (met: number, scored: number) => `${met}/${scored} indicators met`,
    formMax: (max: number) => `out of ${points(max)} points`,
    tie: "tied — for the council to decide",
    ineligible: (names: string) => `Not eligible for a prize: missed the mandatory indicator ${names}`,
    nothingScored: "Not eligible for a prize: nothing in the report could be scored (a wrong template, or another commune's report?)",
    condition: "Prizes are awarded if the commune wins at district level.",
    tier: (name: string | null) => (name === null ? "No tier" : `Tier: ${name}`),
    ownPoints: (self: string, counted: string) => `own score ${self}, counted ${counted}`,
    notReported: (villages: string) => `Not reported: ${villages}`,
    none: "No village to rank yet.",
  },
  period: {
    label: "Review period",
    half: "Mid-year review",
    year: "Year-end review",
    writing: "Writing the review period on the settings sheet…",
    kept: (sheet: string, cell: string) => `The review period is cell ${cell} of sheet “${sheet}”: choosing here writes that cell, and editing that cell changes it here.`,
    paneOnly: (sheet: string) => `No “${sheet}” sheet yet: the period chosen here is used by this pane only; create the settings sheet to keep it in the workbook.`,
    unreadable: (sheet: string, cell: string) => `Cell ${cell} of sheet “${sheet}” holds no valid review period: choose one here to write that cell again.`,
    written: (period: string, sheet: string, cell: string) => `“${period}” written in cell ${cell} of sheet “${sheet}”.`,
    noRow: (sheet: string) => `Sheet “${sheet}” has no “Kỳ đánh giá” row, so the period chosen cannot be written.`,
    noRowTodo: "Add a row with “Kỳ đánh giá” in column A and the period in column B (Tổng kết (cả năm) or Sơ kết (6 tháng)), then press Read settings again.",
    settings: (year: number | null, method: "ratio" | "points" | null) =>
      `From the settings sheet: year ${year ?? "not valid"}, ranked by ${method === "points" ? "points" : method === "ratio" ? "completion ratio" : "a method not valid"}.`,
  },
  config: {
    intro:
      "The “Cấu hình xếp hạng” sheet holds the prizes, the score cap, mandatory indicators and weights. Edit it in Excel, then press Read settings again.",
    open: "Create or open the settings sheet",
    opening: "Opening the settings sheet…",
    reread: "Read settings again",
    created: (sheet: string) => `Sheet “${sheet}” created with default values.`,
    opened: (sheet: string) => `Sheet “${sheet}” opened. The settings are valid.`,
    errorsTitle: (n: number) => `The settings have ${n} error(s) — fix the cells below:`,
    missing: "No settings sheet yet: ranking uses the defaults (the prizes of the emulation programme).",
  },
  import: {
    refused: (name: string) => `"${name}" could not be imported: Excel cannot open it (the file may be damaged). The other files were imported; open this one in Excel, save it as .xlsx and import it again, or ask the village for the file again.`,
    intro: "Choose the Excel files (.xlsx, .xls, .ods) the villages sent back. Each file's report sheet is copied into this workbook, named after the village.",
    pick: "Choose Excel files",
    chosen: (n: number) => `${n} file(s) chosen`,
    run: "Import into this workbook",
    running: "Importing village reports…",
    done: (n: number) => `${n} sheet(s) imported:`,
    notXlsx: (names: string) => `Not spreadsheets (.xlsx, .xlsm, .xls, .ods): ${names}. Save them as Excel Workbook (.xlsx) first.`,
    csv: (names: string) => `CSV files keep neither decimal commas nor number formats: ${names}. Open them in Excel and save them as Excel Workbook (.xlsx).`,
    protectedFile: (name: string) => `The file "${name}" is password-protected. Open it in Excel, remove the password and save it again.`,
    unreadable: (name: string) => `The file "${name}" is damaged or not a spreadsheet and cannot be read. Ask the village for it again.`,
    unsupportedTitle: "This version of Excel cannot import worksheets automatically.",
    manual: [
      "Open the village's file in Excel.",
      "Right-click the report sheet's tab at the bottom and choose “Move or Copy…”.",
      "Under “To book”, choose this workbook; tick “Create a copy”, then press OK.",
      "Rename the copied sheet to the village's name (double-click the tab).",
    ],
  },
  samples: {
    intro: "Create a sample set (the commune's table and the villages' reports) to try checking and ranking.",
    run: "Create sample data",
    running: "Writing sample data…",
    done: (names: string) => `Sheets created: ${names}. Go to “Check a report” to try it.`,
    notEmpty: "This workbook already has data. Sample data can only be created in an empty workbook — open a new one (File › New).",
  },
  failure: {
    title: "Could not do that",
    unexpected: "Something unexpected went wrong.",
    unexpectedTodo: "Try again. If it keeps failing, close and reopen Thi đua; the workbook's data has not been changed.",
    notLoaded: "Part of Thi đua could not be downloaded: the network may have dropped.",
    notLoadedTodo: "Check the network connection, then press “Try again”; the workbook's data has not been changed.",
    retry: "Try again",
  },
};
