import { CONFIG_SHEET_NAME, configSheetModel } from "../../../core/config/configSheet";
import { formatFinding } from "../../../core/messages";
import type { Period } from "../../../core/model";
import { runEngine } from "../../engine/runEngine";
import { stringsFor } from "../../strings";
import type { Lang } from "../../shell/lang";
import { templateStrings } from "../../strings/templateStrings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Notice } from "../notice";
import type { Outcome, Progress } from "../outcome";

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
  const configCells = hasConfig ? others[0] : null;
  const reports = hasConfig ? others.slice(1) : others;
  const taken = listed.value.map((s) => s.name);
  const job = { source, config: configCells, reports, villages: choice.villages, period: choice.period, taken, ...(choice.chosen ? { chosen: choice.chosen } : {}) };
  const built = await runEngine("templates", job);
  if (!built.ok) return { ok: false, notice: { intent: "info", text: stringsFor(lang).sheets.cancelled } };
  const { templates, findings, configRead, rules, rulesChanged, configWritable, settings } = built.value;
  if (built.value.villages === 0) return { ok: false, notice: { intent: "warning", text: words.noVillages } };
  // The indicators ticked in the pane become rules, kept on the configuration sheet where there is one.
  if (rulesChanged && configWritable && settings !== null) {
    const saved = await excel.writeSheet(configSheetModel({ ...settings, indicators: rules }), { activate: false });
    if (!saved.ok) return { ok: false, notice: failureNotice(excel, saved.failures, lang) };
  }
  if (templates.length === 0) return { ok: false, notice: { intent: "error", text: words.noTable(choice.source) } };

  const total = templates.length;
  progress(0, total);
  const refused: string[] = [];
  for (const [index, template] of templates.entries()) {
    const written = await excel.writeSheet(template.sheet, { activate: index === 0 });
    if (!written.ok) return { ok: false, notice: failureNotice(excel, written.failures, lang) };
    if (written.value && written.value.missing.length > 0) refused.push(words.refused(written.value.sheet, written.value.missing));
    progress(index + 1, total);
  }
  const guards = excel.guardsSupported?.() ?? { validation: false, protection: false };
  const missing = [guards.validation ? null : words.validation, guards.protection ? null : words.protection].filter((w): w is string => w !== null);
  const items = templates.flatMap((t) => [
    words.item(t.sheet.name, t.village, t.indicators),
    ...(t.renamed ? [words.renamed(t.village, t.sheet.name)] : []),
    ...(t.communeOnly > 0 ? [words.communeOnly(t.sheet.name, t.communeOnly)] : []),
    ...(t.withoutPoints > 0 ? [words.withoutPoints(t.sheet.name, t.withoutPoints)] : []),
  ]).concat(
    refused,
    configRead ? [] : [words.configIgnored],
    rulesChanged ? [configWritable ? words.choiceSaved : words.choiceNotSaved] : [],
    findings.map((f) => formatFinding(f, lang)),
  );
  const communeCells = templates.reduce((sum, t) => sum + t.communeCells.length, 0);
  const first = templates.find((t) => t.communeCells.length > 0);
  const text = [words.written(total), ...(missing.length > 0 ? [words.noGuards(missing.join(lang === "vi" ? " và " : " and "))] : [])].join(" ");
  return {
    ok: true,
    value: {
      communeCells,
      firstCommuneCell: first === undefined ? null : { sheet: first.sheet.name, cell: first.communeCells[0] },
      sheets: templates.map((t) => t.sheet.name),
      notice: { intent: missing.length > 0 || refused.length > 0 || !configRead || findings.length > 0 ? "warning" : "success", text, items, todo: words.howToSend } },
  };
}
