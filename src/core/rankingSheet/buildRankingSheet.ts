import { cellAddress, columnLetters } from "../cells/cellAddress";
import type { Ranking } from "../model/ranking";
import type { SheetModel } from "../model/sheetModel";
import { writeCompletionMatrix } from "./completionMatrix";
import { writeDocumentHeader, type DocumentHeader } from "./documentHeader";
import { CHART_COLUMNS, CHART_FIRST_COLUMN, CHART_MIN_ROWS, LAST_TABLE_COLUMN, MATRIX_FIRST_VILLAGE_COLUMN, MATRIX_VILLAGE_WIDTH } from "./rankingSheetLayout";
import { rankingSheetName } from "./rankingSheetName";
import { NOTE } from "./rankingSheetStyles";
import { PRIZE_CONDITION } from "./rankingWords";
import { writeRankingTable } from "./rankingTable";
import { sheetCanvas } from "./sheetCanvas";
import { fitWidthScale, straddles } from "./pageBreaks";
import { SIGNATURE_BLOCK_ROWS, writeSignatureBlock } from "./signatureBlock";

const CHART_COLUMN_WIDTH = 9;

/**
 * The ranking sheet of docs/outputs.md#what-the-add-in-and-the-command-line-write as a pure description that the Excel adapter and the ExcelJS writer
 * only render: the Nghị định 30/2020 header, the title, the ranking table, the seed's condition on
 * prizes, a chart of the scores beside the table (where the writer draws one: `header.chart`), the
 * completion matrix indicator × village and the signature block, kept whole on one page; Times New Roman, A4 landscape, one page wide, amounts printed "5.000.000".
 *
 * @example buildRankingSheet(ranking, { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 } }).name
 * // "Xếp hạng thi đua 2024"
 */
export function buildRankingSheet(ranking: Ranking, header: DocumentHeader): SheetModel {
  const canvas = sheetCanvas();
  const form = ranking.villages.some((village) => village.standards !== undefined);
  const tableRow = writeDocumentHeader(canvas, header, ranking.year, ranking.period, ranking.cap, ranking.method ?? "ratio", form);
  const table = writeRankingTable(canvas, ranking, tableRow);
  const lastColumn = table.columns.length - 1;
  canvas.putMerged(table.nextRow, 0, lastColumn, PRIZE_CONDITION.vi, NOTE);
  // Roster villages without a report (docs/scoring.md#roster): named below the ranking, never ranked.
  const missing = ranking.missing ?? [];
  if (missing.length > 0) canvas.putMerged(table.nextRow + 1, 0, lastColumn, `${NOT_REPORTED}: ${missing.join(", ")}.`, NOTE);
  // Villages with several differing reports: named below the ranking too, so the printed sheet says why.
  const unranked = ranking.unranked ?? [];
  const unrankedRow = table.nextRow + 1 + (missing.length > 0 ? 1 : 0);
  if (unranked.length > 0) canvas.putMerged(unrankedRow, 0, lastColumn, `${NOT_RANKED_DUPLICATE}: ${unranked.join(", ")}.`, NOTE);
  const afterTable = table.nextRow + (missing.length > 0 ? 1 : 0) + (unranked.length > 0 ? 1 : 0);

  // Rows are kept beside the table for the chart only when the writer draws it.
  const hasVillages = table.lastRow >= table.firstRow && header.chart === true;
  const chartFirst = CHART_FIRST_COLUMN + table.columns.length - 1 - LAST_TABLE_COLUMN;
  const villageColumn = column(table.columns.findIndex((c) => c.key === "village"));
  const scoreColumn = column(table.columns.findIndex((c) => c.key === "score"));
  const chartBottom = table.headerRow + Math.max(CHART_MIN_ROWS, table.lastRow - table.headerRow);
  const chart = hasVillages
    ? {
        title: "Tổng điểm các thôn",
        categories: `${villageColumn}${table.firstRow + 1}:${villageColumn}${table.lastRow + 1}`,
        values: `${scoreColumn}${table.firstRow + 1}:${scoreColumn}${table.lastRow + 1}`,
        from: cellAddress(table.headerRow, chartFirst),
        to: cellAddress(chartBottom, chartFirst + CHART_COLUMNS - 1),
      }
    : null;

  const matrixRow = Math.max(afterTable + 2, hasVillages ? chartBottom + 2 : 0);
  const matrix = writeCompletionMatrix(canvas, ranking.villages, matrixRow);
  const signatureRow = matrix.nextRow + 1;
  writeSignatureBlock(canvas, signatureRow, header);
  const widths = columnWidths(table.columns.map((c) => c.width), matrix.lastColumn, chart !== null);
  // "Nơi nhận" and the signature stay together on one page: a break before them when they would straddle two.
  const scale = fitWidthScale(widths);
  const breaksBefore = straddles(canvas.rowHeights, scale, signatureRow, SIGNATURE_BLOCK_ROWS) ? [signatureRow + 1] : [];

  return {
    name: rankingSheetName(ranking.year, ranking.period),
    cells: canvas.cells,
    merges: canvas.merges,
    columnWidths: widths,
    rowHeights: canvas.rowHeights,
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
      centerHorizontally: true,
      scale,
      breaksBefore,
    },
    chart,
    printTitleRows: null,
    freezeAt: null,
  };
}

function column(index: number): string {
  return columnLetters(index);
}

// The table fixes its columns (A–H for the seed's); matrix village columns past them and the chart's
// columns get their own widths.
function columnWidths(tableWidths: number[], matrixLastColumn: number, withChart: boolean): number[] {
  const widths: number[] = [...tableWidths];
  const last = tableWidths.length - 1;
  const chartEnd = withChart ? last + 2 + CHART_COLUMNS - 1 : 0;
  for (let index = last + 1; index <= Math.max(matrixLastColumn, chartEnd); index += 1) {
    const inMatrix = index >= MATRIX_FIRST_VILLAGE_COLUMN && index <= matrixLastColumn;
    widths[index] = inMatrix ? MATRIX_VILLAGE_WIDTH : index === last + 1 ? 3 : CHART_COLUMN_WIDTH;
  }
  return widths;
}

/** The heading of the roster villages that have not reported (docs/scoring.md#roster). */
export const NOT_REPORTED = "Chưa nộp báo cáo";

/** The heading of the villages not ranked because they have several reports with different figures. */
export const NOT_RANKED_DUPLICATE = "Chưa xếp hạng (có nhiều báo cáo với số liệu khác nhau)";
