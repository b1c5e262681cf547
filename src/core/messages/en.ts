import type { Finding } from "../model/finding";
import { detail, detailText, factText, percentText } from "./factText";
import { fillDetails } from "./fillDetails";

/** What a sheet chosen as a report is instead (`sheet/not-a-report`). */
const NOT_A_REPORT_EN: Record<string, string> = {
  targets: "the commune's target sheet",
  config: "the ranking configuration sheet",
  ranking: "the ranking sheet Thi đua wrote",
  results: "the results sheet Thi đua wrote",
};

/**
 * The English sentence for a finding (Office running in English); the facts each code carries are listed
 * in `vi.ts`.
 *
 * @example
 * en({ code: "value/missing", severity: "error", sheet: "Nà Lầu", cell: "E7", indicator: "Thu nhập bình quân đầu người" })
 * // 'Sheet "Nà Lầu", cell E7: no actual value for "Thu nhập bình quân đầu người". Fill in the result achieved.'
 */
export function en(f: Finding): string {
  const at = place(f);
  const name = `"${f.indicator ?? ""}"`;
  const actual = factText(f.actual, "en");
  const expected = factText(f.expected, "en");
  switch (f.code) {
    case "sheet/empty":
      return `${at}: there is no indicator table. Choose the right sheet; a table needs the columns ${detailText(f, "columns", "en")}.`;
    case "sheet/not-a-report":
      return `${at}: this is ${NOT_A_REPORT_EN[String(f.details?.kind)] ?? "a sheet of the commune's"}, not a village's report, so it is neither checked nor highlighted. Choose a village's report sheet (or the sheet consolidating the villages).`;
    case "sheet/no-header":
      return `${at}: no header row of an indicator table was found. The table needs a header row with the columns ${detailText(f, "columns", "en")}.`;
    case "sheet/missing-column":
      return `${at}: the table has no "${detailText(f, "columns", "en")}" column. Add it to the table's header row.`;
    case "sheet/two-actual-columns":
      return `${at}: the table has more than one actual column for ${detail(f, "period") === "half" ? "the first six months" : "the whole year"}${typeof detail(f, "year") === "number" ? ` ${String(detail(f, "year"))}` : ""}: the column "${detailText(f, "read", "en")}" was read, not "${detailText(f, "others", "en")}" (cells ${detailText(f, "otherCells", "en")}). To read another, delete or rename the column not used, or set the year and period assessed in the configuration.`;
    case "sheet/stray-values":
      return `${at}: this value lies far outside the table (past ${detailText(f, "columns", "en")} blank columns to its right or ${detailText(f, "rows", "en")} blank rows below it), so it was not read as part of the table. If it belongs to the table, move it into the table's rows; if it is not needed, delete it.`;
    case "row/missing-indicator":
      return `${at}: the indicator ${name} is missing (it is in the target sheet "${detailText(f, "targetSheet", "en")}", cell ${detailText(f, "targetCell", "en")}). Add this row and fill in the result.`;
    case "row/unknown-indicator":
      return `${at}: the indicator ${name} is not in the target sheet "${detailText(f, "targetSheet", "en")}", so it is not scored. If it is one of the targets, write its name as the target sheet does.`;
    case "row/duplicate-indicator":
      return `${at}: the indicator ${name} appears twice under the same heading (first at cell ${detailText(f, "firstCell", "en")}); this row is not counted. If it belongs to another heading, write that heading's row (such as "b) Ngô") above it; if it was typed twice, remove the copy.`;
    case "row/ambiguous-indicator":
      return `${at}: the target sheet "${detailText(f, "targetSheet", "en")}" holds the indicator ${name} under several headings (${detailText(f, "parents", "en")}), so it is not known which one this row is, and it is not counted. Write the heading's row (such as "${detailText(f, "firstParent", "en")}") above its indicators, as the target sheet does.`;
    case "target/missing":
      if (detail(f, "relative") === "commune") {
        return `${at}: the target of ${name} is the commune's own rate (or level), and no figure of the commune is given. Write a target for this indicator in the scoring rules of the "Cấu hình xếp hạng" sheet (key "target" in a configuration file), or fill in the commune's result in the Thực hiện column of the target sheet.`;
      }
      return actual === ""
        ? `${at}: the indicator ${name} has no target. Fill in the target.`
        : `${at}: the target "${actual}" of ${name} cannot be read. Write a number, or Đạt, Không xảy ra, Tốt…`;
    case "target/changed":
      if (detail(f, "column") === "maxPoints") {
        return `${at}: the maximum points of the criterion ${name} are written as ${actual}, unlike the ${expected} points of the commune's scoring table (sheet "${detailText(f, "targetSheet", "en")}"). The commune's maximum is used; correct it.`;
      }
      return `${at}: the target of ${name} is written as ${actual}, but the target set is ${expected} (sheet "${detailText(f, "targetSheet", "en")}"). The target set is used; correct the report.`;
    case "unit/missing":
      return `${at}: the indicator ${name} has no unit. Fill in the unit (ĐVT).`;
    case "unit/mismatch":
      return `${at}: the unit "${actual}" differs from the unit "${expected}" of ${name} and cannot be converted. Write the figure in ${expected}.`;
    case "unit/converted":
      return detail(f, "to") === undefined
        ? `${at}: ${name} is written in "${actual}" and was converted to "${expected}".`
        : `${at}: the figure ${detailText(f, "from", "en")} ${actual} of ${name} was converted to ${detailText(f, "to", "en")} ${expected}.`;
    case "value/missing":
      return `${at}: no actual value for ${name}. Fill in the result achieved.`;
    case "value/invalid":
      return `${at}: "${actual}" is not ${KIND_EN[String(detail(f, "kind"))] ?? "a valid value"} for ${name}. Correct it.`;
    case "value/excel-error":
      return `${at}: the cell holds the Excel error ${actual}, so ${name} has no value. Fix the formula or type the figure.`;
    case "value/negative":
      return `${at}: the figure of ${name} is negative (${actual}). Check it.`;
    case "value/percent-over-100":
      return `${at}: the rate of ${name} is ${actual}%, above 100%. Check the figure.`;
    case "value/percent-as-fraction":
      return `${at}: the rate of ${name} is written as ${actual} while the target is ${expected}%. If ${factText(typeof f.actual === "number" ? f.actual * 100 : null, "en")}% is meant, write ${factText(typeof f.actual === "number" ? f.actual * 100 : null, "en")}.`;
    case "value/suspect-separator":
      return `${at}: the figure ${actual} of ${name} is about 1,000 times off its target ${expected}. A thousands separator may have been read as a decimal point; check it.`;
    case "value/decimal-point":
      return `${at}: the figure of ${name} uses a dot as its decimal point and was read as ${actual}; Vietnamese sheets write a decimal comma.`;
    case "value/rate-mismatch":
      return `${at}: the report's own rate for ${name} is ${actual}%, but actual against target is ${expected}%. Correct the rate column.`;
    case "text/legacy-encoding":
      return `${at}: text typed in the old ${detail(f, "encoding") === "vni" ? "VNI" : "TCVN3 (.VnTime)"} encoding (${detailText(f, "cells", "en")} cells) was converted to Unicode. Check it if any letters look wrong.`;
    case "target/shortfall":
      return shortfall(f, at, name, actual, expected);
    case "target/suspect-separator":
      return `${at}: the target ${actual} of ${name} is about 1,000 times below the sum of ${detail(f, "source") === "villages" ? "the villages' targets" : "its parts"} (${expected}). A thousands dot may have been typed as a decimal comma (3,098 for 3.098). The target is read as written; check and correct this cell.`;
    case "target/shares-mismatch":
      return `${at}: the villages are given ${actual}${unitText(f)} in all for ${name}, unlike the commune's target of ${expected}${unitText(f)}${Number(detail(f, "empty")) > 0 ? ` (${detailText(f, "empty", "en")} villages given no share yet)` : ""}. Correct the villages' KH cells on this row so that they add up to the commune's target.`;
    case "indicator/context":
      return `${at}: ${name} is a share of a whole, where neither more nor less is better: it is read and shown but not scored. To score it, give it a direction in the scoring rules of the "Cấu hình xếp hạng" sheet.`;
    case "report/nothing-scored":
      return detail(f, "targetSheet") == null
        ? `${at}: the report${villageOf(f)} has no indicator that can be scored (none has a target). The village is ranked last and not eligible for a prize; check the report's template.`
        : `${at}: no row of the report${villageOf(f)} matches an indicator of the target sheet "${detailText(f, "targetSheet", "en")}", so nothing can be scored (a wrong template, or another commune's report?). The village is ranked last and not eligible for a prize; check the file.`;
    case "rank/different-indicators":
      return `${at}: the reports do not hold the same indicators (${f.indicator ? `"${f.indicator}"` : "one indicator"}, for one, is in some and not in others): ${detailText(f, "villages", "en")}. Each village is scored on its own rows, so the scores may not compare; choose the commune's target sheet (command line: --targets) to score them on one basis.`;
    case "value/uncalculated":
      return `${at}: the cell holds a formula${actual === "" ? "" : ` ${actual}`} with no calculated value (the file was written by a program and never opened in Excel), so ${name} has no value. Open it in Excel, save, and run again.`;
    case "config/duplicate-key":
      return `${at}: the setting "${detailText(f, "field", "en")}" is written twice (again at line ${detailText(f, "line", "en")}); the later value is used. Delete one of them.`;
    case "file/unreadable":
      return `The file "${f.sheet}" ${fillDetails(FILE_EN[String(detail(f, "reason"))] ?? "cannot be read", f, "en")}.`;
    case "config/invalid":
      if (detail(f, "encoding") === "utf-16") {
        return `${at}: the file is saved as UTF-16 ("Unicode"), which cannot be read. Open it and save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8).`;
      }
      if (detail(f, "problem") === "bad-json" && detail(f, "line") !== undefined) {
        return `${at}: the file is not valid JSON; the error is at line ${detailText(f, "line", "en")}, column ${detailText(f, "column", "en")}. Correct the configuration (usually a missing or extra comma or quotation mark).`;
      }
      return `${at}: the setting "${(detail(f, "label") === undefined ? detailText(f, "field", "en") : detailText(f, "label", "en"))}" ${problem(f)}${actual === "" ? "" : ` (found: ${foundText(f, actual)})`}. Correct the configuration.`;
    case "config/unknown-key":
      return `${at}: there is no setting named "${detailText(f, "field", "en")}". Delete it or correct its name.`;
    case "config/rule-matches-nothing":
      return `${at}: the rule "${detailText(f, "rule", "en")}" (${detailText(f, "field", "en")}) matches no indicator's name. Make it part of an indicator's name.`;
    case "points/self-differs":
      return `${at}: the village scored itself ${actual} points for ${name}, but the ${detail(f, "verified") === true ? "verified points are" : "points computed from its results are"} ${expected}. ${expected} counts; compare the two.`;
    case "points/missing":
      return `${at}: ${name} has no maximum points, so it is not scored. Write them in the target sheet's Điểm chuẩn column or in the configuration.`;
    case "points/self-total":
      return `${at}: the total of the village's own points is written as ${actual}, but its rows add up to ${expected}. Check the sum.`;
    case "points/max-differs":
      return `${at}: the report of "${detailText(f, "village", "en")}" gives ${name} ${f.actual === null || f.actual === undefined ? "no" : actual} maximum points, unlike the other reports. Villages ranked together are scored on one maximum: ${expected} points (the maximum most reports write, ${detailText(f, "reports", "en")} of them; the lower one on a tie). Write the maximum points in the commune's target sheet or in the configuration.`;
    case "points/commune-column":
      return `${at}: the report of "${detailText(f, "village", "en")}" has a ${COMMUNE_COLUMN_EN[String(detail(f, "column"))] ?? "points"} column, which the commune fills and the village's template does not give: its ${detailText(f, "cells", "en")} filled cells are not counted. If the commune filled them, choose Có on the line "Xã đã ghi điểm thưởng, trừ, thẩm định trong báo cáo thôn" of the Cấu hình xếp hạng sheet (configuration file: "communeFilled": true).`;
    case "points/parent-total":
      return `${at}: ${name} is written as ${actual} ${FORM_COLUMN_EN[String(detail(f, "column"))] ?? "points"}, but the ${detailText(f, "rows", "en")} rows under it add up to ${expected}. Only the rows under it are counted; check the sum.`;
    case "points/unverified":
      return `${at}: ${name} counts the unit's own ${actual} points: nobody has filled in its verified points (Điểm thẩm định) yet. Fill them in once the criterion is verified.`;
    case "points/over-maximum":
      return `${at}: ${name} is given ${actual} points, more than its maximum of ${expected}; it counts ${expected}. Write at most the maximum.`;
    case "points/below-floor":
      return `${at}: the standard "${detailText(f, "group", "en")}" earned ${percentText(detail(f, "share"), "en")} of its ${detailText(f, "max", "en")} points, below the ${percentText(detail(f, "floor"), "en")} every standard needs for the tier "${detailText(f, "tier", "en")}", so the unit does not get that tier. The standard needs ${detailText(f, "needed", "en")} more points.`;
    case "village/missing-report":
      return `${at}: the village "${detailText(f, "village", "en")}" is in the roster but has not reported: it is not ranked. Remind the village to send its report.`;
    case "village/not-in-roster":
      return detail(f, "closest") === undefined
        ? `${at}: the village "${detailText(f, "village", "en")}" is not in the configuration's roster. It is still ranked; the council decides.`
        : `${at}: the village "${detailText(f, "village", "en")}" is not in the configuration's roster (is it "${detailText(f, "closest", "en")}"?). It is still ranked; correct its name.`;
    case "village/adjustment-without-report":
      return `${at}: the adjustment of ${detailText(f, "points", "en")} points for "${detailText(f, "village", "en")}" is not counted: that village has no report. Check the village's name.`;
    case "village/duplicate-report": {
      const more = typeof detail(f, "more") === "number" && Number(detail(f, "more")) > 0 ? ` and ${detailText(f, "more", "en")} more` : "";
      return `${at}: the village "${detailText(f, "village", "en")}" has several reports with different figures: this one, ${otherPlace(f, "other")}${more}. It is not ranked and no prize is proposed for it. Remove the extra report or correct the village's name, then rank again.`;
    }
    case "village/report-left-out":
      return detail(f, "reason") === "own-report"
        ? `${at}: the column of "${detailText(f, "village", "en")}" in the consolidated sheet is not counted: the village has its own report (${otherPlace(f, "kept")}), which is ranked.`
        : `${at}: this report of "${detailText(f, "village", "en")}" has the same figures as ${otherPlace(f, "kept")} and is counted once.`;
    default:
      return unreachable(f.code);
  }
}

// Another report named in a finding: 'sheet "Nà Lầu (2)", cell E4 (file b.xlsx)'.
function otherPlace(f: Finding, prefix: "other" | "kept"): string {
  const cell = detailText(f, `${prefix}Cell`, "en");
  const file = detailText(f, `${prefix}File`, "en");
  return `sheet "${detailText(f, `${prefix}Sheet`, "en")}"${cell === "" ? "" : `, cell ${cell}`}${file === "" ? "" : ` (file ${file})`}`;
}

function villageOf(f: Finding): string {
  const village = detail(f, "village");
  return typeof village === "string" && village !== "" ? ` of ${village}` : "";
}

/** What was found, as text in quotes when it is text: "2024" typed in quotes is not the number 2024. */
function foundText(f: Finding, actual: string): string {
  return detail(f, "foundText") === true ? `"${actual}"` : actual;
}

function unreachable(code: never): string {
  return String(code);
}

// Findings located on the configuration (its roster, its adjustments) rather than on a sheet of figures.
const ON_CONFIG = new Set<string>(["village/missing-report", "village/adjustment-without-report"]);

function place(f: Finding): string {
  const sheet = f.code.startsWith("config/") || ON_CONFIG.has(f.code) ? `Configuration "${f.sheet}"` : `Sheet "${f.sheet}"`;
  return f.cell ? `${sheet}, cell ${f.cell}` : sheet;
}

function shortfall(f: Finding, at: string, name: string, bareActual: string, bareExpected: string): string {
  const unit = withUnit(f);
  const actual = unit(bareActual);
  const expected = unit(bareExpected);
  if (typeof f.expected !== "number") return `${at}: ${name} is not met: the result is "${actual}", the target "${expected}".`;
  if (detail(f, "direction") === "lower") return `${at}: ${name} is not met: ${actual}, above the level of ${expected} it must fall to.`;
  return `${at}: ${name} is not met: ${actual} against a target of ${expected} (${percentText(detail(f, "ratio"), "en")}).`;
}

/** Appends the indicator's unit to a figure: "236 Tấn", "98,5%". */
function withUnit(f: Finding): (figure: string) => string {
  const unit = detail(f, "unit");
  if (typeof f.expected !== "number" || typeof unit !== "string" || unit === "") return (figure) => figure;
  return (figure) => (unit === "%" ? `${figure}%` : `${figure} ${unit}`);
}

const COMMUNE_COLUMN_EN: Record<string, string> = { bonus: "Điểm thưởng (bonus)", deduction: "Điểm trừ (deduction)", verifiedPoints: "Điểm thẩm định (verified points)" };

const KIND_EN: Record<string, string> = {
  number: "a number (such as 1.417 or 97,5)",
  pass: "Đạt or Không đạt",
  none: "Không xảy ra or Xảy ra",
  rating: "a rating (Xuất sắc, Tốt, Khá, Trung bình, Yếu, Kém)",
  points: "a number of points (such as 2,5 or - 0,25)",
  "points-range": "a number of points between -1,000,000 and 1,000,000",
};

const FILE_EN: Record<string, string> = {
  missing: "does not exist. Check the file's name and folder",
  directory: "is a folder, not an Excel file. Choose the .xlsx files in it",
  "config-directory": "is a folder, not a configuration file. Choose the .json file, such as cau-hinh-xep-hang-2024.json",
  "not-xlsx": "is not a spreadsheet (.xlsx, .xlsm, .xls, .ods), whatever its name says. Open it in Excel and save it as .xlsx",
  csv: "is a CSV (text) file, which keeps neither the table's decimal commas, number formats nor fonts. Open it in Excel and save it as .xlsx",
  corrupt: "is damaged and cannot be read. Ask the village for the file again",
  protected: "is password-protected. Open it in Excel, remove the password and save it again",
  empty: "has no sheet with data",
  permission: "cannot be opened: permission to read it is denied. Ask for read permission, or copy the file into your own folder and try again",
  "link-loop": "is a link that loops back on itself and leads to no file. Choose the real file",
  "not-a-folder": "does not exist: part of its path is a file, not a folder. Check the path",
  "name-too-long": "has a name or path that is too long. Shorten the name or copy the file into a folder nearer the drive's root",
  busy: "is held by another program. Close that program and try again",
  "not-regular": "is not a regular file (it is a device, a pipe or a link to one). Choose a real file",
  "too-large": "is too large ({size}); the program reads files up to {limit}. Check that the right file was chosen",
  io: "cannot be read because of a system error ({code}). Copy the file elsewhere and try again",
  "unzipped-too-large": "unzips its part {part} to {size}, beyond the limit of {limit}: the file is damaged or deliberately inflated. Ask the village for the file again, or open it in Excel and save it again",
  "ods-repeat": 'repeats cell {at} of sheet "{sheetName}" over {rows} rows and {columns} columns, more cells with a value than the program reads from one file ({most}). Open it in LibreOffice or Excel, delete the repeated cells outside the table, save it and try again',
  ods: "is an OpenDocument spreadsheet (.ods) that cannot be read (damaged or incomplete). Open it in LibreOffice or Excel and save it as .xlsx",
  xlsb: "is an Excel binary workbook (.xlsb) that cannot be read (damaged or incomplete). Open it in Excel and save it as .xlsx",
  zip: "is a .zip archive, not an Excel workbook. Unzip it and choose the .xlsx file inside",
  hidden: "holds its indicator table only in the hidden sheet {sheets}. Unhide that sheet (right-click a sheet tab, Unhide), save and try again",
};

function problem(f: Finding): string {
  const expected = factText(f.expected, "en");
  switch (String(detail(f, "problem"))) {
    case "negative":
      return "must not be negative";
    case "below-one":
      return "must be 1 or more";
    case "not-number":
      return "must be a number";
    case "not-integer":
      return "must be a whole number";
    case "required":
      return "is required";
    case "not-text":
      return "must be text";
    case "not-yes-no":
      return "must be Có (yes) or Không (no)";
    case "not-allowed-value":
      return expected === "" ? "has a value that is not allowed" : `must be one of: ${expected}`;
    case "bad-json":
      return "is not valid JSON";
    case "too-many":
      return "has too many entries";
    case "band-two-bounds":
      return "may have one bound at each end (from or above; below or to)";
    case "band-empty":
      return "has its lower bound above its upper bound: no completion falls in it";
    case "band-order":
      return `must come after band ${detailText(f, "other", "en")}: bands go from low completion to high`;
    case "band-overlap":
      return `overlaps band ${detailText(f, "other", "en")}: a completion may fall in one band only`;
    case "tier-order":
      return `has a higher minimum than the tier ${detailText(f, "other", "en")} above it: tiers go best first`;
    case "duplicate-village":
      return `repeats the village ${detailText(f, "other", "en")} of the roster`;
    case "points-need-max":
      return "is points, but no indicator has maximum points: add a Điểm chuẩn column to the target sheet or give points in the rules";
    case "ratio-needs-target":
      return `is the completion ratio, but the sheet "${detailText(f, "form", "en")}" is a scoring form (maximum points only, no target to compute a ratio from), so nothing is ranked: choose points or leave the setting blank`;
    case "too-big":
      return `must be at most ${expected}`;
    case "too-long":
      return `is too long (at most ${expected} characters)`;
    default:
      return "is not valid";
  }
}

// The points columns of a scoring form, as a parent-total names them.
const FORM_COLUMN_EN: Record<string, string> = { maxPoints: "maximum points (Điểm chuẩn)", selfPoints: "own points (Điểm tự chấm)", verifiedPoints: "verified points (Điểm thẩm định)" };

// " Tấn" after a figure, where the finding names the unit.
function unitText(f: Finding): string {
  const unit = detail(f, "unit");
  return typeof unit === "string" && unit !== "" ? ` ${unit}` : "";
}
