import type { Period } from "../model/ranking";
import { placeDateLine } from "./placeDateLine";
import { LAST_TABLE_COLUMN } from "./rankingSheetLayout";
import { BOLD_CENTRED, CENTRED, ITALIC_CENTRED, NOTE, TITLE, UNDERLINED_CENTRED } from "./rankingSheetStyles";
import { methodWords } from "./methodWords";
import type { SheetCanvas } from "./sheetCanvas";
import type { Signer } from "./signatureBlock";

export interface DocumentHeader extends Signer {
  commune: string | null;
  place: string | null;
  date: { day: number; month: number; year: number };
  /** The writer draws the chart of scores beside the table (the add-in does; an .xlsx writer may not). */
  chart?: boolean;
}

/**
 * The title of the ranking for a year and period.
 *
 * @example rankingTitle(2024, "half") === "BẢNG XẾP HẠNG THI ĐUA CÁC THÔN SƠ KẾT 6 THÁNG ĐẦU NĂM 2024"
 */
export function rankingTitle(year: number, period: Period): string {
  return period === "half" ? `BẢNG XẾP HẠNG THI ĐUA CÁC THÔN SƠ KẾT 6 THÁNG ĐẦU NĂM ${year}` : `BẢNG XẾP HẠNG THI ĐUA CÁC THÔN NĂM ${year}`;
}

/**
 * Rows 1–7 of the ranking sheet as Nghị định 30/2020 lays out a document: the issuing body top left,
 * the national motto top right, the place-date line, the title and how the score is computed.
 * Returns the next free row (0-based).
 *
 * @example writeDocumentHeader(canvas, header, 2024, "year", 1.2, "ratio") === 8
 */
export function writeDocumentHeader(canvas: SheetCanvas, header: DocumentHeader, year: number, period: Period, cap: number, method: "ratio" | "points" = "ratio", form = false): number {
  const commune = header.commune?.trim() ? `XÃ ${header.commune.trim().toLocaleUpperCase("vi")}` : "XÃ ……";
  canvas.putMerged(0, 0, 2, "ỦY BAN NHÂN DÂN", CENTRED);
  canvas.putMerged(1, 0, 2, commune, UNDERLINED_CENTRED);
  canvas.putMerged(0, 3, LAST_TABLE_COLUMN, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD_CENTRED);
  canvas.putMerged(1, 3, LAST_TABLE_COLUMN, "Độc lập - Tự do - Hạnh phúc", UNDERLINED_CENTRED);
  canvas.putMerged(3, 3, LAST_TABLE_COLUMN, placeDateLine(header.place, header.date), ITALIC_CENTRED);
  canvas.putMerged(5, 0, LAST_TABLE_COLUMN, rankingTitle(year, period), TITLE);
  canvas.atLeast(5, 24);
  canvas.putMerged(6, 0, LAST_TABLE_COLUMN, methodWords(method, cap, period, form), { ...NOTE, horizontal: "center" });
  canvas.atLeast(6, 32);
  return 8;
}
