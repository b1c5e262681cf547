import type { Finding, SheetCells } from "../../core/model";
import { formatFinding } from "../../core/messages";
import type { Lang } from "../args/parseArgs";
import type { CliIo } from "../io";
import { readWorkbookFile } from "../xlsx/readWorkbookFile";

/** A workbook's sheets, or the finding that says why it could not be read (already reported on stderr). */
export type Loaded = { ok: true; sheets: SheetCells[] } | { ok: false; finding: Finding };

/**
 * Reads a workbook; when it cannot be read, writes the one line that names the file and what to do.
 *
 * @example const report = await loadWorkbook("samples/thon-na-lau.xlsx", io, "vi");
 */
export async function loadWorkbook(file: string, io: CliIo, lang: Lang): Promise<Loaded> {
  const read = await readWorkbookFile(file);
  if (read.ok) return { ok: true, sheets: read.value };
  io.err(formatFinding(read.failures, lang));
  return { ok: false, finding: read.failures };
}
