import { CONFIG_SHEET_NAME } from "../../core/config/configSheet";
import { methodOf } from "../../core/config/rankingConfig";
import type { Finding, Period, SheetCells } from "../../core/model";
import { readTable } from "../../core/table/readIndicatorTable";
import { villageTemplates } from "../../core/template/villageTemplates";
import { configFrom } from "../state/actions/readConfig";

/** The cells the report templates are made from, and what staff chose. */
export interface TemplatesInput {
  source: SheetCells;
  config: SheetCells | null;
  /** The villages typed; none: the configuration's roster, else the consolidated sheet's villages. */
  villages: string[];
  period: Period;
  /** Every sheet name of the workbook, never reused for a template. */
  taken: string[];
}

/** The templates built, with whether the configuration could be read; no villages at all when none was found. */
export interface TemplatesOutput {
  villages: number;
  configRead: boolean;
  templates: ReturnType<typeof villageTemplates>["templates"];
  findings: Finding[];
}

/**
 * A report template per village from the source table (docs/outputs.md#report-templates), under the
 * configuration's rules and, with the points method, its points.
 *
 * @example await templatesJob({ source, config: null, villages: ["Nà Lầu"], period: "year", taken: ["Chỉ tiêu 2024"] }) → { villages: 1, configRead: true, templates: [{ sheet: { name: "Mẫu Nà Lầu", … }, … }], findings: [] }
 */
export async function templatesJob(input: TemplatesInput): Promise<TemplatesOutput> {
  const table = readTable(input.source);
  // The sheet's own year (its title's, else the latest among its columns) when the configuration gives none.
  const year = table.parsed.title.year ?? table.header?.year ?? new Date().getFullYear();
  const config = configFrom(input.config ?? undefined, year);
  const settings = config.ok ? config.value : null;
  const villages = input.villages.length > 0 ? input.villages : (settings?.villages ?? table.parsed.villageColumns.map((column) => column.village));
  if (villages.length === 0) return { villages: 0, configRead: config.ok, templates: [], findings: [] };
  const built = villageTemplates(input.source, {
    villages,
    // The configuration's year picks the plan columns where years stand side by side (docs/reading-tables.md#layouts).
    ...(settings === null ? { year: null, fallbackYear: year } : { year: settings.year }),
    period: input.period,
    rules: settings?.indicators ?? [],
    takenSheetNames: new Set(input.taken),
    points: settings !== null && methodOf(settings) === "points" ? settings : null,
    rulesSheet: CONFIG_SHEET_NAME,
  });
  return { villages: villages.length, configRead: config.ok, templates: built.templates, findings: built.findings };
}
