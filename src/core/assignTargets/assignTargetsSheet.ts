import { cellAddress } from "../cells/cellAddress";
import type { IndicatorRule } from "../config/rankingConfig";
import type { SheetCells } from "../model/cells";
import type { Finding } from "../model/finding";
import type { CellStyle, SheetModel } from "../model/sheetModel";
import {
  BODY,
  BODY_CENTRED,
  FONT,
  HEADER,
  NOTE,
  TITLE,
} from "../rankingSheet/rankingSheetStyles";
import { sheetCanvas, wrappedHeight } from "../rankingSheet/sheetCanvas";
import { readTable } from "../table/readIndicatorTable";
import { templateIndicators } from "../template/templateIndicators";
import {
  templateRows,
  type TemplateIndicatorRow,
} from "../template/templateRows";
import type { TemplateYear } from "../template/villageTemplates";
import {
  ASSIGN_COLUMN,
  ASSIGN_FIRST_ROW,
  ASSIGN_HEADER_ROW,
  SHARES_CHECK_LABEL,
  SHARES_SUM_LABEL,
  villageTargetColumn,
} from "./assignTargetsLayout";
import { assignTargetsSheetName } from "./assignTargetsSheetName";

export type AssignTargetsOptions = TemplateYear & {
  villages: readonly string[];
  rules: readonly IndicatorRule[];
  /** The commune's name for the heading; the source sheet's title gives it when absent. */
  commune?: string | null;
};

export interface AssignTargets {
  sheet: SheetModel;
  year: number;
  /** Cumulative indicators whose villages' shares are to be typed (one KH cell per village each). */
  shares: number;
  /** The first KH cell to type a share in, or null when every target is a level one. */
  firstShare: string | null;
}

const SHARE_FILL = "#FFF2CC";
const LEVEL_FILL = "#E2EFDA";
const SHARE: CellStyle = { ...BODY_CENTRED, fill: SHARE_FILL };
const LEVEL: CellStyle = { ...BODY_CENTRED, fill: LEVEL_FILL };
const GROUP: CellStyle = { ...BODY, font: { ...FONT, bold: true } };
const SUM: CellStyle = { ...BODY_CENTRED, font: { ...FONT, bold: true } };
const WIDTHS = {
  tt: 6,
  name: 44,
  unit: 10,
  commune: 12,
  target: 10,
  actual: 7,
  sum: 12,
  check: 14,
};

/**
 * The "Giao chỉ tiêu <year>" sheet (docs/outputs.md#giving-villages-their-targets) from the commune's target sheet: the
 * indicators that go to villages (as templates choose them) × the villages, one KH column per village (with
 * a TH column beside it for the results later), which the reader takes as a consolidated sheet. Level
 * indicators (%, qualitative) have each village's KH prefilled with the commune's target; cumulative ones
 * leave it empty (yellow) with the commune's total in Mục tiêu của xã, a formula adding the shares (Cộng
 * các thôn) and one saying whether they add up to it (Đối chiếu: Khớp, Chưa khớp, Chưa giao). Without a
 * usable table, the source's findings say why and no sheet is made.
 *
 * @example assignTargetsSheet(targetSheet, { villages: ["Nà Lầu", "Pá Ràng"], year: 2024, rules: [] }).value.sheet.name === "Giao chỉ tiêu 2024"
 */
export function assignTargetsSheet(
  source: SheetCells,
  options: AssignTargetsOptions,
): { ok: true; value: AssignTargets } | { ok: false; findings: Finding[] } {
  const table = readTable(
    source,
    options.year === null ? {} : { year: options.year },
  );
  const year =
    options.year ??
    table.parsed.title.year ??
    table.header?.year ??
    options.fallbackYear;
  if (table.parsed.layout === null || table.rows.length === 0)
    return { ok: false, findings: table.parsed.findings };
  const selection = templateIndicators(table, [], options.rules);
  const included = new Set(
    selection.indicators
      .filter((indicator) => indicator.included)
      .map((indicator) => indicator.row),
  );
  const rows = templateRows(table, "", options.rules, (row) =>
    included.has(row),
  );
  const commune = options.commune ?? table.parsed.title.commune;
  const villages = options.villages;
  const sumColumn = villageTargetColumn(villages.length);
  const checkColumn = sumColumn + 1;
  const canvas = sheetCanvas();

  if (commune?.trim())
    canvas.putMerged(
      0,
      0,
      2,
      `ỦY BAN NHÂN DÂN XÃ ${commune.trim().toLocaleUpperCase("vi")}`,
      { font: { ...FONT, bold: true } },
    );
  canvas.putMerged(
    1,
    0,
    checkColumn,
    `GIAO CHỈ TIÊU THI ĐUA CHO CÁC THÔN NĂM ${year}`,
    TITLE,
  );
  canvas.atLeast(1, 24);
  const guide =
    "Hướng dẫn: ghi phần giao cho từng thôn vào cột KH (ô nền vàng); cột Cộng các thôn tự cộng và cột Đối chiếu báo Khớp khi " +
    "phần giao các thôn cộng lại bằng Mục tiêu của xã. Chỉ tiêu tỷ lệ, định tính (ô nền xanh lá) đã ghi sẵn mục tiêu của xã, sửa nếu thôn được giao mức khác. " +
    "Trang này dùng làm bảng chỉ tiêu khi tạo mẫu báo cáo và khi kiểm tra; cột TH để ghi kết quả của thôn khi tổng hợp.";
  canvas.putMerged(2, 0, checkColumn, guide, NOTE);
  canvas.atLeast(2, 48);
  header(canvas, villages, sumColumn, checkColumn);

  let shares = 0;
  let firstShare: string | null = null;
  rows.forEach((row, index) => {
    const at = ASSIGN_FIRST_ROW + index;
    if (row.kind === "group") {
      canvas.put(at, ASSIGN_COLUMN.tt, row.tt || null, {
        ...GROUP,
        horizontal: "center",
      });
      canvas.putMerged(at, ASSIGN_COLUMN.name, checkColumn, row.name, GROUP);
      return;
    }
    const shared = isShared(row);
    if (shared) {
      shares += 1;
      firstShare ??= cellAddress(at, villageTargetColumn(0));
    }
    writeIndicator(canvas, at, row, villages.length, shared);
    writeSharesCheck(
      canvas,
      at,
      villages.length,
      shared,
      sumColumn,
      checkColumn,
    );
  });

  const widths = [
    WIDTHS.tt,
    WIDTHS.name,
    WIDTHS.unit,
    WIDTHS.commune,
    ...villages.flatMap(() => [WIDTHS.target, WIDTHS.actual]),
    WIDTHS.sum,
    WIDTHS.check,
  ];
  const sheet: SheetModel = {
    name: assignTargetsSheetName(year),
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: widths,
    rowHeights: canvas.rowHeights,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
      centerHorizontally: true,
    },
    chart: null,
    printTitleRows: `${ASSIGN_HEADER_ROW + 1}:${ASSIGN_HEADER_ROW + 2}`,
    freezeAt: cellAddress(ASSIGN_FIRST_ROW, ASSIGN_COLUMN.firstVillage),
  };
  return { ok: true, value: { sheet, year, shares, firstShare } };
}

// A cumulative figure whose commune total is known: the villages share it out.
function isShared(row: TemplateIndicatorRow): boolean {
  return row.communeTotal !== null;
}

function header(
  canvas: ReturnType<typeof sheetCanvas>,
  villages: readonly string[],
  sumColumn: number,
  checkColumn: number,
): void {
  const top = ASSIGN_HEADER_ROW;
  const both = (column: number, label: string) => {
    canvas.put(top, column, label, HEADER);
    canvas.put(top + 1, column, null, HEADER);
    canvas.merges.push(
      `${cellAddress(top, column)}:${cellAddress(top + 1, column)}`,
    );
  };
  both(ASSIGN_COLUMN.tt, "TT");
  both(ASSIGN_COLUMN.name, "Chỉ tiêu");
  both(ASSIGN_COLUMN.unit, "ĐVT");
  both(ASSIGN_COLUMN.commune, "Mục tiêu của xã");
  villages.forEach((village, index) => {
    const column = villageTargetColumn(index);
    canvas.putMerged(top, column, column + 1, village, HEADER);
    canvas.put(top + 1, column, "KH", HEADER);
    canvas.put(top + 1, column + 1, "TH", HEADER);
  });
  both(sumColumn, SHARES_SUM_LABEL);
  both(checkColumn, SHARES_CHECK_LABEL);
  canvas.atLeast(
    top,
    Math.max(
      32,
      ...villages.map((village) =>
        wrappedHeight(village, WIDTHS.target + WIDTHS.actual),
      ),
    ),
  );
}

function writeIndicator(
  canvas: ReturnType<typeof sheetCanvas>,
  at: number,
  row: TemplateIndicatorRow,
  villages: number,
  shared: boolean,
): void {
  const { indicator } = row;
  canvas.put(at, ASSIGN_COLUMN.tt, indicator.tt || null, BODY_CENTRED);
  canvas.put(at, ASSIGN_COLUMN.name, indicator.name, BODY);
  canvas.put(at, ASSIGN_COLUMN.unit, indicator.unit, BODY_CENTRED);
  canvas.put(
    at,
    ASSIGN_COLUMN.commune,
    shared ? row.communeTotal : row.target,
    BODY_CENTRED,
  );
  for (let index = 0; index < villages; index += 1) {
    const column = villageTargetColumn(index);
    // A level target is every village's too; a village given another level has it typed over.
    if (shared) canvas.put(at, column, null, SHARE);
    else
      canvas.put(at, column, row.target, row.target === null ? SHARE : LEVEL);
    canvas.put(at, column + 1, null, BODY_CENTRED);
  }
  canvas.atLeast(
    at,
    Math.max(
      wrappedHeight(indicator.name, WIDTHS.name),
      indicator.unit === null
        ? 0
        : wrappedHeight(indicator.unit, WIDTHS.unit - 2),
    ),
  );
}

// The sum of the shares and whether it is the commune's total, as formulas, so they follow what is typed.
function writeSharesCheck(
  canvas: ReturnType<typeof sheetCanvas>,
  at: number,
  villages: number,
  shared: boolean,
  sumColumn: number,
  checkColumn: number,
): void {
  if (!shared || villages === 0) {
    canvas.put(at, sumColumn, null, BODY_CENTRED);
    canvas.put(at, checkColumn, null, BODY_CENTRED);
    return;
  }
  const cells = Array.from({ length: villages }, (_, index) =>
    cellAddress(at, villageTargetColumn(index)),
  ).join(",");
  const total = cellAddress(at, ASSIGN_COLUMN.commune);
  canvas.cells.push({
    address: cellAddress(at, sumColumn),
    value: null,
    formula: `SUM(${cells})`,
    style: SUM,
  });
  canvas.cells.push({
    address: cellAddress(at, checkColumn),
    value: null,
    formula: `IF(COUNT(${cells})=0,"Chưa giao",IF(ABS(SUM(${cells})-${total})<0.0005,"Khớp","Chưa khớp"))`,
    style: BODY_CENTRED,
  });
}
