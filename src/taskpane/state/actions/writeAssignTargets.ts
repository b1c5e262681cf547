import { assignTargetsSheet } from "../../../core/assignTargets/assignTargetsSheet";
import { CONFIG_SHEET_NAME } from "../../../core/config/configSheet";
import { formatFinding } from "../../../core/messages";
import { readTable } from "../../../core/table/readIndicatorTable";
import type { Lang } from "../../shell/lang";
import { templateStrings } from "../../strings/templateStrings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Notice } from "../notice";
import type { Outcome } from "../outcome";
import { configFrom } from "./readConfig";

/**
 * Writes the "Giao chỉ tiêu <year>" sheet (docs/outputs.md#giving-villages-their-targets) from the commune's target sheet
 * into the open workbook, under a name not yet taken (a sheet of shares already typed is never replaced),
 * shown with its first KH cell to type selected. Villages: those typed, else the configuration's roster.
 *
 * @example await writeAssignTargets(excel, "vi", { source: "Chỉ tiêu 2024", villages: ["Nà Lầu", "Pá Ràng"] })
 *   → { ok: true, value: { sheet: "Giao chỉ tiêu 2024", notice: { intent: "success", … } } }
 */
export async function writeAssignTargets(
  excel: ExcelPort,
  lang: Lang,
  choice: { source: string | null; villages: string[] },
): Promise<Outcome<{ sheet: string; notice: Notice }>> {
  const words = templateStrings(lang);
  if (choice.source === null)
    return { ok: false, notice: { intent: "warning", text: words.pickSource } };
  const listed = await excel.listWorksheets();
  if (!listed.ok)
    return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const hasConfig = listed.value.some((s) => s.name === CONFIG_SHEET_NAME);
  const read = await excel.readWorksheets([
    choice.source,
    ...(hasConfig ? [CONFIG_SHEET_NAME] : []),
  ]);
  if (!read.ok)
    return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const [source, configCells] = read.value;
  const table = readTable(source);
  const year =
    table.parsed.title.year ?? table.header?.year ?? new Date().getFullYear();
  const config = configFrom(configCells, year);
  const settings = config.ok ? config.value : null;
  const villages =
    choice.villages.length > 0 ? choice.villages : (settings?.villages ?? []);
  if (villages.length === 0)
    return { ok: false, notice: { intent: "warning", text: words.noVillages } };
  const built = assignTargetsSheet(source, {
    villages,
    ...(settings === null
      ? { year: null, fallbackYear: year }
      : { year: settings.year }),
    rules: settings?.indicators ?? [],
  });
  if (!built.ok)
    return {
      ok: false,
      notice: {
        intent: "error",
        text: words.noTable(choice.source),
        items: built.findings.map((f) => formatFinding(f, lang)),
      },
    };
  const name = freeName(
    built.value.sheet.name,
    new Set(listed.value.map((s) => s.name.toLocaleLowerCase("vi"))),
  );
  const written = await excel.writeSheet(
    { ...built.value.sheet, name },
    { activate: true },
  );
  if (!written.ok)
    return { ok: false, notice: failureNotice(excel, written.failures, lang) };
  if (built.value.firstShare !== null) {
    const shown = await excel.selectCell(name, built.value.firstShare);
    if (!shown.ok)
      return { ok: false, notice: failureNotice(excel, shown.failures, lang) };
  }
  return {
    ok: true,
    value: {
      sheet: name,
      notice: {
        intent: "success",
        text: words.assignWritten(name, villages.length, built.value.shares),
        todo: words.assignTodo,
      },
    },
  };
}

// "Giao chỉ tiêu 2024 (2)" beside a sheet of shares already typed.
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}
