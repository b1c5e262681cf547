import type { Ranking, RankedVillage } from "../model/ranking";
import { formatNumberVi } from "../values/formatNumberVi";
import { AMOUNT_FORMAT, SCORE_FORMAT } from "./numberFormats";
import type { CellModel, CellStyle } from "../model/sheetModel";
import { roundScore } from "../scoring/roundScore";
import { rankingColumns, type RankingColumn, type RankingColumnKey } from "./rankingColumns";
import { describeIneligibility, TIE_NOTE } from "./rankingWords";
import { floorNote } from "./standardWords";
import { BODY, BODY_CENTRED, BODY_RIGHT, HEADER } from "./rankingSheetStyles";
import { wrappedHeight, type SheetCanvas } from "./sheetCanvas";

export interface TablePlace {
  headerRow: number;
  /** First and last village rows (0-based); lastRow < firstRow when there is no village. */
  firstRow: number;
  lastRow: number;
  nextRow: number;
  /** The table's columns, in order (see `rankingColumns`). */
  columns: RankingColumn[];
}

/**
 * The note on a village's row: the tie on a prize rank, or why it is not proposed for a prize.
 *
 * @example rankingNote({ eligible: true, tie: true, mandatoryMissed: [] }) === "Đồng hạng — Hội đồng xem xét"
 */
export function rankingNote(village: Pick<RankedVillage, "eligible" | "tie" | "mandatoryMissed" | "nothingScored" | "adjustments" | "notes" | "standards">): string {
  const adjusted = (village.adjustments ?? []).map((a) => `Điều chỉnh ${a.points > 0 ? "+" : ""}${formatNumberVi(a.points)}${a.reason ? ` (${a.reason})` : ""}`);
  const main = !village.eligible ? describeIneligibility(village.mandatoryMissed, "vi", village.nothingScored) : village.tie ? TIE_NOTE.vi : "";
  // A tier a standard's floor kept the unit from (docs/scoring.md#minimums-per-standard).
  const floors = (village.notes ?? []).filter((f) => f.code === "points/below-floor").map((f) => floorNote(f, village.standards ?? [], "vi"));
  return [main, ...floors, ...adjusted].filter((part) => part !== "").join("; ");
}

/**
 * The ranking table from `row` on: Hạng | Thôn | Tổng điểm | Số chỉ tiêu đạt/tổng số | Chỉ tiêu chưa đạt |
 * Đề nghị giải | Tiền thưởng (đồng) | Ghi chú, one row per village in rank order; the points method and
 * tiers add their columns (see `rankingColumns`).
 *
 * @example writeRankingTable(canvas, ranking, 8) // { headerRow: 8, firstRow: 9, lastRow: 14, nextRow: 15 }
 */
export function writeRankingTable(canvas: SheetCanvas, ranking: Ranking, row: number): TablePlace {
  const columns = rankingColumns(ranking);
  const at = (key: RankingColumnKey) => columns.findIndex((column) => column.key === key);
  const widthOf = (key: RankingColumnKey) => columns[at(key)]?.width ?? 10;
  columns.forEach((column, index) => canvas.put(row, index, column.header, HEADER));
  canvas.atLeast(row, 48);
  const firstRow = row + 1;
  if (ranking.villages.length === 0) {
    canvas.putMerged(firstRow, 0, columns.length - 1, "Chưa có thôn nào để xếp hạng.", BODY_CENTRED);
    return { headerRow: row, firstRow, lastRow: firstRow - 1, nextRow: firstRow + 1, columns };
  }
  ranking.villages.forEach((village, index) => {
    const line = firstRow + index;
    const shortfalls = village.shortfalls.join("; ");
    const note = rankingNote(village);
    const self = village.selfPoints ?? null;
    const cells: Record<RankingColumnKey, [CellModel["value"], CellStyle]> = {
      rank: [village.rank, BODY_CENTRED],
      village: [village.village, BODY],
      score: [village.score, { ...BODY_RIGHT, numberFormat: SCORE_FORMAT }],
      selfPoints: [self, { ...BODY_RIGHT, numberFormat: SCORE_FORMAT }],
      difference: [self === null ? null : roundScore(self - village.score), { ...BODY_RIGHT, numberFormat: SCORE_FORMAT }],
      tier: [village.tier ?? NO_TIER, BODY_CENTRED],
      met: [`${village.met}/${village.scored}`, BODY_CENTRED],
      // blanks are null, not "": renderers format text cells as text
      shortfalls: [shortfalls || null, BODY],
      prize: [village.prize, BODY_CENTRED],
      amount: [village.amount, { ...BODY_RIGHT, numberFormat: AMOUNT_FORMAT }],
      note: [note || null, BODY],
      standard: [null, BODY_RIGHT],
    };
    columns.forEach((column, position) => canvas.put(line, position, ...(column.key === "standard" ? standardCell(village, column) : cells[column.key])));
    canvas.atLeast(
      line,
      Math.max(wrappedHeight(village.village, widthOf("village")), wrappedHeight(shortfalls, widthOf("shortfalls")), wrappedHeight(note, widthOf("note"))),
    );
  });
  const lastRow = firstRow + ranking.villages.length - 1;
  return { headerRow: row, firstRow, lastRow, nextRow: lastRow + 1, columns };
}

// A unit's subtotal in a standard's column; blank where its form has no such standard.
function standardCell(village: RankedVillage, column: RankingColumn): [CellModel["value"], CellStyle] {
  const standard = (village.standards ?? []).find((s) => s.name === column.standard);
  return [standard?.earned ?? null, { ...BODY_RIGHT, numberFormat: SCORE_FORMAT }];
}

/** The tier of a village that reaches none (docs/scoring.md#tiers). */
export const NO_TIER = "Không xếp loại";
