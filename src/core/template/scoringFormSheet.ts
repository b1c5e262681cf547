import { cellAddress } from "../cells/cellAddress";
import type { CellStyle, SheetModel, ValidationModel } from "../model/sheetModel";
import { BODY, BODY_CENTRED, FONT, HEADER, ITALIC_CENTRED, NOTE, TITLE } from "../rankingSheet/rankingSheetStyles";
import { sheetCanvas, wrappedHeight } from "../rankingSheet/sheetCanvas";
import { descendantsOf, parentRows } from "../table/formTree";
import { formatNumberVi } from "../values/formatNumberVi";
import { villageLine } from "./buildTemplateSheet";
import { selfPointsValidation } from "./selfPointsValidation";

/** A criterion or standard of the commune's scoring table, as the template writes it. */
export interface FormTemplateRow {
  tt: string;
  name: string;
  /** The standards and items above it, outermost first. */
  path: string[];
  /** Điểm chuẩn as the commune's table writes it; null where it gives none. */
  maxPoints: number | null;
}

export interface FormTemplateHeading {
  village: string;
  sheetName: string;
  year: number;
  commune: string | null;
  /** Điểm thẩm định unlocked for the commune to fill in the returned form (docs/outputs.md#report-templates). */
  verifiedUnlocked: boolean;
}

/** Columns of a scoring form's template (0-based): TT | Nội dung tiêu chuẩn | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú. */
export const FORM_COLUMN = { tt: 0, name: 1, maxPoints: 2, selfPoints: 3, verifiedPoints: 4, note: 5 } as const;
export const FORM_HEADERS = ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định", "Ghi chú"] as const;
/** The header row (0-based); the sheet is frozen below it. */
export const FORM_HEADER_ROW = 6;
/** The words of the row adding up the whole form. */
export const FORM_TOTAL = "Tổng cộng";

const WIDTHS = [7, 52, 11, 11, 11, 22];
const POINTS = "0.##";
const UNIT_FILL = "#FFF2CC";
const COMMUNE_FILL = "#DDEBF7";
const UNIT_INPUT: CellStyle = { ...BODY_CENTRED, fill: UNIT_FILL, numberFormat: POINTS };
const UNIT_NOTE: CellStyle = { ...BODY, fill: UNIT_FILL };
const COMMUNE_INPUT: CellStyle = { ...BODY_CENTRED, fill: COMMUNE_FILL, numberFormat: POINTS };
const FIGURE: CellStyle = { ...BODY_CENTRED, numberFormat: POINTS };
const BOLD: CellStyle = { ...BODY, font: { ...FONT, bold: true } };
const BOLD_FIGURE: CellStyle = { ...FIGURE, font: { ...FONT, bold: true } };

/**
 * A unit's scoring form (docs/outputs.md#scoring-form-templates): the commune's criteria in its order under
 * TT | Nội dung tiêu chuẩn | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú; Điểm chuẩn locked;
 * Điểm tự chấm and Ghi chú of each criterion unlocked for the unit; Điểm thẩm định validated as well
 * (0 to the maximum) but unlocked only when the commune asks (`verifiedUnlocked`); each standard's and
 * item's own and verified points, and the Tổng cộng row, as SUM formulas of its criteria the clerk can
 * see. Protected without a password, frozen below the header, A4 portrait one page wide. The reader takes it back as
 * the unit's form ("Thôn: <name>").
 *
 * @example scoringFormSheet(rows, { village: "Nà Lầu", sheetName: "Mẫu Nà Lầu", year: 2024, commune: "Khuôn Lùng", verifiedUnlocked: false }).cells.find((c) => c.formula)?.formula // "SUM(D9:D11)"
 */
export function scoringFormSheet(rows: readonly FormTemplateRow[], heading: FormTemplateHeading): SheetModel {
  const canvas = sheetCanvas();
  const last = FORM_HEADERS.length - 1;
  if (heading.commune?.trim()) canvas.putMerged(0, 0, 1, `ỦY BAN NHÂN DÂN XÃ ${heading.commune.trim().toLocaleUpperCase("vi")}`, { font: { ...FONT, bold: true } });
  canvas.putMerged(1, 0, last, `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${heading.year}`, TITLE);
  canvas.atLeast(1, 24);
  canvas.putMerged(2, 0, last, villageLine(heading.village), { ...TITLE, font: { ...FONT, bold: true } });
  canvas.putMerged(3, 0, last, `Năm đánh giá: ${heading.year}`, ITALIC_CENTRED);
  const guide =
    "Hướng dẫn: ghi số điểm tự chấm của từng tiêu chí vào cột Điểm tự chấm (ô nền vàng), từ 0 đến điểm chuẩn; ghi 2,5 cho hai điểm rưỡi. " +
    (heading.verifiedUnlocked ? "Cột Điểm thẩm định (ô nền xanh) do xã ghi khi thẩm định. " : "Cột Điểm thẩm định do xã ghi. ") +
    "Dòng tiêu chuẩn và dòng Tổng cộng tự cộng bằng công thức; không sửa tên tiêu chí và điểm chuẩn.";
  canvas.putMerged(4, 0, last, guide, NOTE);
  canvas.atLeast(4, 48);
  FORM_HEADERS.forEach((label, column) => canvas.put(FORM_HEADER_ROW, column, label, HEADER));
  canvas.atLeast(FORM_HEADER_ROW, 32);

  const first = FORM_HEADER_ROW + 1;
  const parents = parentRows(rows);
  const leaves = rows.flatMap((_, index) => (parents.has(index) ? [] : [index]));
  const validations: ValidationModel[] = [];
  const unlocked: string[] = [];
  rows.forEach((row, index) => {
    const at = first + index;
    const parent = parents.has(index);
    canvas.put(at, FORM_COLUMN.tt, row.tt || null, parent ? { ...BOLD, horizontal: "center" } : BODY_CENTRED);
    canvas.put(at, FORM_COLUMN.name, row.name, parent ? BOLD : BODY);
    canvas.put(at, FORM_COLUMN.maxPoints, row.maxPoints, parent ? BOLD_FIGURE : FIGURE);
    canvas.atLeast(at, wrappedHeight(row.name, WIDTHS[FORM_COLUMN.name]));
    if (parent) {
      const under = descendantsOf(rows, index).filter((child) => !parents.has(child));
      for (const column of [FORM_COLUMN.selfPoints, FORM_COLUMN.verifiedPoints]) canvas.cells.push({ address: cellAddress(at, column), value: 0, formula: sumOf(column, under.map((child) => first + child)), style: BOLD_FIGURE });
      canvas.put(at, FORM_COLUMN.note, null, BODY);
      return;
    }
    const max = row.maxPoints;
    // Without a maximum the criterion is not scored (points/missing): nothing to score oneself on.
    canvas.put(at, FORM_COLUMN.selfPoints, null, max === null ? FIGURE : UNIT_INPUT);
    canvas.put(at, FORM_COLUMN.verifiedPoints, null, max !== null && heading.verifiedUnlocked ? COMMUNE_INPUT : FIGURE);
    canvas.put(at, FORM_COLUMN.note, null, UNIT_NOTE);
    unlocked.push(cellAddress(at, FORM_COLUMN.note));
    if (max === null) return;
    validations.push({ ...selfPointsValidation(max, "number", {}), range: cellAddress(at, FORM_COLUMN.selfPoints) });
    validations.push({ ...verifiedValidation(max), range: cellAddress(at, FORM_COLUMN.verifiedPoints) });
    unlocked.push(cellAddress(at, FORM_COLUMN.selfPoints));
    if (heading.verifiedUnlocked) unlocked.push(cellAddress(at, FORM_COLUMN.verifiedPoints));
  });

  const total = first + rows.length;
  const leafRows = leaves.map((index) => first + index);
  canvas.put(total, FORM_COLUMN.tt, null, BODY_CENTRED);
  canvas.put(total, FORM_COLUMN.name, FORM_TOTAL, BOLD);
  const maxTotal = leaves.reduce((sum, index) => sum + (rows[index].maxPoints ?? 0), 0);
  canvas.cells.push({ address: cellAddress(total, FORM_COLUMN.maxPoints), value: Math.round(maxTotal * 100) / 100, formula: sumOf(FORM_COLUMN.maxPoints, leafRows), style: BOLD_FIGURE });
  for (const column of [FORM_COLUMN.selfPoints, FORM_COLUMN.verifiedPoints]) canvas.cells.push({ address: cellAddress(total, column), value: 0, formula: sumOf(column, leafRows), style: BOLD_FIGURE });
  canvas.put(total, FORM_COLUMN.note, null, BODY);

  const end = total + 2;
  canvas.putMerged(end, 0, 1, "Người lập biểu", { font: { ...FONT, bold: true }, horizontal: "center" });
  canvas.putMerged(end, 3, last, "TRƯỞNG THÔN", { font: { ...FONT, bold: true }, horizontal: "center" });
  canvas.putMerged(end + 1, 0, 1, "(Ký, ghi rõ họ tên)", ITALIC_CENTRED);
  canvas.putMerged(end + 1, 3, last, "(Ký, ghi rõ họ tên)", ITALIC_CENTRED);

  return {
    name: heading.sheetName,
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: WIDTHS,
    rowHeights: canvas.rowHeights,
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: 1, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
    chart: null,
    printTitleRows: `${FORM_HEADER_ROW + 1}:${FORM_HEADER_ROW + 1}`,
    freezeAt: cellAddress(FORM_HEADER_ROW + 1, 0),
    validations,
    protection: { unlocked },
  };
}

/**
 * The validation of a criterion's Điểm thẩm định: a number from 0 to its maximum, with the commune's words.
 *
 * @example verifiedValidation(5).rule // { type: "decimal", min: 0, max: 5 }
 */
export function verifiedValidation(max: number): Omit<ValidationModel, "range"> {
  const to = formatNumberVi(max);
  return {
    rule: { type: "decimal", min: 0, max },
    prompt: { title: "Điểm thẩm định", message: `Xã ghi số điểm thẩm định của tiêu chí, từ 0 đến ${to} (điểm chuẩn).` },
    error: { title: "Điểm thẩm định không hợp lệ", message: `Điểm thẩm định phải là một số từ 0 đến ${to} (điểm chuẩn); không ghi chữ vào ô.` },
  };
}

// SUM over the 0-based sheet rows of one column, consecutive rows as one range: "SUM(D9:D11,D13)".
function sumOf(column: number, sheetRows: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const row of sheetRows) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[1] === row - 1) run[1] = row;
    else runs.push([row, row]);
  }
  const parts = runs.map(([from, to]) => (from === to ? cellAddress(from, column) : `${cellAddress(from, column)}:${cellAddress(to, column)}`));
  return `SUM(${parts.length === 0 ? "0" : parts.join(",")})`;
}
