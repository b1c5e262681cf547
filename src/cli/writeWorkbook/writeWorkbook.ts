import ExcelJS from "exceljs";
import type { SheetModel } from "../../core/model";
import { writeFileAtomic } from "../files/writeFileAtomic";
import { renderSheet, type Decoration } from "./renderSheet";

/** A sheet whose data is all in the file, and the decorations that could not be rendered. */
export interface SheetRendered {
  sheet: string;
  missing: Decoration[];
}

/**
 * Writes sheet models to an .xlsx file, creating its folder if needed. Each sheet's data is written
 * whole; a decoration the library refuses is left out and named in the result. The file is replaced whole
 * or not at all (see `writeFileAtomic`): a failed write never leaves last year's ranking truncated.
 *
 * @example await writeWorkbook("out/xep-hang-thi-dua-2024.xlsx", [buildRankingSheet(ranking, place)]) → [{ sheet: "Xếp hạng thi đua 2024", missing: [] }]
 */
export async function writeWorkbook(file: string, models: SheetModel[]): Promise<SheetRendered[]> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Thi đua";
  const rendered = models.map((model) => {
    const missing: Decoration[] = [];
    renderSheet(workbook, model, missing);
    return { sheet: model.name, missing };
  });
  await writeFileAtomic(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return rendered;
}
