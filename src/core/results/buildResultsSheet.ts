import { cellAddress } from "../cells/cellAddress";
import { HIGHLIGHT_COLOURS, type HighlightStyle } from "../model/highlight";
import type { Value } from "../model/indicator";
import type { Period } from "../model/ranking";
import type { CheckedIndicator, CheckedReport, Status } from "../model/report";
import type { CellStyle, SheetModel } from "../model/sheetModel";
import { BODY, BODY_CENTRED, FONT, HEADER, NOTE, TITLE } from "../rankingSheet/rankingSheetStyles";
import { sheetCanvas, wrappedHeight } from "../rankingSheet/sheetCanvas";
import type { IndicatorTotal } from "./resultTotals";

/**
 * The results sheet's name: "Tổng hợp kết quả 2024", "Tổng hợp kết quả 2024 (sơ kết)" at mid-year.
 *
 * @example resultsSheetName(2024, "year") === "Tổng hợp kết quả 2024"
 */
export function resultsSheetName(year: number, period: Period): string {
  return `Tổng hợp kết quả ${year}${period === "half" ? " (sơ kết)" : ""}`;
}

const NAME_WIDTH = 44;
const VALUE_WIDTH = 9;
const FIRST_VILLAGE = 3;
const HEADER_ROW = 4;

const STATUS_STYLE: Record<Status, HighlightStyle | null> = { met: "good", exceeded: "good", shortfall: "bad", unknown: "neutral" };

/**
 * The results across the villages (docs/outputs.md#results-across-the-villages) as a sheet model: indicators × villages, each village's
 * target (KH) beside its actual (TH), the actual coloured by status as highlights are (Good met, Bad
 * shortfall, Neutral no usable value); then "Toàn xã": the commune's target and the villages' sum for a
 * cumulative indicator, or "5/6 thôn đạt" for a level one, coloured by its status. Reports come in the
 * order the columns should take (the ranking's). A4 landscape, one page wide, frozen beside the names.
 *
 * @example buildResultsSheet(totals, reports, { year: 2024, period: "year", commune: "Khuôn Lùng" }).name === "Tổng hợp kết quả 2024"
 */
export function buildResultsSheet(
  totals: readonly IndicatorTotal[],
  reports: readonly { village: string; report: CheckedReport }[],
  heading: { year: number; period: Period; commune: string | null },
): SheetModel {
  const canvas = sheetCanvas();
  const communeColumn = FIRST_VILLAGE + reports.length * 2;
  const last = communeColumn + 1;
  if (heading.commune?.trim()) canvas.putMerged(0, 0, 1, `ỦY BAN NHÂN DÂN XÃ ${heading.commune.trim().toLocaleUpperCase("vi")}`, { font: { ...FONT, bold: true } });
  const period = heading.period === "half" ? "SƠ KẾT 6 THÁNG ĐẦU NĂM" : "NĂM";
  canvas.putMerged(2, 0, last, `TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA CỦA CÁC THÔN ${period} ${heading.year}`, TITLE);
  canvas.atLeast(2, 24);

  const sub = HEADER_ROW + 1;
  for (const [column, label] of [[0, "TT"], [1, "Chỉ tiêu"], [2, "ĐVT"]] as const) {
    canvas.put(HEADER_ROW, column, label, HEADER);
    canvas.put(sub, column, null, HEADER);
    canvas.merges.push(`${cellAddress(HEADER_ROW, column)}:${cellAddress(sub, column)}`);
  }
  reports.forEach(({ village }, index) => {
    const column = FIRST_VILLAGE + index * 2;
    canvas.putMerged(HEADER_ROW, column, column + 1, village, HEADER);
    canvas.put(sub, column, "KH", HEADER);
    canvas.put(sub, column + 1, "TH", HEADER);
  });
  canvas.putMerged(HEADER_ROW, communeColumn, last, "Toàn xã", HEADER);
  canvas.put(sub, communeColumn, "Mục tiêu xã", HEADER);
  canvas.put(sub, last, "Kết quả", HEADER);
  canvas.atLeast(HEADER_ROW, Math.max(32, ...reports.map(({ village }) => wrappedHeight(village, VALUE_WIDTH * 2))));
  canvas.atLeast(sub, 32);

  const lines = reports.map(({ report }) => new Map(report.indicators.filter((line) => line.scored).map((line) => [line.indicator.id, line])));
  totals.forEach((total, index) => {
    const at = sub + 1 + index;
    canvas.put(at, 0, index + 1, BODY_CENTRED);
    canvas.put(at, 1, total.name, BODY);
    canvas.put(at, 2, total.unit, BODY_CENTRED);
    canvas.atLeast(at, wrappedHeight(total.name, NAME_WIDTH));
    lines.forEach((byId, villageIndex) => writeVillage(canvas, at, FIRST_VILLAGE + villageIndex * 2, byId.get(total.id)));
    canvas.put(at, communeColumn, total.total === null ? null : total.target, valueStyle(total.target));
    const result = total.total ?? `${total.villagesMet}/${total.villagesScored} thôn đạt`;
    canvas.put(at, last, result, statusStyle(total.status, result));
  });
  const legend = sub + 1 + totals.length;
  canvas.putMerged(
    legend,
    0,
    last,
    "KH: mục tiêu; TH: kết quả thực hiện. Ô nền xanh: đạt; nền đỏ: chưa đạt; nền vàng: chưa có số liệu dùng được. " +
      "Toàn xã: chỉ tiêu cộng dồn là tổng kết quả các thôn so với mục tiêu của xã; chỉ tiêu tỷ lệ, định tính là số thôn đạt trên số thôn có chỉ tiêu.",
    NOTE,
  );
  canvas.atLeast(legend, 36);

  return {
    name: resultsSheetName(heading.year, heading.period),
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: [6, NAME_WIDTH, 10, ...reports.flatMap(() => [VALUE_WIDTH, VALUE_WIDTH]), 11, 12],
    rowHeights: canvas.rowHeights,
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
    chart: null,
    printTitleRows: `${HEADER_ROW + 1}:${sub + 1}`,
    freezeAt: cellAddress(sub + 1, FIRST_VILLAGE),
  };
}

function writeVillage(canvas: ReturnType<typeof sheetCanvas>, row: number, column: number, line: CheckedIndicator | undefined): void {
  if (!line) {
    canvas.put(row, column, null, BODY_CENTRED);
    canvas.put(row, column + 1, null, BODY_CENTRED);
    return;
  }
  canvas.put(row, column, line.indicator.target, valueStyle(line.indicator.target));
  canvas.put(row, column + 1, line.actual ?? "—", statusStyle(line.status, line.actual));
}

function valueStyle(value: Value | null): CellStyle {
  return typeof value === "number" ? { ...BODY, horizontal: "right" } : BODY_CENTRED;
}

function statusStyle(status: Status, value: Value | string | null): CellStyle {
  const style = STATUS_STYLE[status];
  const base = typeof value === "number" ? { ...BODY, horizontal: "right" as const } : BODY_CENTRED;
  if (style === null) return base;
  const colours = HIGHLIGHT_COLOURS[style];
  return { ...base, fill: colours.fill, font: { ...FONT, color: colours.font } };
}
