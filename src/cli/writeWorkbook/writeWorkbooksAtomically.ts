import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetModel } from "../../core/model";
import { renderSheet } from "./renderSheet";

export type WriteAllOutcome = { ok: true } | { ok: false; file: string; reason: string };

/**
 * Writes several workbooks, all or nothing: each is written beside its place under a temporary name,
 * and only when every one is written are they renamed into place; on any failure the temporary files are
 * removed and no file is left half-written. The folder is created if needed.
 *
 * @example await writeWorkbooksAtomically([{ file: "out/bao-cao-na-lau-2024.xlsx", sheets: [template] }])
 */
export async function writeWorkbooksAtomically(books: readonly { file: string; sheets: SheetModel[] }[]): Promise<WriteAllOutcome> {
  const temporary: string[] = [];
  const pending: { from: string; to: string }[] = [];
  const fail = async (file: string, error: unknown): Promise<WriteAllOutcome> => {
    await Promise.all(temporary.map((temp) => fs.rm(temp, { force: true }).catch(() => undefined)));
    return { ok: false, file, reason: error instanceof Error && "code" in error ? String((error as NodeJS.ErrnoException).code) : String(error) };
  };
  for (const book of books) {
    const target = path.resolve(book.file);
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const workbook = new ExcelJS.Workbook();
      workbook.creator = "Thi đua";
      for (const sheet of book.sheets) renderSheet(workbook, sheet);
      const bytes = await workbook.xlsx.writeBuffer();
      temporary.push(temp);
      await fs.writeFile(temp, new Uint8Array(bytes as ArrayBuffer));
      pending.push({ from: temp, to: target });
    } catch (error) {
      return fail(book.file, error);
    }
  }
  for (const { from, to } of pending) {
    try {
      await fs.rename(from, to);
    } catch (error) {
      return fail(to, error);
    }
  }
  return { ok: true };
}
