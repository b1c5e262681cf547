import { configSheetModel } from "../../../core/config/configSheet";
import type { SheetModel } from "../../../core/model";
import { sampleConfig, sampleWorkbooks } from "../../../core/samples";

/**
 * The sample sheets the pane writes: the commune's target sheet first, then the villages' reports, the
 * consolidated sheet and the ranking configuration (with a mandatory indicator, so a new user sees a
 * village that cannot get a prize) — the same data the command line writes as files.
 *
 * @example sampleSheets()[0].name === "Chỉ tiêu 2024"
 */
export function sampleSheets(): SheetModel[] {
  return [...sampleWorkbooks().flatMap((workbook) => workbook.sheets), configSheetModel(sampleConfig())];
}
