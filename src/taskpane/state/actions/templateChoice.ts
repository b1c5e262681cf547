import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import type { IndicatorRule } from "../../../core/config/rankingConfig";
import type { SheetCells } from "../../../core/model";
import { readTable } from "../../../core/table/readIndicatorTable";
import {
  templateIndicators,
  type TemplateIndicators,
} from "../../../core/template/templateIndicators";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";
import { configFrom } from "./readConfig";

/** The source's indicators as the templates would take them, with and without the configuration's rules. */
export interface TemplateChoice {
  /** With the configuration's rules: what the list shows ticked. */
  selection: TemplateIndicators;
  /** Without any rule: what a choice is compared with to write the rules (see `templateChoiceRules`). */
  basis: TemplateIndicators;
  rules: readonly IndicatorRule[];
  /** The configuration sheet is there and reads without error: the choice can be written back to it. */
  configWritable: boolean;
}

/**
 * Reads the source sheet, the villages' report sheets and the configuration sheet, and says which
 * indicators go into the templates (docs/outputs.md#which-indicators-go-into-a-template).
 *
 * @example await readTemplateChoice(excel, "vi", { source: "Chỉ tiêu 2024", reports: ["Nà Lầu"] }) → { ok: true, value: { selection: { basis: "village-reports", … }, … } }
 */
export async function readTemplateChoice(
  excel: ExcelPort,
  lang: Lang,
  choice: { source: string; reports: string[] },
): Promise<Outcome<TemplateChoice>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok)
    return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const hasConfig = listed.value.some((s) => s.name === CONFIG_SHEET_NAME);
  const reports = choice.reports.filter(
    (name) =>
      name !== choice.source && listed.value.some((s) => s.name === name),
  );
  const read = await excel.readWorksheets([
    choice.source,
    ...(hasConfig ? [CONFIG_SHEET_NAME] : []),
    ...reports,
  ]);
  if (!read.ok)
    return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const [source, ...rest] = read.value;
  const configCells = hasConfig ? rest[0] : undefined;
  const reportCells = hasConfig ? rest.slice(1) : rest;
  return {
    ok: true,
    value: templateChoiceOf(source, reportCells, configCells),
  };
}

/** `readTemplateChoice` on cells already read. */
export function templateChoiceOf(
  source: SheetCells,
  reports: readonly SheetCells[],
  configCells: SheetCells | undefined,
): TemplateChoice {
  const table = readTable(source);
  const year =
    table.parsed.title.year ?? table.header?.year ?? new Date().getFullYear();
  const config = configFrom(configCells, year);
  const rules = config.ok ? config.value.indicators : [];
  return {
    selection: templateIndicators(table, reports, rules),
    basis: templateIndicators(table, reports, []),
    rules,
    configWritable: configCells !== undefined && config.ok,
  };
}
