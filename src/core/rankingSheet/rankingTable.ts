import type { Ranking, RankedVillage } from "../model/ranking";
import { AMOUNT_FORMAT, SCORE_FORMAT } from "./numberFormats";
import { COLUMN, LAST_TABLE_COLUMN, TABLE_HEADERS, TABLE_WIDTHS } from "./rankingSheetLayout";
import { describeIneligibility, TIE_NOTE } from "./rankingWords";
import { BODY, BODY_CENTRED, BODY_RIGHT, HEADER } from "./rankingSheetStyles";
import { wrappedHeight, type SheetCanvas } from "./sheetCanvas";

export interface TablePlace {
  headerRow: number;
  /** First and last village rows (0-based); lastRow < firstRow when there is no village. */
  firstRow: number;
  lastRow: number;
  nextRow: number;
}

/**
 * The note on a village's row: the tie on a prize rank, or why it is not proposed for a prize.
 *
 * @example rankingNote({ eligible: true, tie: true, mandatoryMissed: [] }) === "Đồng hạng — Hội đồng xem xét"
 */
export function rankingNote(village: Pick<RankedVillage, "eligible" | "tie" | "mandatoryMissed" | "nothingScored">): string {
  if (!village.eligible) return describeIneligibility(village.mandatoryMissed, "vi", village.nothingScored);
  return village.tie ? TIE_NOTE.vi : "";
}

/**
 * The ranking table from `row` on: Hạng | Thôn | Tổng điểm | Số chỉ tiêu đạt/tổng số | Chỉ tiêu chưa đạt |
 * Đề nghị giải | Tiền thưởng (đồng) | Ghi chú, one row per village in rank order.
 *
 * @example writeRankingTable(canvas, ranking, 8) // { headerRow: 8, firstRow: 9, lastRow: 14, nextRow: 15 }
 */
export function writeRankingTable(canvas: SheetCanvas, ranking: Ranking, row: number): TablePlace {
  TABLE_HEADERS.forEach((label, column) => canvas.put(row, column, label, HEADER));
  canvas.atLeast(row, 48);
  const firstRow = row + 1;
  if (ranking.villages.length === 0) {
    canvas.putMerged(firstRow, 0, LAST_TABLE_COLUMN, "Chưa có thôn nào để xếp hạng.", BODY_CENTRED);
    return { headerRow: row, firstRow, lastRow: firstRow - 1, nextRow: firstRow + 1 };
  }
  ranking.villages.forEach((village, index) => {
    const at = firstRow + index;
    const shortfalls = village.shortfalls.join("; ");
    const note = rankingNote(village);
    canvas.put(at, COLUMN.rank, village.rank, BODY_CENTRED);
    canvas.put(at, COLUMN.village, village.village, BODY);
    canvas.put(at, COLUMN.score, village.score, { ...BODY_RIGHT, numberFormat: SCORE_FORMAT });
    canvas.put(at, COLUMN.met, `${village.met}/${village.scored}`, BODY_CENTRED);
    // blanks are null, not "": renderers format text cells as text
    canvas.put(at, COLUMN.shortfalls, shortfalls || null, BODY);
    canvas.put(at, COLUMN.prize, village.prize, BODY_CENTRED);
    canvas.put(at, COLUMN.amount, village.amount, { ...BODY_RIGHT, numberFormat: AMOUNT_FORMAT });
    canvas.put(at, COLUMN.note, note || null, BODY);
    canvas.atLeast(
      at,
      Math.max(
        wrappedHeight(village.village, TABLE_WIDTHS[COLUMN.village]),
        wrappedHeight(shortfalls, TABLE_WIDTHS[COLUMN.shortfalls]),
        wrappedHeight(note, TABLE_WIDTHS[COLUMN.note]),
      ),
    );
  });
  const lastRow = firstRow + ranking.villages.length - 1;
  return { headerRow: row, firstRow, lastRow, nextRow: lastRow + 1 };
}
