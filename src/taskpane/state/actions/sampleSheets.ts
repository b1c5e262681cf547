import type { SheetModel } from "../../../core/model";
import { sampleWorkbooks } from "../../../core/samples";

/**
 * The sample sheets the pane writes: the commune's target sheet first, then the villages' reports and the
 * consolidated sheet — the same data the command line writes as files.
 *
 * @example sampleSheets()[0].name === "Chỉ tiêu 2024"
 */
export function sampleSheets(): SheetModel[] {
  return sampleWorkbooks().flatMap((workbook) => workbook.sheets);
}
