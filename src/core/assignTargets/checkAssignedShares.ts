import { cellAddress } from "../cells/cellAddress";
import { readCellAt } from "../cells/sheetGrid";
import { withTarget } from "../checks/withTarget";
import { finding, type Finding } from "../model/finding";
import type { TableRead } from "../table/readIndicatorTable";

// Shares typed with a decimal or two still add up.
const TOLERANCE = 0.0005;

/**
 * The villages' shares of the commune's cumulative targets on a consolidated sheet with the commune's own
 * target column (a "Giao chỉ tiêu" sheet, docs/outputs.md#giving-villages-their-targets): one
 * `target/shares-mismatch` warning for each indicator whose KH cells, where any is filled, do not add up to
 * the commune's total (at the total's cell, saying how many villages have no share yet).
 *
 * @example checkAssignedShares(readTable(giaoChiTieu)) // [{ code: "target/shares-mismatch", cell: "D9", expected: 1417, actual: 1400, … }]
 */
export function checkAssignedShares(table: TableRead): Finding[] {
  const { header, grid } = table;
  if (
    table.parsed.layout !== "consolidated" ||
    header === null ||
    header.columns.target === null
  )
    return [];
  const totalColumn = header.columns.target;
  const columns = header.villages.flatMap((village) =>
    village.targetColumn === null ? [] : [village.targetColumn],
  );
  if (columns.length === 0) return [];
  return table.rows.flatMap((row) => {
    const { indicator } = row;
    if (!indicator.cumulative || typeof indicator.target !== "number")
      return [];
    const shares = columns.map(
      (column) =>
        withTarget(indicator, readCellAt(grid, row.row, column)).target,
    );
    const given = shares.filter(
      (share): share is number => typeof share === "number",
    );
    if (given.length === 0) return [];
    const sum = given.reduce((total, share) => total + share, 0);
    if (Math.abs(sum - indicator.target) < TOLERANCE) return [];
    return [
      finding("target/shares-mismatch", {
        sheet: grid.name,
        cell: cellAddress(row.row, totalColumn),
        indicator: indicator.name,
        indicatorId: indicator.id,
        expected: indicator.target,
        actual: Math.round(sum * 1e9) / 1e9,
        details: { empty: shares.length - given.length, unit: indicator.unit },
      }),
    ];
  });
}
