import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetModel } from "../../core/model";
import { renderSheet } from "./renderSheet";

/**
 * Writes sheet models to an .xlsx file, creating its folder if needed.
 *
 * @example await writeWorkbook("out/xep-hang-thi-dua-2024.xlsx", [buildRankingSheet(ranking, place)])
 */
export async function writeWorkbook(file: string, models: SheetModel[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Thi đua";
  for (const model of models) renderSheet(workbook, model);
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await workbook.xlsx.writeFile(file);
}
