import type { Finding, SheetCells } from "../../core/model";
import type { Lang } from "../args/parseArgs";
import type { CliIo } from "../io";
import { cliText } from "../text";
import { loadWorkbook } from "./loadWorkbook";
import { pickTableSheet } from "./pickTableSheet";

/**
 * The authoritative targets given with --targets: the file's target sheet (else its consolidated or
 * report sheet, for a village-specific template). When the file cannot be used, its one line is on
 * stderr and `sheet` is undefined.
 *
 * @example const { sheet } = await loadTargets("samples/chi-tieu-xa-2024.xlsx", io, "vi");
 */
export async function loadTargets(file: string, io: CliIo, lang: Lang): Promise<{ sheet: SheetCells | undefined; problem: Finding | null }> {
  const loaded = await loadWorkbook(file, io, lang);
  if (!loaded.ok) return { sheet: undefined, problem: loaded.finding };
  const sheet = pickTableSheet(loaded.sheets, ["targets", "consolidated", "report"])?.sheet;
  if (!sheet) io.err(cliText(lang).noTable(file));
  return { sheet, problem: null };
}
