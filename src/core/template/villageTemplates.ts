import { checkRules } from "../config/checkRules";
import type { IndicatorRule } from "../config/rankingConfig";
import type { SheetCells } from "../model/cells";
import type { Finding } from "../model/finding";
import type { Period } from "../model/ranking";
import type { SheetModel } from "../model/sheetModel";
import { readTable } from "../table/readIndicatorTable";
import { checkAssignedShares } from "../assignTargets/checkAssignedShares";
import { buildTemplateSheet, communeTargetCells } from "./buildTemplateSheet";
import { templateIndicators, type TemplateIndicators } from "./templateIndicators";
import { templateRows } from "./templateRows";
import type { PointsScale } from "./selfPointsValidation";
import { templateSheetName } from "./templateSheetName";

/**
 * The year of the templates. `year` is the configuration's: where the source's plan columns carry years
 * ("Chỉ tiêu 2024 | Chỉ tiêu 2025"), that year's are the templates' targets (docs/reading-tables.md#layouts). With none
 * configured (null), the source's own year is taken (its title's, else the latest among its columns), else
 * `fallbackYear` (the current year).
 */
export type TemplateYear = { year: number } | { year: null; fallbackYear: number };

export type TemplateOptions = TemplateYear & TemplateSettings;

export interface TemplateSettings {
  villages: readonly string[];
  period: Period;
  rules: readonly IndicatorRule[];
  /** The commune's name for the heading; the source sheet's title gives it when absent. */
  commune?: string | null;
  /** Sheet names already in the workbook the templates go into, never reused. */
  takenSheetNames?: ReadonlySet<string>;
  /** Where the rules were read from, to locate a rule that matches nothing (the configuration's file or sheet). */
  rulesSheet?: string;
  /** The points method's scale (docs/scoring.md#points-method): the templates then add Điểm chuẩn | Điểm tự chấm. */
  points?: PointsScale | null;
  /** The villages' own reports, which say which indicators apply where no village target does (see `templateIndicators`). */
  reports?: readonly SheetCells[];
}

export interface VillageTemplate {
  village: string;
  sheet: SheetModel;
  /** How many indicators the template holds. */
  indicators: number;
  /** The village's name could not be the sheet's name as it is ([]:*?/\ or past 31 characters). */
  renamed: boolean;
  /** Indicators whose target is left empty, only the commune's total being known. */
  communeOnly: number;
  /** The target cells the commune must still fill before sending, in row order (blue, locked). */
  communeCells: string[];
  /** Points method: indicators without maximum points (no rule's `points`, no Điểm chuẩn), not scored. */
  withoutPoints: number;
}

/**
 * Every village's report template (docs/outputs.md#report-templates) from the target sheet, or a consolidated sheet with each
 * village's own KH column, with a `config/rule-matches-nothing` error for each rule that matches no indicator
 * of the source; under the points method (`points`), with Điểm chuẩn and Điểm tự chấm. Without a usable table, the source's findings say why and no template is made.
 *
 * The year the templates are for comes back as `year`.
 *
 * @example villageTemplates(seedTargetSheet(), { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] }).templates[0].sheet.name === "Mẫu Nà Lầu"
 */
export function villageTemplates(
  source: SheetCells,
  options: TemplateOptions,
): { templates: VillageTemplate[]; findings: Finding[]; year: number; selection: TemplateIndicators } {
  const table = readTable(source, options.year === null ? {} : { year: options.year });
  const year = options.year ?? table.parsed.title.year ?? table.header?.year ?? options.fallbackYear;
  const selection = templateIndicators(table, options.reports ?? [], options.rules);
  if (table.parsed.layout === null || table.rows.length === 0) return { templates: [], findings: table.parsed.findings, year, selection };
  const included = new Set(selection.indicators.filter((indicator) => indicator.included).map((indicator) => indicator.row));
  const taken = new Set(options.takenSheetNames ?? []);
  const commune = options.commune ?? table.parsed.title.commune;
  const points = options.points ?? null;
  const templates = options.villages.map((village) => {
    const { name, changed } = templateSheetName(village, taken);
    taken.add(name);
    const rows = templateRows(table, village, options.rules, (row) => included.has(row));
    const indicatorRows = rows.filter((row) => row.kind === "indicator");
    return {
      village,
      sheet: buildTemplateSheet(rows, { village, sheetName: name, year, period: options.period, commune }, points),
      indicators: indicatorRows.length,
      renamed: changed,
      communeOnly: indicatorRows.filter((row) => row.communeTotal !== null).length,
      communeCells: communeTargetCells(rows),
      withoutPoints: points === null ? 0 : indicatorRows.filter((row) => row.maxPoints === null).length,
    };
  });
  // A rule whose `match` is in no indicator name (a misspelt `template: false`, say) is an error naming it.
  const ruleFindings = checkRules({ indicators: options.rules }, table.rows.map((row) => row.indicator.name), { sheet: options.rulesSheet ?? "" });
  // Shares of a "Giao chỉ tiêu" sheet that do not add up to the commune's total are said before sending.
  return { year, templates, selection, findings: [...ruleFindings, ...checkAssignedShares(table)] };
}
