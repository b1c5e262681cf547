import type { ParsedTable } from "../../core/table/readIndicatorTable";
import { readIndicatorTable } from "../../core/table/readIndicatorTable";
import type { CliOptions } from "../args/parseArgs";
import { loadWorkbook } from "../input/loadWorkbook";
import { pickSheet } from "../input/pickSheet";
import type { CliIo } from "../io";
import { findingJson } from "../output/findingJson";
import { formatValue } from "../output/formatValue";
import { indicatorsJson } from "../output/indicatorsJson";
import { printFindings } from "../output/printFindings";
import { shorten } from "../output/shorten";
import { textTable } from "../output/textTable";
import { cliText } from "../text";

/**
 * `thidua indicators <file.xlsx> [--sheet NAME] [--json]`: the groups and indicators of a table.
 * Exit 0, or 2 when the file or the sheet cannot be used.
 *
 * @example await indicatorsCommand(parsedOptions, io) === 0
 */
export async function indicatorsCommand(options: CliOptions, io: CliIo): Promise<number> {
  const { lang, json } = options;
  const text = cliText(lang);
  const file = options.files[0];
  const empty = () => (json ? io.out(JSON.stringify(indicatorsJson([], [], [], lang), null, 2)) : undefined);
  const loaded = await loadWorkbook(file, io, lang);
  if (!loaded.ok) {
    if (json) io.out(JSON.stringify({ groups: [], indicators: [], findings: [findingJson(loaded.finding, lang)] }, null, 2));
    return 2;
  }
  let table: ParsedTable;
  if (options.sheet !== null) {
    const sheet = pickSheet(loaded.sheets, options.sheet);
    if (sheet === null) {
      io.err(text.sheetNotFound(file, options.sheet, loaded.sheets.map((s) => s.name)));
      empty();
      return 2;
    }
    table = readIndicatorTable(sheet);
  } else {
    const tables = loaded.sheets.map((sheet) => readIndicatorTable(sheet));
    table = tables.find((t) => t.indicators.length > 0) ?? tables[0];
  }
  if (table.indicators.length === 0) {
    io.err(text.noTable(file));
    if (json) io.out(JSON.stringify(indicatorsJson([], [], table.findings, lang), null, 2));
    return 2;
  }
  if (json) {
    io.out(JSON.stringify(indicatorsJson(table.groups, table.indicators, table.findings, lang), null, 2));
    return 0;
  }
  const c = text.indicatorColumns;
  const rows = table.indicators.map((i) => [i.tt, shorten(i.name, 70), i.unit ?? "", formatValue(i.target)]);
  io.out(
    [
      text.indicatorsHeading(file, table.sheet, table.indicators.length, table.groups.length),
      "",
      textTable([c.tt, c.name, c.unit, c.target], rows, ["left", "left", "left", "right"]),
      "",
      ...printFindings(table.findings, lang, text),
    ].join("\n"),
  );
  return 0;
}
