import { cellAddress, columnLetters } from "../cells/cellAddress";
import type { Ranking } from "../model/ranking";
import type { SheetModel } from "../model/sheetModel";
import { writeCompletionMatrix } from "./completionMatrix";
import { writeDocumentHeader, type DocumentHeader } from "./documentHeader";
import {
  CHART_COLUMNS,
  CHART_FIRST_COLUMN,
  CHART_MIN_ROWS,
  COLUMN,
  LAST_TABLE_COLUMN,
  MATRIX_FIRST_VILLAGE_COLUMN,
  MATRIX_VILLAGE_WIDTH,
  TABLE_WIDTHS,
} from "./rankingSheetLayout";
import { rankingSheetName } from "./rankingSheetName";
import { NOTE } from "./rankingSheetStyles";
import { PRIZE_CONDITION } from "./rankingWords";
import { writeRankingTable } from "./rankingTable";
import { sheetCanvas } from "./sheetCanvas";
import { writeSignatureBlock } from "./signatureBlock";

const CHART_COLUMN_WIDTH = 9;

/**
 * The ranking sheet of SPEC §7 as a pure description that the Excel adapter and the ExcelJS writer
 * only render: the Nghị định 30/2020 header, the title, the ranking table, the seed's condition on
 * prizes, a chart of the scores beside the table, the completion matrix indicator × village and the
 * signature block; Times New Roman, A4 landscape, one page wide, amounts printed "5.000.000".
 *
 * @example buildRankingSheet(ranking, { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 } }).name
 * // "Xếp hạng thi đua 2024"
 */
export function buildRankingSheet(ranking: Ranking, header: DocumentHeader): SheetModel {
  const canvas = sheetCanvas();
  const tableRow = writeDocumentHeader(canvas, header, ranking.year, ranking.period, ranking.cap);
  const table = writeRankingTable(canvas, ranking, tableRow);
  canvas.putMerged(table.nextRow, 0, LAST_TABLE_COLUMN, PRIZE_CONDITION.vi, NOTE);

  const hasVillages = table.lastRow >= table.firstRow;
  const chartBottom = table.headerRow + Math.max(CHART_MIN_ROWS, table.lastRow - table.headerRow);
  const chart = hasVillages
    ? {
        title: "Tổng điểm các thôn",
        categories: `${column(COLUMN.village)}${table.firstRow + 1}:${column(COLUMN.village)}${table.lastRow + 1}`,
        values: `${column(COLUMN.score)}${table.firstRow + 1}:${column(COLUMN.score)}${table.lastRow + 1}`,
        from: cellAddress(table.headerRow, CHART_FIRST_COLUMN),
        to: cellAddress(chartBottom, CHART_FIRST_COLUMN + CHART_COLUMNS - 1),
      }
    : null;

  const matrixRow = Math.max(table.nextRow + 2, hasVillages ? chartBottom + 2 : 0);
  const matrix = writeCompletionMatrix(canvas, ranking.villages, matrixRow);
  writeSignatureBlock(canvas, matrix.nextRow + 1);

  return {
    name: rankingSheetName(ranking.year, ranking.period),
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: columnWidths(matrix.lastColumn, chart !== null),
    rowHeights: canvas.rowHeights,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
      centerHorizontally: true,
    },
    chart,
    printTitleRows: null,
    freezeAt: null,
  };
}

function column(index: number): string {
  return columnLetters(index);
}

// The table fixes A–H; matrix village columns past H and the chart's columns get their own widths.
function columnWidths(matrixLastColumn: number, withChart: boolean): number[] {
  const widths: number[] = [...TABLE_WIDTHS];
  const chartEnd = withChart ? CHART_FIRST_COLUMN + CHART_COLUMNS - 1 : 0;
  for (let index = LAST_TABLE_COLUMN + 1; index <= Math.max(matrixLastColumn, chartEnd); index += 1) {
    const inMatrix = index >= MATRIX_FIRST_VILLAGE_COLUMN && index <= matrixLastColumn;
    widths[index] = inMatrix ? MATRIX_VILLAGE_WIDTH : index === LAST_TABLE_COLUMN + 1 ? 3 : CHART_COLUMN_WIDTH;
  }
  return widths;
}
