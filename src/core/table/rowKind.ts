import { cellText } from "../cells/cellText";
import { foldText } from "../text/foldText";
import type { CellReading } from "../values/readCell";
import { columnRole } from "./columnRole";
import { isTotalRow } from "./isTotalRow";
import type { NameNumbering } from "./nameNumbering";
import { ttStyle } from "./ttLevel";

/**
 * What a row below the header is (docs/reading-tables.md#row-kinds):
 * - `end`: the document goes on after the table (recipients, signatures, notes); reading stops;
 * - `skip`: nothing to read (no name, the header repeated at a page break, the row of column numbers);
 * - `total`: a total or subtotal row, which is no indicator;
 * - `continuation`: the rest of the name above, typed on the next row;
 * - `group`: a heading with neither unit nor figures;
 * - `indicator`: a row with a unit or a figure.
 */
export type RowKind = "end" | "skip" | "total" | "continuation" | "group" | "indicator";

/** A row's cells as the table reader needs them to decide its kind, ditto marks already resolved. */
export interface RowLine {
  cells: readonly unknown[];
  tt: string;
  /** The name cell as written, numbering included. */
  written: string;
  /** The numbering at the head of the name ("1.", "a)", "-"), if any. */
  numbered: NameNumbering | null;
  /** The name without its numbering. */
  name: string;
  unit: string;
  target: CellReading;
  /** Whether the row holds a target, an actual, a village's figure or points. */
  hasFigure: boolean;
}

/**
 * The kind of one row, knowing whether the row read before it was an indicator (a continuation follows one).
 *
 * @example rowKind({ cells: ["", "Tổng cộng"], tt: "", written: "Tổng cộng", numbered: null, name: "Tổng cộng", unit: "", target: { type: "missing" }, hasFigure: true }, true) === "total"
 */
export function rowKind(line: RowLine, lastWasIndicator: boolean): RowKind {
  const { tt, written, unit, hasFigure } = line;
  if (tt === "" && unit === "" && isAfterTable(line.cells)) return "end";
  if (written === "") return "skip";
  if (isRepeatedHeader(written, tt, unit, hasFigure) || isColumnNumbering(line.cells, written)) return "skip";
  if (isTotalRow(line.name)) return "total";
  if (unit === "" && !hasFigure && line.numbered === null && tt === "" && lastWasIndicator && /^\p{Ll}/u.test(written)) return "continuation";
  return unit === "" && !hasFigure ? "group" : "indicator";
}

// Where a document goes on after its table: recipients, signatures, notes.
const AFTER_TABLE = /^(noi nhan|tm uy ban|tm ubnd|t m uy ban|nguoi lap|xac nhan|truong thon|chu tich|pho chu tich|ky ten|ghi chu)\b/u;

function isAfterTable(cells: readonly unknown[]): boolean {
  for (const value of cells) {
    if (typeof value !== "string" || value.trim() === "") continue;
    return value.length <= 60 && AFTER_TABLE.test(foldText(value));
  }
  return false;
}

// Header labels are short; an indicator's name is not worth folding to compare with them.
const MAX_LABEL = 25;

// The header copied at a page break; names of indicators are long and never fold to a label.
function isRepeatedHeader(name: string, tt: string, unit: string, hasFigure: boolean): boolean {
  if (name.length > MAX_LABEL || (tt.length > MAX_LABEL && unit.length > MAX_LABEL)) return false;
  if (tt !== "" && tt.length <= 3 && ttStyle(tt) !== null) return false;
  return columnRole(name) === "name" && (columnRole(tt) === "tt" || columnRole(unit) === "unit" || !hasFigure);
}

// A column's number as templates print it under the header: "B", "2", "(2)".
const COLUMN_MARK = /^\(?(?:[a-z]|\d{1,2})\)?$/iu;
// …or a formula between such numbers: "3=2/1", "(6)=(5)/(4)", "5 = 4/3 x 100%".
const COLUMN_FORMULA = /^\(?(?:[a-z]|\d{1,3})\)?(?:\s*[=+\-*/x×:]\s*\(?(?:[a-z]|\d{1,3})\)?)+\s*%?$/iu;

/**
 * The row of column numbers many templates print under the header ("A | B | C | 1 | 2 | 3=2/1"): its
 * name cell is a column's number, never an indicator's name, and so is every other cell.
 *
 * @example isColumnNumbering(["A", "B", "C", 1, 2, "3=2/1"], "B") === true
 */
export function isColumnNumbering(cells: readonly unknown[], name: string): boolean {
  if (!COLUMN_MARK.test(name)) return false;
  return cells.every((value) => {
    if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value < 100;
    const text = cellText(value);
    return text === "" || COLUMN_MARK.test(text) || COLUMN_FORMULA.test(text);
  });
}
