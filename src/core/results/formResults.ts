import { cellAddress } from "../cells/cellAddress";
import { HIGHLIGHT_COLOURS } from "../model/highlight";
import type { Period } from "../model/ranking";
import type { CheckedIndicator, CheckedReport } from "../model/report";
import type { CellStyle, SheetModel } from "../model/sheetModel";
import { BODY, BODY_CENTRED, FONT, HEADER, NOTE, TITLE } from "../rankingSheet/rankingSheetStyles";
import { sheetCanvas, wrappedHeight } from "../rankingSheet/sheetCanvas";
import { descendantsOf, parentRows } from "../table/formTree";
import { resultsSheetName } from "./buildResultsSheet";

/** One row of the results of scoring forms: a standard, an item or a criterion, with each unit's points. */
export interface FormResultRow {
  tt: string;
  name: string;
  /** A standard or an item: its points are its criteria's sums. */
  parent: boolean;
  /** Điểm chuẩn; a parent's is the sum of its criteria's. */
  max: number | null;
  /** Per unit, in the order given: own (Điểm tự chấm) and verified (Điểm thẩm định) points, null where not written. */
  units: { own: number | null; verified: number | null }[];
}

const NAME_WIDTH = 44;
const POINTS_WIDTH = 9;
const FIRST_UNIT = 3;
const HEADER_ROW = 4;
const POINTS = "0.##";

/**
 * The results of scoring forms across the units (docs/outputs.md#scoring-forms): the
 * standards, items and criteria in the forms' order, each with its maximum and every unit's own and
 * verified points; a standard's and item's points are its criteria's sums (what a written subtotal says is
 * not taken), and the last row adds up every criterion.
 *
 * @example formResultRows(reports)[0] // { tt: "I", name: "Đời sống kinh tế", parent: true, max: 20, units: [{ own: 19, verified: 18.5 }, …] }
 */
export function formResultRows(reports: readonly CheckedReport[]): FormResultRow[] {
  const order: CheckedIndicator["indicator"][] = [];
  const seen = new Set<string>();
  for (const report of reports) {
    for (const checked of report.indicators) {
      if (seen.has(checked.indicator.id)) continue;
      seen.add(checked.indicator.id);
      order.push(checked.indicator);
    }
  }
  const parents = parentRows(order);
  const lines = reports.map((report) => new Map(report.indicators.map((checked) => [checked.indicator.id, checked])));
  const maxOf = (index: number): number | null => {
    for (const byId of lines) {
      const max = byId.get(order[index].id)?.indicator.maxPoints;
      if (max !== undefined) return max;
    }
    return order[index].maxPoints ?? null;
  };
  const criteriaOf = (index: number): number[] => (parents.has(index) ? descendantsOf(order, index).filter((child) => !parents.has(child)) : [index]);
  return order.map((indicator, index) => {
    const criteria = criteriaOf(index);
    return {
      tt: indicator.tt,
      name: indicator.name,
      parent: parents.has(index),
      max: sum(criteria.map(maxOf)),
      units: lines.map((byId) => ({
        own: sum(criteria.map((at) => byId.get(order[at].id)?.points?.selfPoints ?? null)),
        verified: sum(criteria.map((at) => byId.get(order[at].id)?.points?.verifiedPoints ?? null)),
      })),
    };
  });
}

/**
 * The sheet "Tổng hợp kết quả <year>" for scoring forms: TT | Tiêu chuẩn, tiêu chí | Điểm chuẩn, then per unit
 * Tự chấm | Thẩm định; standards bold; a criterion not yet verified shaded Neutral, points over the maximum Bad;
 * the Tổng cộng row. Units in the order given (the ranking's). A4 landscape, one page wide.
 *
 * @example buildFormResultsSheet(formResultRows(reports), ["Nà Lầu", "Khuổi Khâm"], { year: 2024, period: "year", commune: null }).name === "Tổng hợp kết quả 2024"
 */
export function buildFormResultsSheet(rows: readonly FormResultRow[], units: readonly string[], heading: { year: number; period: Period; commune: string | null }): SheetModel {
  const canvas = sheetCanvas();
  const last = FIRST_UNIT + units.length * 2 - 1;
  if (heading.commune?.trim()) canvas.putMerged(0, 0, 1, `ỦY BAN NHÂN DÂN XÃ ${heading.commune.trim().toLocaleUpperCase("vi")}`, { font: { ...FONT, bold: true } });
  const period = heading.period === "half" ? "SƠ KẾT 6 THÁNG ĐẦU NĂM" : "NĂM";
  canvas.putMerged(2, 0, Math.max(last, 2), `TỔNG HỢP ĐIỂM CHẤM CỦA CÁC ĐƠN VỊ ${period} ${heading.year}`, TITLE);
  canvas.atLeast(2, 24);
  const sub = HEADER_ROW + 1;
  for (const [column, label] of [[0, "TT"], [1, "Tiêu chuẩn, tiêu chí"], [2, "Điểm chuẩn"]] as const) {
    canvas.put(HEADER_ROW, column, label, HEADER);
    canvas.put(sub, column, null, HEADER);
    canvas.merges.push(`${cellAddress(HEADER_ROW, column)}:${cellAddress(sub, column)}`);
  }
  units.forEach((unit, index) => {
    const column = FIRST_UNIT + index * 2;
    canvas.putMerged(HEADER_ROW, column, column + 1, unit, HEADER);
    canvas.put(sub, column, "Tự chấm", HEADER);
    canvas.put(sub, column + 1, "Thẩm định", HEADER);
  });
  canvas.atLeast(HEADER_ROW, Math.max(32, ...units.map((unit) => wrappedHeight(unit, POINTS_WIDTH * 2))));
  canvas.atLeast(sub, 32);

  rows.forEach((row, index) => {
    const at = sub + 1 + index;
    const bold = row.parent ? { font: { ...FONT, bold: true } } : {};
    canvas.put(at, 0, row.tt || null, { ...BODY_CENTRED, ...bold });
    canvas.put(at, 1, row.name, { ...BODY, ...bold });
    canvas.put(at, 2, row.max, { ...FIGURE, ...bold });
    canvas.atLeast(at, wrappedHeight(row.name, NAME_WIDTH));
    row.units.forEach((points, unit) => {
      const column = FIRST_UNIT + unit * 2;
      canvas.put(at, column, points.own, { ...pointsStyle(points.own, row.max, false), ...bold });
      // a criterion the unit scored and the commune has not verified yet
      canvas.put(at, column + 1, points.verified, { ...pointsStyle(points.verified, row.max, !row.parent && points.verified === null && points.own !== null), ...bold });
    });
  });
  const total = sub + 1 + rows.length;
  const criteria = rows.filter((row) => !row.parent);
  canvas.put(total, 0, null, BODY_CENTRED);
  canvas.put(total, 1, "Tổng cộng", { ...BODY, font: { ...FONT, bold: true } });
  canvas.put(total, 2, sum(criteria.map((row) => row.max)), { ...FIGURE, font: { ...FONT, bold: true } });
  units.forEach((_, unit) => {
    const column = FIRST_UNIT + unit * 2;
    canvas.put(total, column, sum(criteria.map((row) => row.units[unit].own)), { ...FIGURE, font: { ...FONT, bold: true } });
    canvas.put(total, column + 1, sum(criteria.map((row) => row.units[unit].verified)), { ...FIGURE, font: { ...FONT, bold: true } });
  });
  const legend = total + 1;
  canvas.putMerged(
    legend,
    0,
    Math.max(last, 2),
    "Điểm của tiêu chuẩn là tổng điểm các tiêu chí của nó. Ô nền vàng: tiêu chí đơn vị đã tự chấm nhưng xã chưa thẩm định; nền đỏ: điểm ghi cao hơn điểm chuẩn (chỉ tính bằng điểm chuẩn).",
    NOTE,
  );
  canvas.atLeast(legend, 36);

  return {
    name: resultsSheetName(heading.year, heading.period),
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: [6, NAME_WIDTH, 10, ...units.flatMap(() => [POINTS_WIDTH, POINTS_WIDTH])],
    rowHeights: canvas.rowHeights,
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
    chart: null,
    printTitleRows: `${HEADER_ROW + 1}:${sub + 1}`,
    freezeAt: cellAddress(sub + 1, FIRST_UNIT),
  };
}

const FIGURE: CellStyle = { ...BODY, horizontal: "right", numberFormat: POINTS };

function pointsStyle(points: number | null, max: number | null, unverified: boolean): CellStyle {
  const over = points !== null && max !== null && points > max + 0.005;
  const colours = over ? HIGHLIGHT_COLOURS.bad : unverified ? HIGHLIGHT_COLOURS.neutral : null;
  return colours === null ? FIGURE : { ...FIGURE, fill: colours.fill, font: { ...FONT, color: colours.font } };
}

// The sum of the written values, null when none is written; to the hundredths points are written in.
function sum(values: readonly (number | null)[]): number | null {
  const written = values.filter((value): value is number => value !== null);
  return written.length === 0 ? null : Math.round(written.reduce((a, b) => a + b, 0) * 100) / 100;
}
