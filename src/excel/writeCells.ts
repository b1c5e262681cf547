import type { CellModel } from "../core/model/sheetModel";
import { parseCell, rangeAddress, type CellRef } from "./a1";
import { forOneRequest } from "./oneRequest";
import { COMMAND_BYTES, REQUEST_BUDGET_BYTES, RequestBudget, commandBytes } from "./requestBudget";

type Value = string | number | boolean | null;

export interface PlacedCell {
  cell: CellModel;
  ref: CellRef;
  style?: CellModel["style"];
}

/** Reads each cell's address once; null when one is not an A1 address. */
export function placeCells(cells: CellModel[]): PlacedCell[] | null {
  const out: PlacedCell[] = [];
  for (const cell of cells) {
    const ref = parseCell(cell.address);
    if (!ref) return null;
    out.push({ cell, ref, style: cell.style });
  }
  return out;
}

/**
 * Writes cell values in row blocks on a new, blank sheet. Every text cell is formatted as text ("@")
 * before its value is set, so a village named "=1+1" or "@SUM(A1)" stays text: Excel reads `values` as
 * if typed, and only the text format stops "=", "+", "-" and "@" from starting a formula (an apostrophe
 * would also be shown). The cells between are written blank ("" and "General", what a new sheet has),
 * never `null`, so the request means the same whatever a host makes of `null`.
 */
export async function writeCells(ws: Excel.Worksheet, placed: PlacedCell[], budget: RequestBudget): Promise<void> {
  if (placed.length === 0) return;
  let minRow = Infinity;
  let maxRow = 0;
  let maxCol = 0;
  for (const { ref } of placed) {
    minRow = Math.min(minRow, ref.row);
    maxRow = Math.max(maxRow, ref.row);
    maxCol = Math.max(maxCol, ref.col);
  }
  const values: Value[][] = Array.from({ length: maxRow - minRow + 1 }, () => Array<Value>(maxCol).fill(""));
  const formats: string[][] = Array.from({ length: maxRow - minRow + 1 }, () => Array<string>(maxCol).fill("General"));
  for (const { cell, ref } of placed) {
    const r = ref.row - minRow;
    const c = ref.col - 1;
    // A formula of the model's own (never a cell's text) goes in as typed, under a number format.
    values[r][c] = cell.formula ?? cell.value ?? "";
    formats[r][c] = cell.formula === undefined && typeof cell.value === "string" ? "@" : (cell.style?.numberFormat ?? "General");
  }
  // A block is two commands (number formats, then values) carrying its rows of both.
  const rowBytes = values.map((row, r) => commandBytes(row, 1) + commandBytes(formats[r], 1));
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = 2 * COMMAND_BYTES;
    while (end < values.length && (end === start || bytes + rowBytes[end] < REQUEST_BUDGET_BYTES)) {
      bytes += rowBytes[end];
      end++;
    }
    await budget.take(bytes);
    const range = forOneRequest(ws.getRange(rangeAddress(minRow + start, 1, minRow + end - 1, maxCol)));
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end) as (string | number | boolean)[][];
    start = end;
  }
}
