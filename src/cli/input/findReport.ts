import { checkTable } from "../../core/checks/checkReport";
import { readCheckOptions } from "../../core/checks/readOptions";
import { readVillageReports } from "../../core/checks/readVillageReports";
import type { CheckedReport, Finding, SheetCells } from "../../core/model";
import { readTable } from "../../core/table/readIndicatorTable";
import { sameVillage } from "../../core/config/rosterKey";
import { pickSheet } from "./pickSheet";

/** The report `validate` checks, or why there is none to check. */
export type FoundReport =
  | { ok: true; report: CheckedReport }
  | { ok: false; problem: "sheet-not-found"; sheets: string[] }
  | { ok: false; problem: "no-report"; findings: Finding[] }
  | { ok: false; problem: "choose-village"; villages: string[] };

/**
 * Finds and checks the village report of a workbook: the sheet named with --sheet, else the first report
 * sheet, else one village's column of a consolidated sheet, chosen with --village. Without --targets, a
 * workbook's own target sheet (when it has exactly one) gives the targets, as it does for `rank`. With the
 * configuration's `year`, that year's columns are checked where years stand side by side, and with its
 * `period` that period's actual column where periods do (docs/reading-tables.md#layouts).
 *
 * @example findReport(sheets, { sheet: null, village: "Nà Lầu" }, undefined, "tong-hop-2024.xlsx")
 */
export function findReport(
  sheets: readonly SheetCells[],
  choice: { sheet: string | null; village: string | null },
  targets: SheetCells | undefined,
  fileName: string,
  year?: number,
  period?: "year" | "half",
): FoundReport {
  const named = choice.sheet === null ? null : pickSheet(sheets, choice.sheet);
  if (choice.sheet !== null && named === null) return { ok: false, problem: "sheet-not-found", sheets: sheets.map((s) => s.name) };
  // The year as the check takes it (a year it would not take is no year), for every table read here.
  const trusted = readCheckOptions({ year, period });
  const assessed = trusted.year;
  const read = { ...(assessed === undefined ? {} : { year: assessed }), ...(trusted.period === undefined ? {} : { period: trusted.period }) };
  // Each sheet is read once: the tables found here are the ones checked.
  const all = sheets.map((sheet) => {
    const tableRead = readTable(sheet, read);
    return { sheet, tableRead, table: tableRead.parsed };
  });
  const tables = named === null ? all : all.filter(({ sheet }) => sheet === named);
  const ownTargets = all.filter(({ table }) => table.layout === "targets");
  const applied = targets ?? (ownTargets.length === 1 ? ownTargets[0].sheet : undefined);
  const report = tables.find(({ table }) => table.layout === "report" && table.indicators.length > 0);
  if (report) {
    const village = choice.village !== null ? { village: choice.village } : {};
    const appliedRead = targets !== undefined ? readTable(targets, read) : ownTargets.length === 1 ? ownTargets[0].tableRead : null;
    return { ok: true, report: checkTable(report.tableRead, appliedRead, { ...village, fileName }) };
  }
  const consolidated = tables.find(({ table }) => table.layout === "consolidated" && table.indicators.length > 0);
  if (!consolidated) return { ok: false, problem: "no-report", findings: tables.flatMap(({ table }) => table.findings) };
  const { reports } = readVillageReports([consolidated.sheet], { ...(applied ? { targets: applied } : {}), ...read });
  // The village's column found by the one village key, as the checks find it: "Bản Pá Ràng", "pa rang", "THÔN SỐ 03".
  const wanted = choice.village;
  const chosen = wanted === null ? undefined : reports.find((r) => sameVillage(r.village, wanted));
  return chosen ? { ok: true, report: chosen } : { ok: false, problem: "choose-village", villages: reports.map((r) => r.village) };
}
