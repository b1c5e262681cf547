import type { SheetGrid } from "../cells/sheetGrid";
import { findHeader, headerTexts, type TableHeader } from "./findHeader";
import { type Layout, layoutOf } from "./layoutOf";
import type { AssessedPeriod } from "./pickYearColumn";
import { readTitle, type SheetTitle, yearIn } from "./readTitle";

/** Rows read as a title when a sheet has no header to end its title block. */
const TITLE_ROWS_WITHOUT_HEADER = 12;

/** What the first passes over a sheet tell: its header, its layout, and the title block above the header. */
export interface SheetHead {
  header: TableHeader | null;
  layout: Layout | null;
  /** The title block; its year, when the title says none, is the header's. */
  title: SheetTitle;
  /** The texts of the rows above the header, row by row. */
  titleTexts: string[];
}

/**
 * The first passes of reading a sheet, shared by the table reader and the quick classification of the
 * pane and the command line, so they never disagree on what a sheet is: the header band, the layout it
 * gives, and the title block, which ends at the header row (a row of the table is no title).
 *
 * @example readSheetHead(toSheetGrid(seedTargetSheet())).layout === "targets"
 */
export function readSheetHead(grid: SheetGrid, options: { year?: number | null; period?: AssessedPeriod } = {}): SheetHead {
  const header = findHeader(grid, { year: options.year ?? null, ...(options.period === undefined ? {} : { period: options.period }) });
  const end = header?.row ?? Math.min(grid.values.length, TITLE_ROWS_WITHOUT_HEADER);
  const titleTexts: string[] = [];
  for (let row = 0; row < end; row++) for (const text of headerTexts(grid, row)) titleTexts.push(text);
  const title = readTitle(titleTexts);
  if (header === null) return { header, layout: null, title, titleTexts };
  const year = title.year ?? header.year ?? header.labels.map(yearIn).find((found) => found !== null) ?? null;
  return { header, layout: layoutOf(header), title: { ...title, year }, titleTexts };
}
