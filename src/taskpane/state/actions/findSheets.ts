import { classifySheet } from "../../../core/checks/classifySheet";
import { CONFIG_SHEET_NAME, readConfigSheet } from "../../../core/config/configSheet";
import type { Period, SheetCells } from "../../../core/model";
import type { Lang } from "../../shell/lang";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome } from "../outcome";
import type { SheetInfo } from "../sheetInfo";
import { isBlank } from "./isBlank";
import { isOwnSheet } from "./ownSheets";

/** What the pane knows of the open workbook. */
export interface WorkbookScan {
  sheets: SheetInfo[];
  /** No sheet holds any value: sample data may be written. */
  empty: boolean;
  /** The year of the target sheet, else of any report; null when no sheet says. */
  year: number | null;
  /** The period set on the configuration sheet, when it has a valid one. */
  period: Period | null;
  configExists: boolean;
}

/**
 * Reads every worksheet once and says what each one is (target sheet, village report, consolidated sheet),
 * so the views can preselect the sheets staff most likely mean.
 *
 * @example await findSheets(excel, "vi") → { ok: true, value: { sheets: [{ name: "Chỉ tiêu 2024", layout: "targets", … }], … } }
 */
export async function findSheets(excel: ExcelPort, lang: Lang): Promise<Outcome<WorkbookScan>> {
  const listed = await excel.listWorksheets();
  if (!listed.ok) return { ok: false, notice: failureNotice(excel, listed.failures, lang) };
  const read = await excel.readWorksheets(listed.value.map((s) => s.name));
  if (!read.ok) return { ok: false, notice: failureNotice(excel, read.failures, lang) };
  const active = listed.value.find((s) => s.active)?.name;
  const sheets = read.value.map((cells) => ({ ...describeSheet(cells), active: cells.name === active }));
  const year = sheets.find((s) => s.layout === "targets" && s.year)?.year ?? sheets.find((s) => s.year)?.year ?? null;
  const configCells = read.value.find((s) => s.name === CONFIG_SHEET_NAME);
  return {
    ok: true,
    value: {
      sheets,
      empty: read.value.every(isBlank),
      year,
      period: configCells ? configuredPeriod(configCells, year) : null,
      configExists: configCells !== undefined,
    },
  };
}

function describeSheet(cells: SheetCells): SheetInfo {
  if (isOwnSheet(cells.name)) {
    return { name: cells.name, layout: null, village: null, year: null };
  }
  const found = classifySheet(cells);
  return { name: cells.name, layout: found.layout, village: found.village, year: found.year };
}

function configuredPeriod(cells: SheetCells, year: number | null): Period | null {
  const read = readConfigSheet(cells, { year: year ?? new Date().getFullYear() });
  return read.ok ? read.value.period : null;
}
