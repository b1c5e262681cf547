import type { TableHeader } from "./findHeader";
import type { BandColumn } from "./headerBand";

const FORM_ROLES = new Set(["maxPoints", "selfPoints", "verifiedPoints"]);

/**
 * Whether a header is a scoring form's (docs/scoring.md#points-method "Scoring forms"): points columns (Điểm chuẩn, Điểm tự
 * chấm, Điểm thẩm định) and no target, actual or village column.
 *
 * @example isScoringForm(findHeader(grid)!) // true for "TT | Nội dung tiêu chuẩn | Điểm chuẩn | Điểm tự chấm"
 */
export function isScoringForm(header: Pick<TableHeader, "columns" | "villages" | "band">): boolean {
  if (header.columns.target !== null || header.columns.actual !== null || header.villages.length > 0) return false;
  return formColumns(header.band).length > 0;
}

/** Whether a scoring form carries a unit's points (own or verified), not only the maxima. */
export function hasUnitPoints(header: Pick<TableHeader, "band">): boolean {
  return header.band.some((column) => column.role === "selfPoints" || column.role === "verifiedPoints");
}

/** The 0-based columns of a scoring form's points: a row with one of them filled is a criterion, not a heading. */
export function formFigureColumns(header: Pick<TableHeader, "columns" | "villages" | "band">): number[] {
  return isScoringForm(header) ? formColumns(header.band).map((column) => column.column) : [];
}

function formColumns(band: readonly BandColumn[]): BandColumn[] {
  return band.filter((column) => column.role !== null && FORM_ROLES.has(column.role));
}
