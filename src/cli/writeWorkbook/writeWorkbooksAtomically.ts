import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetModel } from "../../core/model";
import { stageFile } from "../files/stageFile";
import { renderSheet, type Decoration } from "./renderSheet";
import type { SheetRendered } from "./writeWorkbook";

export type WriteAllOutcome =
  | { ok: true; books: { file: string; replaced: boolean; sheets: SheetRendered[] }[] }
  | { ok: false; file: string; error: unknown };

/**
 * Writes several workbooks, all or nothing. Each is rendered and written beside its place under a new
 * temporary name (see `stageFile`); only when every one is written are they moved into place, an existing
 * file first set aside so that it can be put back. On any failure the new files are removed, every file
 * set aside is restored, and the outcome names the file and carries the system's error: no file is left
 * half-written and no earlier file lost. A place that is a folder fails before anything moves. Each book
 * says whether it replaced a file, and which decorations of its sheets (guards: data validation and
 * protection) the library refused.
 *
 * @example await writeWorkbooksAtomically([{ file: "out/bao-cao-na-lau-2024.xlsx", sheets: [template] }])
 */
export async function writeWorkbooksAtomically(books: readonly { file: string; sheets: SheetModel[] }[]): Promise<WriteAllOutcome> {
  const staged: { file: string; target: string; temporary: string; sheets: SheetRendered[] }[] = [];
  const removeStaged = () => Promise.all(staged.map(({ temporary }) => fs.rm(temporary, { force: true }).catch(() => undefined)));
  for (const book of books) {
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.creator = "Thi đua";
      const sheets = book.sheets.map((model) => {
        const missing: Decoration[] = [];
        renderSheet(workbook, model, missing);
        return { sheet: model.name, missing };
      });
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      staged.push({ file: book.file, target: path.resolve(book.file), temporary: await stageFile(book.file, bytes), sheets });
    } catch (error) {
      await removeStaged();
      return { ok: false, file: book.file, error };
    }
  }

  const existing: boolean[] = [];
  for (const book of staged) {
    const found = await fs.lstat(book.target).catch(() => null);
    if (found?.isDirectory()) {
      await removeStaged();
      return { ok: false, file: book.file, error: Object.assign(new Error(`EISDIR: ${book.target}`), { code: "EISDIR" }) };
    }
    existing.push(found !== null);
  }

  const placed: string[] = [];
  const setAside: { target: string; backup: string }[] = [];
  for (const [index, book] of staged.entries()) {
    try {
      if (existing[index]) {
        const backup = path.join(path.dirname(book.target), `.${path.basename(book.target)}.${randomBytes(6).toString("hex")}.old`);
        await fs.rename(book.target, backup);
        setAside.push({ target: book.target, backup });
      }
      await fs.rename(book.temporary, book.target);
      placed.push(book.target);
    } catch (error) {
      await Promise.all(placed.map((file) => fs.rm(file, { force: true }).catch(() => undefined)));
      for (const { target, backup } of setAside) await fs.rename(backup, target).catch(() => undefined);
      await removeStaged();
      return { ok: false, file: book.file, error };
    }
  }
  await Promise.all(setAside.map(({ backup }) => fs.rm(backup, { force: true }).catch(() => undefined)));
  return { ok: true, books: staged.map((book, index) => ({ file: book.file, replaced: existing[index], sheets: book.sheets })) };
}
