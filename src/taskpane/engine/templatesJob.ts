import { CONFIG_SHEET_NAME } from "../../core/config/configSheet";
import { type IndicatorRule, methodOf, type RankingConfig } from "../../core/config/rankingConfig";
import type { Finding, Period, SheetCells } from "../../core/model";
import { readTable } from "../../core/table/readIndicatorTable";
import { templatesFor } from "../../core/template/scoringFormTemplates";
import { templateChoiceRules } from "../../core/template/templateChoiceRules";
import { configFrom } from "../state/actions/readConfig";
import { templateChoiceOf } from "../state/actions/templateChoice";

/** The cells the report templates are made from, and what staff chose. */
export interface TemplatesInput {
  source: SheetCells;
  config: SheetCells | null;
  /** The villages' own reports: which indicators apply to them (docs/outputs.md#which-indicators-go-into-a-template). */
  reports: SheetCells[];
  /** The villages typed; none: the configuration's roster, else the consolidated sheet's villages. */
  villages: string[];
  /** The period chosen in the pane, used only without a configuration sheet. */
  period: Period;
  /** Every sheet name of the workbook, never reused for a template. */
  taken: string[];
  /** The indicators ticked or unticked in the list, by the source's row; none: the configuration's rules. */
  chosen?: ReadonlyMap<number, boolean>;
}

/**
 * The templates built, with whether the configuration could be read; no villages at all when none was
 * found. `rules` are the configuration's rules with the ticks of the list, to be written back to the
 * configuration sheet when `rulesChanged` and `configWritable`.
 */
export interface TemplatesOutput {
  villages: number;
  configRead: boolean;
  templates: ReturnType<typeof templatesFor>["templates"];
  findings: Finding[];
  rules: IndicatorRule[];
  rulesChanged: boolean;
  configWritable: boolean;
  /** The configuration read, the sheet the rules are written back into. */
  settings: RankingConfig | null;
}

/**
 * A report template per village (a scoring form per unit where the commune's table is one) from the source
 * table (docs/outputs.md#report-templates), under the configuration's rules and the list's ticks and, with
 * the points method, its points.
 *
 * @example await templatesJob({ source, config: null, reports: [], villages: ["Nà Lầu"], period: "year", taken: ["Chỉ tiêu 2024"] }) → { villages: 1, configRead: true, templates: [{ sheet: { name: "Mẫu Nà Lầu", … }, … }], findings: [], … }
 */
export async function templatesJob(input: TemplatesInput): Promise<TemplatesOutput> {
  const { source } = input;
  const table = readTable(source);
  // The sheet's own year (its title's, else the latest among its columns) when the configuration gives none.
  const year = table.parsed.title.year ?? table.header?.year ?? new Date().getFullYear();
  const configCells = input.config ?? undefined;
  const config = configFrom(configCells, year);
  const settings = config.ok ? config.value : null;
  const villages = input.villages.length > 0 ? input.villages : (settings?.villages ?? table.parsed.villageColumns.map((column) => column.village));
  const none = { villages: 0, configRead: config.ok, templates: [], findings: [], rules: [], rulesChanged: false, configWritable: false, settings };
  if (villages.length === 0) return none;
  // The indicators ticked in the pane become rules, kept on the configuration sheet where there is one.
  const listChoice = templateChoiceOf(source, input.reports, configCells);
  const rules = input.chosen === undefined ? (settings?.indicators ?? []) : templateChoiceRules(listChoice.rules, listChoice.selection, input.chosen, listChoice.basis);
  const rulesChanged = JSON.stringify(rules) !== JSON.stringify(settings?.indicators ?? []);
  // a scoring form gives each unit its form (docs/outputs.md#report-templates); the commune fills Điểm thẩm định when it says so
  const built = templatesFor(source, {
    verifiedUnlocked: settings?.communeFilled === true,
    villages,
    // The configuration's year picks the plan columns where years stand side by side (docs/reading-tables.md#layouts).
    ...(settings === null ? { year: null, fallbackYear: year } : { year: settings.year }),
    // The configuration sheet's period when there is one (docs/pane.md#the-period-and-the-configuration-sheet).
    period: configCells !== undefined && settings !== null ? settings.period : input.period,
    rules,
    reports: input.reports,
    takenSheetNames: new Set(input.taken),
    points: settings !== null && methodOf(settings) === "points" ? settings : null,
    rulesSheet: CONFIG_SHEET_NAME,
  });
  return {
    villages: villages.length,
    configRead: config.ok,
    templates: built.templates,
    findings: built.findings,
    rules: [...rules],
    rulesChanged,
    configWritable: listChoice.configWritable && settings !== null,
    settings,
  };
}
