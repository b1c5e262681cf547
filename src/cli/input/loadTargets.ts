import type { Finding, SheetCells } from "../../core/model";
import { readIndicatorTable } from "../../core/table/readIndicatorTable";
import type { Lang } from "../args/parseArgs";
import type { CliIo } from "../io";
import { cliText } from "../text";
import { loadWorkbook } from "./loadWorkbook";
import { pickTableSheet } from "../../core/table/pickTableSheet";

/**
 * The authoritative targets given with --targets: the file's target sheet (else its consolidated or
 * report sheet, for a village-specific template). When the file cannot be used, its one line is on
 * stderr, `sheet` is undefined and `problems` says why (`file/unreadable`, or each sheet's table finding).
 *
 * @example const { sheet } = await loadTargets("samples/chi-tieu-xa-2024.xlsx", io, "vi");
 */
export async function loadTargets(file: string, io: CliIo, lang: Lang): Promise<{ sheet: SheetCells | undefined; problems: Finding[] }> {
  const loaded = await loadWorkbook(file, io, lang);
  if (!loaded.ok) return { sheet: undefined, problems: [loaded.finding] };
  const sheet = pickTableSheet(loaded.sheets, ["targets", "consolidated", "report"])?.sheet;
  if (sheet) return { sheet, problems: [] };
  io.err(cliText(lang).noTable(file));
  return { sheet: undefined, problems: loaded.sheets.flatMap((s) => readIndicatorTable(s).findings) };
}
