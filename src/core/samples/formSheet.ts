import type { SheetModel } from "../model";
import { SheetBuilder, STYLES } from "./sheetBuilder";

/** A row of a scoring form (docs/scoring.md#points-method "Scoring forms"): a criterion, or a standard / item whose points are its items' sum. */
export interface FormCriterion {
  tt: string;
  name: string;
  max: number;
  items?: readonly FormCriterion[];
  /** A "Cộng tiêu chí …" row written under the items, as nông thôn mới tables close each criterion. */
  closing?: string;
}

/** A unit's points for one criterion: its own (Điểm tự chấm) and the commune's verified points (Điểm thẩm định); null where blank. */
export type UnitPoints = readonly [own: number | null, verified: number | null];

/** What the form is and who fills it: the heading lines above the table and the header's words. */
export interface FormHeading {
  sheetName: string;
  /** "UBND XÃ QUANG MINH". */
  issuer: string;
  /** "BẢNG CHẤM ĐIỂM THÔN, TỔ DÂN PHỐ VĂN HÓA NĂM 2024". */
  title: string;
  /** "Thôn: Đồng Tâm" on a unit's form; null on the commune's table. */
  unitLine: string | null;
  /** The criterion column's header: "Nội dung tiêu chuẩn", "Tiêu chí". */
  nameHeader: string;
  /** The maximum's header: "Điểm chuẩn", "Điểm tối đa", "Thang điểm". */
  maxHeader: string;
  /** The verified points' header: "Điểm thẩm định", "Điểm phúc tra". */
  verifiedHeader: string;
}

const WIDTHS = [7, 54, 10, 10, 11, 12];

/**
 * A scoring form as a commune types it: the heading, `TT | criterion | maximum [| Điểm tự chấm | verified] | Ghi chú`,
 * standards and items with their subtotals, and the total. With `points` it is a unit's filled form
 * (a subtotal written only where every criterion under it is filled); without, the commune's table of maxima.
 *
 * @example formSheet(heading, criteria).name === "Bảng điểm"
 */
export function formSheet(heading: FormHeading, criteria: readonly FormCriterion[], points?: (tt: string) => UnitPoints): SheetModel {
  const filled = points !== undefined;
  const last = filled ? 6 : 4;
  const sheet = new SheetBuilder(heading.sheetName, filled ? WIDTHS : [7, 60, 12, 18]);
  sheet.putMerged(1, 1, 2, heading.issuer, STYLES.heading);
  sheet.putMerged(3, 1, last, heading.title, STYLES.title);
  let row = 4;
  if (heading.unitLine !== null) sheet.putMerged(row++, 1, last, heading.unitLine, STYLES.italic);
  row += 1;
  const header = filled ? ["TT", heading.nameHeader, heading.maxHeader, "Điểm tự chấm", heading.verifiedHeader, "Ghi chú"] : ["TT", heading.nameHeader, heading.maxHeader, "Ghi chú"];
  header.forEach((label, index) => sheet.put(row, index + 1, label, STYLES.header));
  row += 1;
  const put = (tt: string, name: string, max: number, sums: UnitPoints | null, bold: boolean) => {
    const style = bold ? STYLES.group : STYLES.cell;
    const values = filled ? [tt, name, max, sums?.[0] ?? null, sums?.[1] ?? null, null] : [tt, name, max, null];
    values.forEach((value, index) => sheet.put(row, index + 1, value === "" ? null : value, style));
    row += 1;
  };
  const sumsOf = (criterion: FormCriterion): UnitPoints =>
    criterion.items === undefined ? (points?.(criterion.tt) ?? [null, null]) : subtotal(criterion.items.map(sumsOf));
  const write = (criterion: FormCriterion, depth: number): void => {
    const sums = filled ? sumsOf(criterion) : null;
    if (criterion.items === undefined) {
      put(criterion.tt, criterion.name, criterion.max, sums, false);
      return;
    }
    // the standard's row carries its subtotal, as the clerk adds it up after the items
    put(criterion.tt, criterion.name, criterion.max, sums, depth === 0);
    for (const item of criterion.items) write(item, depth + 1);
    if (criterion.closing !== undefined) put("", criterion.closing, criterion.max, sums, true);
  };
  for (const criterion of criteria) write(criterion, 0);
  const totals = filled ? subtotal(criteria.map(sumsOf)) : null;
  put("", "Tổng cộng", criteria.reduce((sum, criterion) => sum + criterion.max, 0), totals, true);
  return sheet.build();
}

/** The sum of each column where every part is filled, else null (a clerk leaves a subtotal blank until all is scored). */
function subtotal(parts: readonly UnitPoints[]): UnitPoints {
  const sum = (column: 0 | 1) => (parts.every((part) => part[column] !== null) ? Math.round(parts.reduce((total, part) => total + (part[column] ?? 0), 0) * 100) / 100 : null);
  return [sum(0), sum(1)];
}

/** The criteria that are scored (the leaves), in the form's order. */
export function formLeaves(criteria: readonly FormCriterion[]): FormCriterion[] {
  return criteria.flatMap((criterion) => (criterion.items === undefined ? [criterion] : formLeaves(criterion.items)));
}
