import type { SheetModel, ValidationModel } from "../core/model/sheetModel";
import { apiAtLeast } from "./isSupported";
import { forOneRequest } from "./oneRequest";
import { COMMAND_BYTES, commandBytes, type RequestBudget } from "./requestBudget";

/**
 * Queues a sheet model's data validation (ExcelApi 1.8) and protection (1.2) on a freshly added sheet:
 * each validated range gets its rule, prompt and stop alert; the unlocked ranges are unlocked, then the
 * sheet is protected without a password (columns and rows can still be resized, and cells formatted, so
 * the add-in can highlight a filled template that comes back: docs/outputs.md#report-templates). Below those levels the
 * part is skipped; `guardsSupported` lets the pane say so beforehand. `again` says a request carrying them
 * failed further on: the sheet is unprotected and the rules cleared before they are set once more.
 *
 * @example await writeGuards(ws, buildTemplateSheet(rows, heading), budget)
 */
export async function writeGuards(ws: Excel.Worksheet, model: Pick<SheetModel, "validations" | "protection">, budget: RequestBudget, again = false): Promise<void> {
  const validations = model.validations ?? [];
  if (again && model.protection && apiAtLeast("1.2")) ws.protection.unprotect();
  if (validations.length > 0 && apiAtLeast("1.8")) {
    await budget.take(commandBytes(validations, validations.length * (again ? 5 : 4) * COMMAND_BYTES));
    for (const validation of validations) {
      const dv = forOneRequest(ws.getRange(validation.range)).dataValidation;
      if (again) dv.clear();
      dv.rule = rule(validation);
      dv.ignoreBlanks = true;
      dv.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
      dv.errorAlert = { showAlert: true, style: "Stop", title: validation.error.title, message: validation.error.message };
    }
  }
  if (model.protection && apiAtLeast("1.2")) {
    await budget.take(commandBytes(model.protection.unlocked, (model.protection.unlocked.length + 1) * COMMAND_BYTES));
    for (const range of model.protection.unlocked) forOneRequest(ws.getRange(range)).format.protection.locked = false;
    ws.protection.protect(TEMPLATE_PROTECTION);
  }
}

/** How templates are protected: no password; columns, rows and cells may still be formatted. */
export const TEMPLATE_PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true };

/** Whether the model has guards the host can write at all. */
export function hasGuards(model: Pick<SheetModel, "validations" | "protection">): boolean {
  const { validation, protection } = guardsSupported();
  return ((model.validations?.length ?? 0) > 0 && validation) || (Boolean(model.protection) && protection);
}

/**
 * Which of a template's guards the host can write: data validation needs ExcelApi 1.8, protection 1.2.
 *
 * @example guardsSupported() // { validation: true, protection: true } in Excel on the web
 */
export function guardsSupported(): { validation: boolean; protection: boolean } {
  return { validation: apiAtLeast("1.8"), protection: apiAtLeast("1.2") };
}

function rule(validation: ValidationModel): Excel.DataValidationRule {
  const { rule: r } = validation;
  if (r.type === "list") return { list: { inCellDropDown: true, source: r.items.join(",") } };
  return r.max === null
    ? { decimal: { formula1: r.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator } }
    : { decimal: { formula1: r.min, formula2: r.max, operator: "Between" as Excel.DataValidationOperator } };
}
