import { checkRules } from "../config/checkRules";
import { matchesRule } from "../config/matchesRule";
import type { SheetCells } from "../model/cells";
import type { Finding } from "../model/finding";
import { resolveRules } from "../scoring/resolveRules";
import { readTable } from "../table/readIndicatorTable";
import { parentRows } from "../table/formTree";
import { isScoringForm } from "../table/scoringForm";
import { scoringFormSheet, type FormTemplateRow } from "./scoringFormSheet";
import { templateIndicators } from "./templateIndicators";
import { templateSheetName } from "./templateSheetName";
import { villageTemplates, type TemplateOptions, type VillageTemplate } from "./villageTemplates";

/** The templates' options; for a scoring form, whether Điểm thẩm định is left open for the commune (docs/outputs.md#report-templates). */
export type FormTemplateOptions = TemplateOptions & { verifiedUnlocked?: boolean };

/**
 * The templates for the commune's table, whichever it is (docs/outputs.md#report-templates): a scoring form (points
 * only) gives each unit its scoring form (see `scoringFormTemplates`), any other table the village report
 * templates of `villageTemplates`.
 *
 * @example templatesFor(communeTable, { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] }).templates[0].sheet.cells.some((c) => c.formula !== undefined) // true for a scoring form
 */
export function templatesFor(source: SheetCells, options: FormTemplateOptions): ReturnType<typeof villageTemplates> {
  if (!isScoringFormSource(source, options)) return villageTemplates(source, options);
  // a unit's form holds every criterion of the commune's table but those a rule leaves out
  const selection = templateIndicators(readTable(source, options.year === null ? {} : { year: options.year }), [], options.rules);
  return { ...scoringFormTemplates(source, options), selection };
}

/** Whether the commune's table is a scoring form: points columns, no target or actual (docs/scoring.md#points-method). */
export function isScoringFormSource(source: SheetCells, options: { year: number | null } = { year: null }): boolean {
  const table = readTable(source, options.year === null ? {} : { year: options.year });
  return table.header !== null && table.rows.length > 0 && isScoringForm(table.header);
}

/**
 * Every unit's scoring form from the commune's scoring table (docs/outputs.md#report-templates): its standards, items and
 * criteria in its order with their maxima (a rule's `points` first; `template: false` leaves a criterion
 * out), own and verified points to fill, the subtotals and the total as formulas (see `scoringFormSheet`).
 * A rule that matches no criterion is `config/rule-matches-nothing`, located on `rulesSheet`.
 *
 * @example scoringFormTemplates(communeTable, { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] }).templates[0].sheet.name === "Mẫu Nà Lầu"
 */
export function scoringFormTemplates(source: SheetCells, options: FormTemplateOptions): { templates: VillageTemplate[]; findings: Finding[]; year: number } {
  const table = readTable(source, options.year === null ? {} : { year: options.year });
  const year = options.year ?? table.parsed.title.year ?? table.header?.year ?? options.fallbackYear;
  if (table.parsed.layout === null || table.rows.length === 0) return { templates: [], findings: table.parsed.findings, year };
  const ruleFor = resolveRules(options.rules);
  const leftOut = options.rules.filter((rule) => rule.template === false);
  const rows: FormTemplateRow[] = table.rows
    .filter((row) => !leftOut.some((rule) => matchesRule(rule.match, row.indicator.name)))
    .map(({ indicator }) => ({ tt: indicator.tt, name: indicator.name, path: indicator.path, maxPoints: ruleFor(indicator.name).points ?? indicator.maxPoints ?? null }));
  const taken = new Set(options.takenSheetNames ?? []);
  const commune = options.commune ?? table.parsed.title.commune;
  const parents = parentRows(rows);
  const criteria = rows.filter((_, index) => !parents.has(index));
  const templates = options.villages.map((village): VillageTemplate => {
    const { name, changed } = templateSheetName(village, taken);
    taken.add(name);
    return {
      village,
      sheet: scoringFormSheet(rows, { village, sheetName: name, year, commune, verifiedUnlocked: options.verifiedUnlocked === true }),
      indicators: criteria.length,
      renamed: changed,
      communeOnly: 0,
      communeCells: [],
      withoutPoints: criteria.filter((row) => row.maxPoints === null).length,
    };
  });
  return { year, templates, findings: checkRules({ indicators: options.rules }, table.rows.map((row) => row.indicator.name), { sheet: options.rulesSheet ?? "" }) };
}
