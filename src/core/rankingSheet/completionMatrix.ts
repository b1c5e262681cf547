import type { RankedVillage, ScoreLine } from "../model/ranking";
import { PERCENT_FORMAT } from "./numberFormats";
import { MATRIX_FIRST_VILLAGE_COLUMN, MATRIX_VILLAGE_WIDTH } from "./rankingSheetLayout";
import { BODY, BODY_CENTRED, HEADER, NOTE, SHORTFALL, TITLE } from "./rankingSheetStyles";
import { wrappedHeight, type SheetCanvas } from "./sheetCanvas";

const NAME_WIDTH = 84; // B–E merged
export const MISSING_MARK = "—";

/**
 * The indicators scored for any village, in the order they first appear.
 *
 * @example matrixIndicators(ranking.villages).map((i) => i.name) // ["Thu ngân sách …", …]
 */
export function matrixIndicators(villages: readonly RankedVillage[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const village of villages) for (const line of village.lines) if (!seen.has(line.indicatorId)) seen.set(line.indicatorId, line.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * The detail matrix, indicator × village, from `row` on: each cell the completion ratio as a
 * percentage (red when not met), "—" when the village gave no usable value, blank when the indicator is
 * not scored for that village; a legend follows. Returns the next free row and the last column used.
 *
 * @example writeCompletionMatrix(canvas, ranking.villages, 20) // { nextRow: 70, lastColumn: 10 }
 */
export function writeCompletionMatrix(canvas: SheetCanvas, villages: readonly RankedVillage[], row: number): { nextRow: number; lastColumn: number } {
  const indicators = matrixIndicators(villages);
  const lastColumn = Math.max(MATRIX_FIRST_VILLAGE_COLUMN + villages.length - 1, MATRIX_FIRST_VILLAGE_COLUMN);
  if (indicators.length === 0) return { nextRow: row, lastColumn };
  canvas.putMerged(row, 0, lastColumn, "MỨC ĐỘ HOÀN THÀNH CHỈ TIÊU CỦA CÁC THÔN (%)", { ...TITLE, font: { ...TITLE.font, size: 12 } });
  const header = row + 1;
  canvas.put(header, 0, "TT", HEADER);
  canvas.putMerged(header, 1, 4, "Chỉ tiêu", HEADER);
  villages.forEach((village, index) => canvas.put(header, MATRIX_FIRST_VILLAGE_COLUMN + index, village.village, HEADER));
  canvas.atLeast(header, villages.reduce((tallest, village) => Math.max(tallest, wrappedHeight(village.village, MATRIX_VILLAGE_WIDTH)), 32));

  const linesOf = villages.map((village) => new Map(village.lines.map((line) => [line.indicatorId, line])));
  indicators.forEach((indicator, index) => {
    const at = header + 1 + index;
    canvas.put(at, 0, index + 1, BODY_CENTRED);
    canvas.putMerged(at, 1, 4, indicator.name, BODY);
    canvas.atLeast(at, wrappedHeight(indicator.name, NAME_WIDTH));
    linesOf.forEach((lines, column) => writeCompletion(canvas, at, MATRIX_FIRST_VILLAGE_COLUMN + column, lines.get(indicator.id)));
  });
  const legend = header + 1 + indicators.length;
  canvas.putMerged(legend, 0, lastColumn, `${MISSING_MARK}: chưa có số liệu dùng được; ô nền đỏ: chưa đạt chỉ tiêu.`, NOTE);
  return { nextRow: legend + 1, lastColumn };
}

function writeCompletion(canvas: SheetCanvas, row: number, column: number, line: ScoreLine | undefined): void {
  if (!line) canvas.put(row, column, null, BODY_CENTRED);
  else if (line.actual === null) canvas.put(row, column, MISSING_MARK, SHORTFALL);
  else canvas.put(row, column, line.ratio, { ...(line.met ? BODY_CENTRED : SHORTFALL), numberFormat: PERCENT_FORMAT });
}
