import { cellAddress } from "../cells/cellAddress";
import { readCellAt } from "../cells/sheetGrid";
import type { Finding } from "../model/finding";
import type { Indicator } from "../model/indicator";
import type { TableRead } from "../table/readIndicatorTable";
import type { TableRow } from "../table/readTableRows";
import { sameVillage } from "../config/rosterKey";
import { villageColumn } from "./villageColumn";
import { withTarget } from "./withTarget";

/**
 * Targets that win over a report's own (docs/reading-tables.md#which-targets-apply): `village` for the template sent to one village (its
 * name in a title cell, or its KH column in a consolidated sheet), `commune` for the commune's own sheet.
 */
export interface Authority {
  scope: "village" | "commune";
  sheet: string;
  rows: { indicator: Indicator; cell: string }[];
}

/**
 * What is wrong with a target sheet itself (no table, no header, a missing column), said once wherever
 * the targets are given.
 *
 * @example targetSheetFindings(readTable(notesSheet)) // [{ code: "sheet/no-header", sheet: "Ghi chú", … }]
 */
export function targetSheetFindings(targets: TableRead): Finding[] {
  return targets.parsed.findings.filter((f) => f.code.startsWith("sheet/") || f.details?.kind === "points" || f.code === "target/suspect-separator");
}

/**
 * The authoritative targets a target sheet gives a village, or null when the sheet has no usable table.
 *
 * @example authorityFor(readTable(seedTargetSheet()), "Nà Lầu")?.scope === "commune"
 */
export function authorityFor(targets: TableRead, village: string): Authority | null {
  const { parsed, header, grid } = targets;
  if (header === null || parsed.layout === null) return null;
  const nameCell = (row: TableRow) => cellAddress(row.row, header.columns.name);
  if (parsed.layout === "consolidated") {
    const own = villageColumn(header.villages, village, { withTarget: true });
    if (own?.targetColumn != null) {
      const column = own.targetColumn;
      const rows = targets.rows.map((row) => ({
        indicator: withTarget(row.indicator, readCellAt(grid, row.row, column)),
        cell: nameCell(row),
      }));
      return { scope: "village", sheet: parsed.sheet, rows };
    }
    if (header.columns.target === null) return null;
  }
  // A template names the village it was sent to; another village's template is no template for this one.
  const scope = parsed.layout !== "consolidated" && parsed.title.village !== null && sameVillage(parsed.title.village, village) ? "village" : "commune";
  const actual = header.columns.actual;
  // A target relative to the commune's own figure takes the commune's actual on its row, where it has one (docs/reading-tables.md#values).
  const filled = (row: TableRow) => (row.indicator.relative !== undefined && row.indicator.target === null && actual !== null ? withTarget(row.indicator, readCellAt(grid, row.row, actual)) : row.indicator);
  return { scope, sheet: parsed.sheet, rows: targets.rows.map((row) => ({ indicator: filled(row), cell: nameCell(row) })) };
}
