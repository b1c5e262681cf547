/** Excel's largest "fit to N pages tall". */
const MOST_PAGES = 32_767;

/**
 * Print zoom for "`pagesWide` pages wide, as many pages tall as the rows need".
 *
 * `PageLayoutZoomOptions` documents `horizontalFitToPages` / `verticalFitToPages` as numbers of pages
 * and nothing for "automatic" (0 is only OOXML's convention, not Office.js's); a side left out may be
 * taken as 1 page, which would shrink a long ranking onto one page. So the height is asked as a page
 * count that can never bind: fitting scales down only, and at full size every page holds at least one
 * row, so `rows` pages tall is the same as automatic.
 *
 * @example printZoom(1, 40) → { horizontalFitToPages: 1, verticalFitToPages: 40 }
 */
export function printZoom(pagesWide: number, rows: number): Excel.PageLayoutZoomOptions {
  return {
    horizontalFitToPages: Math.max(1, Math.floor(pagesWide)),
    verticalFitToPages: Math.min(MOST_PAGES, Math.max(1, Math.floor(rows))),
  };
}
