import { toSheetGrid } from "../cells/sheetGrid";
import type { SheetCells } from "../model/cells";
import type { Period } from "../model/ranking";
import { HEADER_SCAN_ROWS } from "../table/findHeader";
import { MAX_BAND_ROWS } from "../table/headerBand";
import type { Layout } from "../table/layoutOf";
import { readSheetHead } from "../table/readSheetHead";

/** What a sheet is, as the reader sees it from its header and title block. */
export interface SheetClass {
  layout: Layout | null;
  /** The village a report or a village's template names; null for a consolidated sheet, which holds several. */
  village: string | null;
  year: number | null;
  commune: string | null;
  /** The issuing body as the title writes it ("UBND XÃ KHUÔN LÙNG"); absent when it names none. */
  issuer?: string;
  /** The period the title names; absent when it names none. */
  period?: Period;
}

/**
 * What a sheet is, from its header and title rows only (cheap: the rows below are not read), so that the
 * task pane can find the target sheet and the report sheets by itself and the command line can take the
 * commune and year for its ranking. These are the reader's own first passes (`readSheetHead`), not a copy:
 * a sheet the reader takes as consolidated is never listed as one village's report.
 *
 * @example classifySheet(seedTargetSheet()) // { layout: "targets", village: null, year: 2024, commune: "Khuôn Lùng", … }
 */
export function classifySheet(sheet: SheetCells): SheetClass {
  const values: unknown = (sheet as { values?: unknown } | null)?.values;
  // Only the top of the sheet matters (the header within its scan, and its band); a 100 000-row sheet is not copied.
  const top = Array.isArray(values) ? values.slice(0, HEADER_SCAN_ROWS + MAX_BAND_ROWS) : values;
  const { layout, title } = readSheetHead(toSheetGrid({ ...(sheet as object), values: top }));
  return {
    layout,
    village: layout === "consolidated" ? null : title.village,
    year: title.year,
    commune: title.commune,
    ...(title.issuer === undefined ? {} : { issuer: title.issuer }),
    ...(title.period === undefined ? {} : { period: title.period }),
  };
}
