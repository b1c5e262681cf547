import type { SheetCells } from "../model/cells";
import type { Finding } from "../model/finding";
import type { CheckedReport } from "../model/report";
import { readTable, type TableRead } from "../table/readIndicatorTable";
import { authorityFor, targetSheetFindings } from "./authority";
import { checkTable } from "./checkReport";
import { checkSource } from "./checkSource";
import { readBatchOptions } from "./readOptions";
import { reportSource } from "./reportSource";
import { villageHeaderCell } from "./villageHeaderCell";

/**
 * Every village report among some sheets, checked, for ranking: a report sheet is one village, a
 * consolidated sheet one village per village column; target sheets are not villages (the only one among
 * them is used as the targets when none is given). Sheets without a table give findings only.
 * `fileNames` maps a sheet's name to its file's name, where a village's name may be found (CLI); `year`,
 * the year assessed, picks the checked columns where years stand side by side, and `period` the actual
 * column where periods do (docs/reading-tables.md#layouts).
 *
 * @example
 * readVillageReports([targetSheet, naLau, khuonLung]).reports.map((r) => r.village) // ["Nà Lầu", "Khuôn Lùng"]
 */
export function readVillageReports(
  sheets: SheetCells[],
  options: { targets?: SheetCells; fileNames?: Record<string, string>; year?: number; period?: "year" | "half" } = {},
): { reports: CheckedReport[]; findings: Finding[] } {
  const trusted = readBatchOptions(options);
  const list: unknown[] = Array.isArray(sheets) ? sheets : [];
  const read = { year: trusted.year, period: trusted.period };
  const tables = list.filter((sheet) => sheet !== trusted.targets).map((sheet) => readTable(sheet, read));
  const targetTables = tables.filter((table) => table.parsed.layout === "targets");
  const targets = trusted.targets != null ? readTable(trusted.targets, read) : targetTables.length === 1 ? targetTables[0] : null;
  const reports: CheckedReport[] = [];
  const findings: Finding[] = targets === null ? [] : targetSheetFindings(targets);
  for (const table of tables) {
    const { layout, sheet } = table.parsed;
    if (layout === "targets") continue;
    // One argument per row or column would overflow the stack on a large sheet: no spread into push.
    if (layout === null) for (const f of table.parsed.findings) findings.push(f);
    else if (layout === "report") reports.push(checkTable(table, targets, { fileName: fileNameOf(trusted.fileNames, sheet), sayTargetProblems: false }));
    else for (const report of consolidated(table, targets)) reports.push(report);
  }
  return { reports, findings };
}

// A sheet named "constructor" must not find Object's own properties.
function fileNameOf(fileNames: Record<string, string> | undefined, sheet: string): string | undefined {
  return fileNames !== undefined && Object.hasOwn(fileNames, sheet) ? fileNames[sheet] : undefined;
}

function consolidated(table: TableRead, targets: TableRead | null): CheckedReport[] {
  return table.parsed.villageColumns.map((column) => ({
    ...checkSource(reportSource(table, column.village, column), targets === null ? null : authorityFor(targets, column.village)),
    consolidatedCell: villageHeaderCell(table, column),
  }));
}
