import { formatFinding } from "../../../core/messages";
import { finding } from "../../../core/model/finding";
import { strayGaps } from "../../../core/table/tableArea";
import type { Lang } from "../../shell/lang";

/**
 * A value found far outside a sheet's table, said as the check and `thidua` say it
 * (docs/reading-tables.md#where-a-table-ends). Loaded only when a sheet has one: the engine's messages
 * are no part of the pane's first load.
 *
 * @example strayProblem("Nà Lầu", "Z300", "vi") // the `sheet/stray-values` sentence at Z300
 */
export function strayProblem(sheet: string, address: string, lang: Lang): string {
  return formatFinding(finding("sheet/stray-values", { sheet, cell: address, details: strayGaps() }), lang);
}
