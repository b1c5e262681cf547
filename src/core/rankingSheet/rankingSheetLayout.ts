/** Columns of the ranking table (0-based) and their widths; the matrix below reuses the grid. */
export const COLUMN = { rank: 0, village: 1, score: 2, met: 3, shortfalls: 4, prize: 5, amount: 6, note: 7 } as const;

export const TABLE_HEADERS = [
  "Hạng",
  "Thôn",
  "Tổng điểm",
  "Số chỉ tiêu đạt/tổng số",
  "Chỉ tiêu chưa đạt",
  "Đề nghị giải",
  "Tiền thưởng (đồng)",
  "Ghi chú",
] as const;

export const TABLE_WIDTHS = [7, 22, 10, 12, 42, 13, 14, 30] as const;

/** Last column of the table (H). */
export const LAST_TABLE_COLUMN = TABLE_HEADERS.length - 1;

/** The matrix's village columns start here (F), after TT and the indicator name merged over B–E. */
export const MATRIX_FIRST_VILLAGE_COLUMN = 5;
export const MATRIX_VILLAGE_WIDTH = 13;

/** The chart sits right of the table, one blank column apart (J onwards), this many columns wide. */
export const CHART_FIRST_COLUMN = 9;
export const CHART_COLUMNS = 7;
export const CHART_MIN_ROWS = 16;
