import type { SheetCells } from "../../../src/core/model/cells";

export const REPORT_COLUMNS = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ (%)"];

/** A small village report: the header in row 1, the given rows from row 2 (columns A–F as above). */
export function reportSheet(rows: unknown[][], options: { name?: string; title?: string; formats?: string[][] } = {}): SheetCells {
  const values = [...(options.title ? [[options.title]] : []), REPORT_COLUMNS, ...rows];
  return { name: options.name ?? "Nà Lầu", values, formats: options.formats ?? [] };
}

/** A small target sheet: the header in row 1 (or below a title naming a village), the given rows below. */
export function targetSheet(rows: unknown[][], options: { name?: string; title?: string } = {}): SheetCells {
  const values = [...(options.title ? [[options.title]] : []), ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], ...rows];
  return { name: options.name ?? "Chỉ tiêu", values, formats: [] };
}
