import ExcelJS from "exceljs";
import type { SheetModel } from "../../core/model";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { renderSheet } from "./renderSheet";

/**
 * Writes sheet models to an .xlsx file, creating its folder if needed. The file is replaced whole or not
 * at all (see `writeFileAtomic`): a failed write never leaves last year's ranking truncated.
 *
 * @example await writeWorkbook("out/xep-hang-thi-dua-2024.xlsx", [buildRankingSheet(ranking, place)])
 */
export async function writeWorkbook(file: string, models: SheetModel[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Thi đua";
  for (const model of models) renderSheet(workbook, model);
  await writeFileAtomic(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
