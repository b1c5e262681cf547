import type { Worksheet } from "exceljs";
import type { SheetModel, ValidationModel } from "../../core/model";

/**
 * Renders a sheet model's data validation and protection (report templates): each validated cell gets
 * its rule and messages, the unlocked ranges are unlocked, and the sheet is protected without a password
 * (cells can still be formatted, so the filled template that comes back can be painted, and columns and
 * rows resized).
 *
 * @example renderGuards(sheet, buildTemplateSheet(rows, heading))
 */
export function renderGuards(sheet: Worksheet, model: Pick<SheetModel, "validations" | "protection">): void {
  for (const validation of model.validations ?? []) {
    const rule = dataValidation(validation);
    eachCell(sheet, validation.range, (address) => {
      sheet.getCell(address).dataValidation = rule;
    });
  }
  if (!model.protection) return;
  for (const range of model.protection.unlocked) {
    eachCell(sheet, range, (address) => {
      const cell = sheet.getCell(address);
      cell.protection = { locked: false };
    });
  }
  void sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true });
}

function dataValidation(validation: ValidationModel) {
  const messages = {
    showInputMessage: true,
    promptTitle: validation.prompt.title,
    prompt: validation.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: validation.error.title,
    error: validation.error.message,
    allowBlank: true,
  };
  const { rule } = validation;
  if (rule.type === "list") return { ...messages, type: "list" as const, formulae: [`"${rule.items.join(",")}"`] };
  return rule.max === null
    ? { ...messages, type: "decimal" as const, operator: "greaterThanOrEqual" as const, formulae: [rule.min] }
    : { ...messages, type: "decimal" as const, operator: "between" as const, formulae: [rule.min, rule.max] };
}

function eachCell(sheet: Worksheet, range: string, visit: (address: string) => void): void {
  const [from, to = from] = range.split(":");
  const start = sheet.getCell(from);
  const end = sheet.getCell(to);
  for (let row = Number(start.row); row <= Number(end.row); row++) {
    for (let col = Number(start.col); col <= Number(end.col); col++) visit(sheet.getCell(row, col).address);
  }
}
