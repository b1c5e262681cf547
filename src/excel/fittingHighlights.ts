import { columnLetters, parseCell, type CellRef } from "./a1";
import { encodeState, type CellLook } from "./highlightState";

/**
 * How many of `cells` (in the order they are to be painted) can be highlighted with the saved state of
 * their previous looks (`encodeState`) at most `limit` characters long: all of them when they fit.
 *
 * The size is counted cell by cell as `encodeState` writes it (a cell below the last one of its column,
 * with the same look, lengthens that run; any other starts a run), which never undercounts; the count
 * found is then checked against the real encoding and lowered until that fits.
 *
 * @example fittingCount("Nà Lầu", [["E5", plain], ["E6", plain]], 256_000) === 2
 */
export function fittingCount(sheet: string, cells: [string, CellLook][], limit: number): number {
  let k = estimatedCount(sheet, cells, limit);
  for (;;) {
    const size = k === 0 ? 0 : encodeState({ sheet, cells: Object.fromEntries(cells.slice(0, k)) }).length;
    if (size <= limit) return k;
    k = Math.min(k - 1, Math.floor((k * limit) / size));
  }
}

function estimatedCount(sheet: string, cells: [string, CellLook][], limit: number): number {
  let size = `{"v":2,"sheet":${JSON.stringify(sheet)},"looks":[],"runs":[]}`.length;
  const looks = new Map<string, number>();
  const columns = new Map<number, { start: number; last: number; look: number; entry: number }>();
  let runs = 0;
  for (let i = 0; i < cells.length; i++) {
    const [cell, look] = cells[i];
    const ref = parseCell(cell) as CellRef;
    const key = JSON.stringify([look.fill, look.font, look.pattern ?? null]);
    let index = looks.get(key);
    let grown = 0;
    if (index === undefined) {
      index = looks.size;
      looks.set(key, index);
      grown += JSON.stringify({ fill: look.fill, font: look.font, ...(look.pattern ? { pattern: look.pattern } : {}) }).length + (index > 0 ? 1 : 0);
    }
    const run = columns.get(ref.col);
    if (run && run.last === ref.row - 1 && run.look === index) {
      const entry = runEntry(ref.col, run.start, ref.row, index);
      grown += entry - run.entry;
      run.last = ref.row;
      run.entry = entry;
    } else {
      const entry = runEntry(ref.col, ref.row, ref.row, index);
      grown += entry + (runs > 0 ? 1 : 0);
      runs++;
      if (!run || ref.row > run.last) columns.set(ref.col, { start: ref.row, last: ref.row, look: index, entry });
    }
    if (size + grown > limit) return i;
    size += grown;
  }
  return cells.length;
}

/** `["E5:E9",3]` as `encodeState` writes a run (its comma is counted apart). */
function runEntry(col: number, from: number, to: number, look: number): number {
  const letters = columnLetters(col).length;
  const address = from === to ? letters + String(from).length : 2 * letters + String(from).length + String(to).length + 1;
  return address + String(look).length + 5;
}
