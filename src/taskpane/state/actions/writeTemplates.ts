import { readTable } from "../../../core/table/readIndicatorTable";
import { CONFIG_SHEET_NAME, configSheetModel } from "../../../core/config/configSheet";
import { methodOf } from "../../../core/config/rankingConfig";
import { formatFinding } from "../../../core/messages";
import type { Period } from "../../../core/model";
import { templatesFor } from "../../../core/template/scoringFormTemplates";
import type { Lang } from "../../shell/lang";
import { templateStrings } from "../../strings/templateStrings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Notice } from "../notice";
import type { Outcome, Progress } from "../outcome";
import { configFrom } from "./readConfig";
import { templateChoiceOf } from "./templateChoice";
import { templateChoiceRules } from "../../../core/template/templateChoiceRules";

/** What the pane says after writing templates: the one line of target cells the commune must fill. */
export interface TemplatesWritten {
  sheets: string[];
  notice: Notice;
  /** Target cells the commune must fill, over all templates, and the first of them (docs/outputs.md#targets-the-commune-fills). */
  communeCells: number;
  firstCommuneCell: { sheet: string; cell: string } | null;
}

/**
 * Writes a report template sheet per village into the open workbook (docs/outputs.md#report-templates), named after the village
 * ("Mẫu Nà Lầu"; a name already in the workbook is never reused, so nothing is overwritten), and says how
 * to send each one. Under the configuration's points method the templates add Điểm chuẩn and Điểm tự chấm;
 * a configuration sheet with errors is left aside (the templates follow the defaults) and the notice says so. Villages: those typed, else the configuration's roster, else the consolidated sheet's.
 * Below the requirement sets for data validation or protection, the sheets are written without them and
 * the notice says so; a sheet whose guards (or other decorations) Excel refuses is named in the notice.
 *
 * @example await writeTemplates(excel, "vi", { source: "Chỉ tiêu 2024", villages: ["Nà Lầu"], period: "year" }, progress)
 *   → { ok: true, value: { sheets: ["Mẫu Nà Lầu"], notice: { intent: "success", … } } }
 */
export async function writeTemplates(
  excel: ExcelPort,
  lang: Lang,
  choice: { source: string | null; villages: string[]; period: Period; reports?: string[]; chosen?: ReadonlyMap<number, boolean> },
  progress: Progress,
): Promise<Outcome<TemplatesWritten>> {
  const words = templateStrings(lang);
  if (choice.source === null) return { ok: false, notice: { intent: "warning", text: words.pickSource } };
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const hasConfig = listed.value.some((s) => s.name === CONFIG_SHEET_NAME);
  const reportNames = (choice.reports ?? []).filter((name) => name !== choice.source && listed.value.some((s) => s.name === name));
  const read = await excel.readWorksheets([choice.source, ...(hasConfig ? [CONFIG_SHEET_NAME] : []), ...reportNames]);
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const [source, ...others] = read.value;
  const configCells = hasConfig ? others[0] : undefined;
  const reports = hasConfig ? others.slice(1) : others;
  const table = readTable(source);
  // The sheet's own year (its title's, else the latest among its columns) when the configuration gives none.
  const year = table.parsed.title.year ?? table.header?.year ?? new Date().getFullYear();
  const config = configFrom(configCells, year);
  const settings = config.ok ? config.value : null;
  const villages = choice.villages.length > 0 ? choice.villages : (settings?.villages ?? table.parsed.villageColumns.map((column) => column.village));
  if (villages.length === 0) return { ok: false, notice: { intent: "warning", text: words.noVillages } };
  // The indicators ticked in the pane become rules, kept on the configuration sheet where there is one.
  const listChoice = templateChoiceOf(source, reports, configCells);
  const rules = choice.chosen === undefined ? (settings?.indicators ?? []) : templateChoiceRules(listChoice.rules, listChoice.selection, choice.chosen, listChoice.basis);
  const rulesChanged = JSON.stringify(rules) !== JSON.stringify(settings?.indicators ?? []);
  if (rulesChanged && listChoice.configWritable && settings !== null) {
    const saved = await excel.writeSheet(configSheetModel({ ...settings, indicators: rules }), { activate: false });
    if (!saved.ok) return { ok: false, notice: failureNotice(excel, saved.failures, lang) };
  }
  // a scoring form gives each unit its form (docs/outputs.md#report-templates); the commune fills Điểm thẩm định when it says so
  const built = templatesFor(source, {
    verifiedUnlocked: settings?.communeFilled === true,
    villages,
    // The configuration's year picks the plan columns where years stand side by side (docs/reading-tables.md#layouts).
    ...(settings === null ? { year: null, fallbackYear: year } : { year: settings.year }),
    // The configuration sheet's period when there is one (docs/pane.md#the-period-and-the-configuration-sheet).
    period: hasConfig && settings !== null ? settings.period : choice.period,
    rules,
    reports,
    takenSheetNames: new Set(listed.value.map((s) => s.name)),
    points: settings !== null && methodOf(settings) === "points" ? settings : null,
    rulesSheet: CONFIG_SHEET_NAME,
  });
  if (built.templates.length === 0) return { ok: false, notice: { intent: "error", text: words.noTable(choice.source) } };

  const total = built.templates.length;
  progress(0, total);
  const refused: string[] = [];
  for (const [index, template] of built.templates.entries()) {
    const written = await excel.writeSheet(template.sheet, { activate: index === 0 });
    if (!written.ok) return { ok: false, notice: failureNotice(excel, written.failures, lang) };
    if (written.value && written.value.missing.length > 0) refused.push(words.refused(written.value.sheet, written.value.missing));
    progress(index + 1, total);
  }
  const guards = excel.guardsSupported?.() ?? { validation: false, protection: false };
  const missing = [guards.validation ? null : words.validation, guards.protection ? null : words.protection].filter((w): w is string => w !== null);
  const items = built.templates.flatMap((t) => [
    words.item(t.sheet.name, t.village, t.indicators),
    ...(t.renamed ? [words.renamed(t.village, t.sheet.name)] : []),
    ...(t.communeOnly > 0 ? [words.communeOnly(t.sheet.name, t.communeOnly)] : []),
    ...(t.withoutPoints > 0 ? [words.withoutPoints(t.sheet.name, t.withoutPoints)] : []),
  ]).concat(
    refused,
    config.ok ? [] : [words.configIgnored],
    rulesChanged ? [listChoice.configWritable ? words.choiceSaved : words.choiceNotSaved] : [],
    built.findings.map((f) => formatFinding(f, lang)),
  );
  const communeCells = built.templates.reduce((sum, t) => sum + t.communeCells.length, 0);
  const first = built.templates.find((t) => t.communeCells.length > 0);
  const text = [words.written(total), ...(missing.length > 0 ? [words.noGuards(missing.join(lang === "vi" ? " và " : " and "))] : [])].join(" ");
  return {
    ok: true,
    value: {
      communeCells,
      firstCommuneCell: first === undefined ? null : { sheet: first.sheet.name, cell: first.communeCells[0] },
      sheets: built.templates.map((t) => t.sheet.name),
      notice: { intent: missing.length > 0 || refused.length > 0 || !config.ok || built.findings.length > 0 ? "warning" : "success", text, items, todo: words.howToSend } },
  };
}
