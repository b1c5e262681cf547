/** A4 landscape in points, less the ranking sheet's margins (0,6 in top and bottom, 0,6 + 0,4 in sides). */
const PAGE_HEIGHT = 595 - 1.2 * 72;
const PAGE_WIDTH = 842 - 1.0 * 72;
/** Row height where none is set: Times New Roman 12. */
const DEFAULT_ROW = 15.75;
/** A column width unit in points: a digit of Times New Roman 12 (about 8 px) and 5 px of padding, at 0,75 pt per px, and a pixel to spare: programs measure columns differently. */
const widthPoints = (width: number | undefined) => ((width ?? 9) * 9 + 5) * 0.75;
/** Room kept at the foot of a page: printers and spreadsheet programs do not measure rows alike. */
const SLACK = 0.1;

/**
 * The print scale (percent, 10–100) that fits columns of these widths one page wide on A4 landscape.
 *
 * @example fitWidthScale([7, 22, 10, 12, 42, 13, 14, 30]) === 100
 */
export function fitWidthScale(columnWidths: number[]): number {
  const width = Array.from(columnWidths, widthPoints).reduce((sum, w) => sum + w, 0);
  return Math.max(10, Math.min(100, Math.floor((100 * PAGE_WIDTH) / width)));
}

/**
 * Whether `count` rows from `first` (0-based) would be split across two printed pages at `scale`
 * percent on A4 landscape. Rows near the foot of a page count as split, since programs measure rows
 * slightly differently.
 *
 * @example straddles({}, 100, 28, 7) === true
 */
export function straddles(rowHeights: Record<number, number>, scale: number, first: number, count: number): boolean {
  const page = (PAGE_HEIGHT * 100) / scale;
  const room = page * (1 - SLACK);
  const height = (row: number) => rowHeights[row + 1] ?? DEFAULT_ROW;
  let pageTop = 0;
  let used = 0;
  let blockPage = 0;
  for (let row = 0; row < first + count; row += 1) {
    const h = height(row);
    // A row that does not fit starts the next page.
    if (used + h - pageTop > page) pageTop = used;
    if (row === first) blockPage = pageTop;
    used += h;
    if (row >= first && (pageTop !== blockPage || used - pageTop > room)) return true;
  }
  return false;
}
