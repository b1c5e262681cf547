import { parseCell, rangeAddress, type CellRef } from "./a1";

export interface Run<K> {
  address: string;
  /** The cells of the run, top to bottom. */
  cells: string[];
  key: K;
}

/**
 * Groups cells into runs down a column that share a key, so one range command covers many cells
 * (a checked report's highlights mostly sit in one column).
 *
 * @example verticalRuns(["E5", "E6", "E8"], () => "bad") → runs "E5:E6" and "E8"
 */
export function verticalRuns<K>(cells: string[], keyOf: (cell: string) => K): Run<K>[] {
  const refs = cells
    .map((cell) => ({ cell, ref: parseCell(cell) as CellRef, key: keyOf(cell) }))
    .sort((a, b) => a.ref.col - b.ref.col || a.ref.row - b.ref.row);
  const runs: Run<K>[] = [];
  let start = 0;
  for (let i = 1; i <= refs.length; i++) {
    const prev = refs[i - 1];
    const cur = refs[i];
    const continues = cur && cur.ref.col === prev.ref.col && cur.ref.row === prev.ref.row + 1 && (cur.key === prev.key || JSON.stringify(cur.key) === JSON.stringify(prev.key));
    if (continues) continue;
    const first = refs[start];
    if (first) {
      runs.push({ address: rangeAddress(first.ref.row, first.ref.col, prev.ref.row, prev.ref.col), cells: refs.slice(start, i).map((r) => r.cell), key: first.key });
    }
    start = i;
  }
  return runs;
}
