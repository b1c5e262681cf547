import { cellAddress } from "../cells/cellAddress";
import type { Period } from "../model/ranking";
import type { ProtectionModel, SheetModel, ValidationModel } from "../model/sheetModel";
import { BODY, BODY_CENTRED, FONT, HEADER, ITALIC_CENTRED, NOTE, TITLE } from "../rankingSheet/rankingSheetStyles";
import { sheetCanvas, wrappedHeight } from "../rankingSheet/sheetCanvas";
import { splitVillageWord } from "../table/villageName";
import { normalizeText } from "../text/normalizeText";
import { formatNumberVi } from "../values/formatNumberVi";
import { inputValidation } from "./inputValidation";
import { type PointsScale, selfPointsValidation } from "./selfPointsValidation";
import type { TemplateIndicatorRow, TemplateRow } from "./templateRows";

export interface TemplateHeading {
  village: string;
  /** The sheet's name (see templateSheetName). */
  sheetName: string;
  year: number;
  period: Period;
  commune: string | null;
}

/** Columns of the template (0-based): TT | Chỉ tiêu | ĐVT | Mục tiêu | Thực hiện | Ghi chú, then (points method) Điểm chuẩn | Điểm tự chấm. */
export const TEMPLATE_COLUMN = { tt: 0, name: 1, unit: 2, target: 3, actual: 4, note: 5, maxPoints: 6, selfPoints: 7 } as const;
export const TEMPLATE_HEADERS = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Ghi chú"] as const;
/** The columns the points method adds (docs/outputs.md#report-templates). */
export const TEMPLATE_POINTS_HEADERS = ["Điểm chuẩn", "Điểm tự chấm"] as const;
const WIDTHS = [6, 48, 11, 12, 13, 26];
const POINTS_WIDTHS = [10, 11];
/** The header row (0-based); the sheet is frozen below it. */
export const TEMPLATE_HEADER_ROW = 6;

const INPUT_FILL = "#FFF2CC";
/** A target the commune fills before sending (only its total known): blue, apart from the village's yellow inputs. */
export const COMMUNE_TARGET_FILL = "#DDEBF7";
const COMMUNE_TARGET: typeof BODY_CENTRED = { ...BODY_CENTRED, fill: COMMUNE_TARGET_FILL };
const INPUT: typeof BODY_CENTRED = { ...BODY_CENTRED, fill: INPUT_FILL };
const INPUT_NOTE: typeof BODY = { ...BODY, fill: INPUT_FILL };
const GROUP: typeof BODY = { ...BODY, font: { ...FONT, bold: true } };
const GROUP_CENTRED: typeof BODY = { ...GROUP, horizontal: "center" };

/**
 * The period line of a template (docs/README.md#who-it-is-for: reports due 25/6 and 10/12).
 *
 * @example periodLine(2024, "half") === "Kỳ báo cáo: sơ kết 6 tháng đầu năm 2024 (nộp trước ngày 25/6/2024)"
 */
export function periodLine(year: number, period: Period): string {
  return period === "half"
    ? `Kỳ báo cáo: sơ kết 6 tháng đầu năm ${year} (nộp trước ngày 25/6/${year})`
    : `Kỳ báo cáo: tổng kết năm ${year} (nộp trước ngày 10/12/${year})`;
}

/**
 * A village's report template (docs/outputs.md#report-templates) as a sheet model: the title, "Thôn: <name>" and the period,
 * the header TT | Chỉ tiêu | ĐVT | Mục tiêu | Thực hiện | Ghi chú frozen above the rows, the groups and
 * indicators with the village's targets, each input cell (Thực hiện, Ghi chú) unlocked and validated with a
 * Vietnamese message, a target left empty for the commune to fill blue and locked, the sheet protected without a
 * password, A4 portrait one page wide with the header repeated on every page. With `points` (the points
 * method's scale) the header adds Điểm chuẩn, locked and filled with each indicator's maximum points, and
 * Điểm tự chấm, an input validated within the points the scale allows; the sheet then prints landscape.
 *
 * @example buildTemplateSheet(templateRows(table, "Nà Lầu", []), { village: "Nà Lầu", sheetName: "Mẫu Nà Lầu", year: 2024, period: "year", commune: "Khuôn Lùng" }).freezeAt === "A8"
 */
export function buildTemplateSheet(rows: readonly TemplateRow[], heading: TemplateHeading, points: PointsScale | null = null): SheetModel {
  const canvas = sheetCanvas();
  const headers: readonly string[] = points === null ? TEMPLATE_HEADERS : [...TEMPLATE_HEADERS, ...TEMPLATE_POINTS_HEADERS];
  const widths = points === null ? WIDTHS : [...WIDTHS, ...POINTS_WIDTHS];
  const last = headers.length - 1;
  if (heading.commune?.trim()) canvas.putMerged(0, 0, 2, `ỦY BAN NHÂN DÂN XÃ ${heading.commune.trim().toLocaleUpperCase("vi")}`, { font: { ...FONT, bold: true } });
  canvas.putMerged(1, 0, last, `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM ${heading.year}`, TITLE);
  canvas.atLeast(1, 24);
  canvas.putMerged(2, 0, last, villageLine(heading.village), { ...TITLE, font: { ...FONT, bold: true } });
  canvas.putMerged(3, 0, last, periodLine(heading.year, heading.period), ITALIC_CENTRED);
  const guide =
    "Hướng dẫn: ghi kết quả vào cột Thực hiện (ô nền vàng): số theo đơn vị ở cột ĐVT, tỷ lệ ghi số phần trăm " +
    "(97,5 là 97,5%), chỉ tiêu định tính chọn trong danh sách của ô. Không sửa tên chỉ tiêu, đơn vị và mục tiêu " +
    "(ô Mục tiêu nền xanh do xã điền trước khi gửi)." +
    (points === null ? "" : " Ghi số điểm thôn tự chấm vào cột Điểm tự chấm; không sửa cột Điểm chuẩn.");
  canvas.putMerged(4, 0, last, guide, NOTE);
  canvas.atLeast(4, 48);
  headers.forEach((label, column) => canvas.put(TEMPLATE_HEADER_ROW, column, label, HEADER));
  canvas.atLeast(TEMPLATE_HEADER_ROW, 32);

  const validations: ValidationModel[] = [];
  const unlocked: string[] = [];
  rows.forEach((row, index) => {
    const at = TEMPLATE_HEADER_ROW + 1 + index;
    if (row.kind === "group") {
      canvas.put(at, TEMPLATE_COLUMN.tt, row.tt || null, GROUP_CENTRED);
      canvas.putMerged(at, TEMPLATE_COLUMN.name, last, row.name, GROUP);
      canvas.atLeast(at, wrappedHeight(row.name, WIDTHS[1] + 50));
      return;
    }
    writeIndicator(canvas, at, row);
    const validation = inputValidation(row.indicator);
    validations.push({ ...validation, range: cellAddress(at, TEMPLATE_COLUMN.actual) });
    unlocked.push(`${cellAddress(at, TEMPLATE_COLUMN.actual)}:${cellAddress(at, TEMPLATE_COLUMN.note)}`);
    // A target left empty is the commune's to fill before sending: validated, but locked for the village.
    if (row.target === null) validations.push({ ...validation, range: cellAddress(at, TEMPLATE_COLUMN.target) });
    if (points !== null) {
      const max = row.maxPoints;
      canvas.put(at, TEMPLATE_COLUMN.maxPoints, max, BODY_CENTRED);
      // Without maximum points the indicator is not scored (points/missing): nothing to score oneself on.
      canvas.put(at, TEMPLATE_COLUMN.selfPoints, null, max === null ? BODY_CENTRED : INPUT);
      if (max !== null) {
        validations.push({ ...selfPointsValidation(max, row.indicator.kind, points), range: cellAddress(at, TEMPLATE_COLUMN.selfPoints) });
        unlocked.push(cellAddress(at, TEMPLATE_COLUMN.selfPoints));
      }
    }
  });
  const end = TEMPLATE_HEADER_ROW + 1 + rows.length + 1;
  canvas.putMerged(end, 0, 1, "Người lập biểu", { font: { ...FONT, bold: true }, horizontal: "center" });
  canvas.putMerged(end, 3, last, "TRƯỞNG THÔN", { font: { ...FONT, bold: true }, horizontal: "center" });
  canvas.putMerged(end + 1, 0, 1, "(Ký, ghi rõ họ tên)", ITALIC_CENTRED);
  canvas.putMerged(end + 1, 3, last, "(Ký, ghi rõ họ tên)", ITALIC_CENTRED);

  const protection: ProtectionModel = { unlocked: joinRuns(unlocked) };
  return {
    name: heading.sheetName,
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: widths,
    rowHeights: canvas.rowHeights,
    print: { orientation: points === null ? "portrait" : "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
    chart: null,
    printTitleRows: `${TEMPLATE_HEADER_ROW + 1}:${TEMPLATE_HEADER_ROW + 1}`,
    freezeAt: cellAddress(TEMPLATE_HEADER_ROW + 1, 0),
    validations: joinValidations(validations),
    protection,
  };
}

/**
 * The target cells of a template that the commune must still fill (docs/outputs.md#targets-the-commune-fills),
 * in the order of the rows: one per indicator whose target is left empty.
 *
 * @example communeTargetCells([{ kind: "indicator", target: null, … }]) // ["D8"]
 */
export function communeTargetCells(rows: readonly TemplateRow[]): string[] {
  return rows.flatMap((row, index) => (row.kind === "indicator" && row.target === null ? [cellAddress(TEMPLATE_HEADER_ROW + 1 + index, TEMPLATE_COLUMN.target)] : []));
}

/**
 * The line naming the village with its own word (docs/outputs.md#report-templates), which the reader takes back as that village:
 * "Thôn: Nà Lầu" for a name without a village word, else that word ("Bản: Tát Mạ", "Xóm: Mới", "Ấp: Tân
 * Hòa", "Tổ dân phố: 3").
 *
 * @example villageLine("Bản Tát Mạ") === "Bản: Tát Mạ"; villageLine("Nà Lầu") === "Thôn: Nà Lầu"
 */
export function villageLine(village: string): string {
  const own = splitVillageWord(village);
  return own === null ? `Thôn: ${normalizeText(village)}` : `${own.word.word}: ${own.name}`;
}

function writeIndicator(canvas: ReturnType<typeof sheetCanvas>, at: number, row: TemplateIndicatorRow): void {
  const { indicator } = row;
  canvas.put(at, TEMPLATE_COLUMN.tt, indicator.tt || null, BODY_CENTRED);
  canvas.put(at, TEMPLATE_COLUMN.name, indicator.name, BODY);
  canvas.put(at, TEMPLATE_COLUMN.unit, indicator.unit, BODY_CENTRED);
  canvas.put(at, TEMPLATE_COLUMN.target, row.target, row.target === null ? COMMUNE_TARGET : BODY_CENTRED);
  canvas.put(at, TEMPLATE_COLUMN.actual, null, INPUT);
  const note = row.communeTotal === null ? null : communeTotalNote(row.communeTotal, indicator.unit);
  canvas.put(at, TEMPLATE_COLUMN.note, note, INPUT_NOTE);
  const heights = [
    wrappedHeight(indicator.name, WIDTHS[TEMPLATE_COLUMN.name]),
    // A long unit ("Triệu đồng/người") wraps in its narrow column.
    indicator.unit === null ? 0 : wrappedHeight(indicator.unit, WIDTHS[TEMPLATE_COLUMN.unit] - 2),
    note === null ? 0 : wrappedHeight(note, WIDTHS[TEMPLATE_COLUMN.note]),
  ];
  const height = Math.max(...heights);
  // Text of several lines gets a little room, as a page scaled to fit may wrap it a hair later.
  canvas.atLeast(at, height > wrappedHeight("", 1) ? height + 4 : height);
}

/**
 * The note beside a target left empty: only the commune's total is known.
 *
 * @example communeTotalNote(1417, "Tấn") === "Chỉ có mục tiêu chung của xã (1.417 Tấn): xã ghi mục tiêu của thôn vào ô Mục tiêu."
 */
export function communeTotalNote(total: number | string, unit: string | null): string {
  const value = typeof total === "number" ? formatNumberVi(total) : total;
  return `Chỉ có mục tiêu chung của xã (${value}${unit ? ` ${unit}` : ""}): xã ghi mục tiêu của thôn vào ô Mục tiêu.`;
}

/** Consecutive single-row ranges of the same columns become one range ("E8:F8", "E9:F9" → "E8:F9"). */
function joinRuns(ranges: readonly string[]): string[] {
  const joined: { columns: string; from: number; to: number; last: string }[] = [];
  for (const range of ranges) {
    const [start, end = start] = range.split(":");
    const row = Number(/\d+/.exec(start)?.[0]);
    const columns = `${start.replace(/\d+/, "")}:${end.replace(/\d+/, "")}`;
    const previous = joined.find((run) => run.columns === columns && run.to === row - 1);
    if (previous) previous.to = row;
    else joined.push({ columns, from: row, to: row, last: range });
  }
  return joined.map(({ columns, from, to }) => {
    const [a, b] = columns.split(":");
    return a === b && from === to ? `${a}${from}` : `${a}${from}:${b}${to}`;
  });
}

/** Validations with the same rule and messages on consecutive cells of one column become one range. */
function joinValidations(validations: readonly ValidationModel[]): ValidationModel[] {
  const joined: { key: string; column: string; from: number; to: number; model: ValidationModel }[] = [];
  for (const validation of validations) {
    const column = validation.range.replace(/\d+/, "");
    const row = Number(/\d+/.exec(validation.range)?.[0]);
    const key = JSON.stringify([validation.rule, validation.prompt, validation.error]);
    const previous = joined.find((run) => run.key === key && run.column === column && run.to === row - 1);
    if (previous) previous.to = row;
    else joined.push({ key, column, from: row, to: row, model: validation });
  }
  return joined.map(({ column, from, to, model }) => ({ ...model, range: from === to ? `${column}${from}` : `${column}${from}:${column}${to}` }));
}
