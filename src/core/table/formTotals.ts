import { cellAddress } from "../cells/cellAddress";
import { cellText } from "../cells/cellText";
import { type SheetGrid, valueAt } from "../cells/sheetGrid";
import { finding, type Finding } from "../model/finding";
import type { RowPoints } from "../model/report";
import { foldText } from "../text/foldText";
import type { TableHeader } from "./findHeader";
import { parentRows } from "./formTree";
import { isTotalRow } from "./isTotalRow";
import type { TableRow } from "./readTableRows";

const ROLES = ["maxPoints", "selfPoints", "verifiedPoints"] as const;
// The whole table's total, which adds every criterion above it.
const GRAND_TOTALS = new Set(["tong cong", "tong", "tong so", "cong chung"]);
// The first row of these names has its own points said by points/self-total already (see readPoints).
const SELF_TOTALS = new Set(["tong cong", "cong", "tong so", "tong"]);

type ReadPoints = (row: number, column: number) => { ok: true; value: number | null } | { ok: false };

/**
 * The total rows of a scoring form (docs/scoring.md#points-method): "Tổng cộng" adds every criterion above it, "Cộng tiêu
 * chí 1 (1 + 2 + 3 + 4)" the criteria since the total before it; where the points written in its
 * maximum, own or verified column differ from that sum, `points/parent-total` at the cell (the own
 * column of the first "Tổng cộng" or "Cộng" is `points/self-total`).
 *
 * @example formTotals(grid, header, rows, points, read) // [{ code: "points/parent-total", cell: "C12", expected: 100, actual: 95, … }]
 */
export function formTotals(grid: SheetGrid, header: TableHeader, rows: readonly TableRow[], points: readonly RowPoints[], read: ReadPoints): Finding[] {
  const parents = parentRows(rows.map((row) => row.indicator));
  const criteria = rows.flatMap((row, index) => (parents.has(index) ? [] : [{ row: row.row, points: points[index] }]));
  const columns = new Map(header.band.flatMap((column) => (ROLES.some((role) => role === column.role) ? [[column.role, column.column] as const] : [])));
  const findings: Finding[] = [];
  let since = header.lastRow;
  let selfSaid = false;
  for (let row = header.lastRow + 1; row < grid.values.length; row++) {
    const name = cellText(valueAt(grid, row, header.columns.name)).trim();
    if (name === "" || !isTotalRow(name)) continue;
    const folded = foldText(name);
    const grand = GRAND_TOTALS.has(folded);
    const skipSelf = !selfSaid && SELF_TOTALS.has(folded);
    if (skipSelf) selfSaid = true;
    const counted = criteria.filter((criterion) => criterion.row < row && (grand || criterion.row > since));
    since = row;
    for (const role of ROLES) {
      const column = columns.get(role);
      if (column === undefined || (skipSelf && role === "selfPoints")) continue;
      const written = read(row, column);
      const values = counted.flatMap((criterion) => (criterion.points[role] === null ? [] : [criterion.points[role]]));
      if (!written.ok || written.value === null || values.length === 0) continue;
      const sum = values.reduce((total, value) => total + value, 0);
      if (Math.abs(written.value - sum) <= 0.005) continue;
      findings.push(
        finding("points/parent-total", { sheet: grid.name, indicator: name, cell: cellAddress(row, column), expected: Math.round(sum * 100) / 100, actual: written.value, details: { column: role, rows: counted.length } }),
      );
    }
  }
  return findings;
}
