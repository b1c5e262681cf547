import { cellAddress } from "../cells/cellAddress";
import { cellText } from "../cells/cellText";
import { readCellAt, valueAt, type SheetGrid } from "../cells/sheetGrid";
import { finding, type Finding } from "../model/finding";
import type { Indicator } from "../model/indicator";
import type { TableHeader } from "../table/findHeader";
import type { TableRow } from "../table/readTableRows";
import { foldText } from "../text/foldText";
import { compareUnits, convertToUnit } from "../units/unitCatalogue";

// "About 1 000× below": between 500× and 2 000×, as for a village's figures (see `checkSuspectSeparator`).
const LOW = 500;
const HIGH = 2000;
// A sub-row's mark in TT ("-", "+", "*", "a)", "b.") or before its name ("- Lúa"), as opposed to a numbered row.
const SUB_MARK = /^(?:[-+*•–—]|[a-zđ][).]?)$/iu;
const SUB_NAME = /^\s*[-+*•–—]\s*/u;

/**
 * `target/suspect-separator` (docs/reading-tables.md#values): a target about 1 000× below the sum of its own parts ("trên 3,098
 * tấn" over "- Lúa 2.898 tấn" and "- Ngô 200 tấn": a thousands dot typed as a comma) or, in a consolidated
 * sheet, of the villages' own targets on its row. The target is read as written, never changed; the
 * finding is at its cell. A row's parts are the rows under it that the table puts under it (their path
 * ends with its name) or, where the table keeps them level, the rows right below marked as parts ("-",
 * "+", "a)") in the same kind of unit.
 *
 * @example suspectTargets(grid, header, rows) // [{ code: "target/suspect-separator", cell: "D5", actual: 3.098, expected: 3098, details: { source: "children" } }]
 */
export function suspectTargets(grid: SheetGrid, header: TableHeader, rows: readonly TableRow[]): Finding[] {
  const targetColumn = header.columns.target;
  if (targetColumn === null) return [];
  const findings: Finding[] = [];
  // Each row's parts by its parent's name, gathered once: a table of 100 000 rows is read in one pass.
  const underParent = new Map<string, TableRow[]>();
  for (const row of rows) {
    const path = row.indicator.path;
    if (path.length === 0) continue;
    const key = foldText(path[path.length - 1]);
    const list = underParent.get(key);
    if (list === undefined) underParent.set(key, [row]);
    else list.push(row);
  }
  rows.forEach((row, index) => {
    const { indicator } = row;
    if (indicator.kind !== "number" || typeof indicator.target !== "number" || indicator.target <= 0) return;
    const parts = partsOf(grid, header, rows, index, underParent);
    const villages = villagesTargets(grid, header, row.row);
    const found = parts !== null && suspect(indicator.target, parts) ? { sum: parts, source: "children" } : villages !== null && suspect(indicator.target, villages) ? { sum: villages, source: "villages" } : null;
    if (found === null) return;
    findings.push(
      finding("target/suspect-separator", {
        sheet: grid.name,
        cell: cellAddress(row.row, targetColumn),
        indicator: indicator.name,
        indicatorId: indicator.id,
        actual: indicator.target,
        expected: Math.round(found.sum * 1e6) / 1e6,
        details: { source: found.source },
      }),
    );
  });
  return findings;
}

function suspect(target: number, sum: number): boolean {
  const ratio = sum / target;
  return ratio >= LOW && ratio <= HIGH;
}

/** The sum of the targets of a row's parts in its unit, or null when it has none. */
function partsOf(grid: SheetGrid, header: TableHeader, rows: readonly TableRow[], index: number, underParent: ReadonlyMap<string, TableRow[]>): number | null {
  const parent = rows[index];
  if (isSubRow(grid, header, parent.row)) return null;
  const under = (underParent.get(foldText(parent.indicator.name)) ?? []).filter((row) => row !== parent);
  const parts = under.length > 0 ? under : markedBelow(grid, header, rows, index);
  let sum = 0;
  let counted = 0;
  for (const part of parts) {
    const value = inUnitOf(part.indicator, parent.indicator);
    if (value === null) continue;
    sum += value;
    counted += 1;
  }
  return counted === 0 ? null : sum;
}

function markedBelow(grid: SheetGrid, header: TableHeader, rows: readonly TableRow[], index: number): TableRow[] {
  const parts: TableRow[] = [];
  for (let next = index + 1; next < rows.length && isSubRow(grid, header, rows[next].row); next++) parts.push(rows[next]);
  return parts;
}

function isSubRow(grid: SheetGrid, header: TableHeader, row: number): boolean {
  const tt = header.columns.tt === null ? "" : cellText(valueAt(grid, row, header.columns.tt)).trim();
  const name = cellText(valueAt(grid, row, header.columns.name));
  return SUB_NAME.test(name) || (tt !== "" && SUB_MARK.test(tt));
}

/** A part's number target in the parent's unit; null for words, no target or a unit that does not convert. */
function inUnitOf(part: Indicator, parent: Indicator): number | null {
  if (typeof part.target !== "number") return null;
  if (part.unit === null || parent.unit === null) return part.target;
  const comparison = compareUnits(part.unit, parent.unit);
  return comparison.kind === "mismatch" ? null : convertToUnit(part.target, comparison);
}

/** The sum of the villages' own targets on a row of a consolidated sheet, or null when fewer than two have one. */
function villagesTargets(grid: SheetGrid, header: TableHeader, row: number): number | null {
  let sum = 0;
  let counted = 0;
  for (const village of header.villages) {
    if (village.targetColumn === null || village.targetColumn === header.columns.target) continue;
    const reading = readCellAt(grid, row, village.targetColumn);
    if (reading.type !== "number") continue;
    sum += reading.value;
    counted += 1;
  }
  return counted < 2 ? null : sum;
}
