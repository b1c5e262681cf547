/**
 * Where things stand on a "Giao chỉ tiêu" sheet (docs/outputs.md#giving-villages-their-targets), 0-based:
 * the two header rows, TT | Chỉ tiêu | ĐVT | Mục tiêu của xã, then each village's KH | TH under its name,
 * then Cộng các thôn | Đối chiếu.
 */
export const ASSIGN_HEADER_ROW = 4;
export const ASSIGN_FIRST_ROW = ASSIGN_HEADER_ROW + 2;
export const ASSIGN_COLUMN = {
  tt: 0,
  name: 1,
  unit: 2,
  commune: 3,
  firstVillage: 4,
} as const;

/** The KH column of the village at `index` (its TH column is the next one). */
export function villageTargetColumn(index: number): number {
  return ASSIGN_COLUMN.firstVillage + index * 2;
}

/** The header label of the sum of the villages' shares. */
export const SHARES_SUM_LABEL = "Cộng các thôn";
/** The header label of the column saying whether the shares add up. */
export const SHARES_CHECK_LABEL = "Đối chiếu";
