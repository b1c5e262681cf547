import type { SheetInfo } from "./sheetInfo";

/**
 * The report to check when the pane opens: the sheet staff are looking at if it is a village report,
 * else the first sheet that reads as one.
 *
 * @example defaultReportSheet([{ name: "Chỉ tiêu", layout: "targets" }, { name: "Thôn Nà Lầu", layout: "report" }]) === "Thôn Nà Lầu"
 */
export function defaultReportSheet(sheets: SheetInfo[]): string | null {
  const reports = sheets.filter((s) => s.layout === "report");
  return (reports.find((s) => s.active) ?? reports[0])?.name ?? null;
}

/** The commune's target sheet, if the workbook has one. @example defaultTargetSheet(sheets) === "Chỉ tiêu" */
export function defaultTargetSheet(sheets: SheetInfo[]): string | null {
  return sheets.find((s) => s.layout === "targets")?.name ?? null;
}

/**
 * The sheets to rank: every village report, or, when there is none, the consolidated sheets — never both,
 * since a consolidated sheet repeats the villages' own figures.
 *
 * @example defaultRankSheets([{ name: "Tổng hợp", layout: "consolidated" }]) → ["Tổng hợp"]
 */
export function defaultRankSheets(sheets: SheetInfo[]): string[] {
  const reports = sheets.filter((s) => s.layout === "report").map((s) => s.name);
  return reports.length > 0 ? reports : sheets.filter((s) => s.layout === "consolidated").map((s) => s.name);
}

/**
 * Sheets offered for ranking: everything but target sheets and the sheets the pane writes itself.
 *
 * @example rankableSheets(sheets, (name) => name === "Cấu hình xếp hạng")
 */
export function rankableSheets(sheets: SheetInfo[], isOwnSheet: (name: string) => boolean): SheetInfo[] {
  return sheets.filter((s) => s.layout !== "targets" && !isOwnSheet(s.name));
}
