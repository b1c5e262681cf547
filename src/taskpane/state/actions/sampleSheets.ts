import { configSheetModel } from "../../../core/config/configSheet";
import type { SheetModel } from "../../../core/model";
import { formProgrammes, type FormProgramme, sampleConfig, sampleWorkbooks } from "../../../core/samples";

/** The sample programmes the pane offers: the commune's targets and reports, or a programme scored on forms. */
export type SampleProgramme = "commune" | FormProgramme["id"];

/**
 * The sample sheets the pane writes: the commune's target sheet first, then the villages' reports, the
 * consolidated sheet and the ranking configuration (with a mandatory indicator, so a new user sees a
 * village that cannot get a prize) — the same data the command line writes as files. A programme scored
 * on forms (docs/pane.md#scoring-forms) gives the commune's scoring table, each unit's form and its configuration.
 *
 * @example sampleSheets()[0].name === "Chỉ tiêu 2024"; sampleSheets("culture")[0].name === "Bảng chấm điểm"
 */
export function sampleSheets(programme: SampleProgramme = "commune"): SheetModel[] {
  if (programme === "commune") return [...sampleWorkbooks().flatMap((workbook) => workbook.sheets), configSheetModel(sampleConfig())];
  const chosen = formProgrammes().find((p) => p.id === programme)!;
  return [...chosen.workbooks.flatMap((workbook) => workbook.sheets), configSheetModel(chosen.config)];
}
