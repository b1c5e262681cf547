import { cellAddress } from "../cells/cellAddress";
import type { CellModel, CellStyle, SheetModel } from "../model/sheetModel";
import { AMOUNT_FORMAT } from "../rankingSheet/numberFormats";
import { CONFIG_HINTS, CONFIG_LABELS as L, CONFIG_SHEET_NAME, DIRECTION_WORDS, NO, PERIOD_WORDS, YES } from "./configSheetLayout";
import type { RankingConfig } from "./rankingConfig";

const FONT = { name: "Times New Roman", size: 12 };
const BOX = { top: true, bottom: true, left: true, right: true };
const TITLE: CellStyle = { font: { ...FONT, size: 14, bold: true } };
const SECTION: CellStyle = { font: { ...FONT, bold: true } };
const HEADER: CellStyle = { font: { ...FONT, bold: true }, fill: "#D9E1F2", horizontal: "center", vertical: "middle", wrap: true, border: BOX };
const LABEL: CellStyle = { font: FONT, border: BOX };
const EDIT: CellStyle = { font: FONT, fill: "#FFF2CC", border: BOX };
const HINT: CellStyle = { font: { ...FONT, size: 11, italic: true, color: "#595959" } };

/**
 * The "Cấu hình xếp hạng" sheet for a configuration, for staff to edit in Excel: a title, one line of
 * instructions, the general settings (Năm, Kỳ đánh giá, Hệ số tối đa, Tên xã, Địa danh), the prizes
 * (Giải | Tiền thưởng (đồng)) and the rules table, one row per rule. Unset rule keys stay blank
 * (they take the defaults), so `readConfigSheet` gives back the same configuration.
 *
 * @example configSheetModel(defaultConfig(2024)).cells.find((c) => c.address === "B5")?.value === 2024
 */
export function configSheetModel(config: RankingConfig): SheetModel {
  const cells: CellModel[] = [];
  const put = (row: number, column: number, value: CellModel["value"], style: CellStyle) =>
    cells.push({ address: cellAddress(row, column), value, style });

  put(0, 0, L.title, TITLE);
  put(1, 0, L.instruction, { ...HINT, wrap: true, vertical: "top" });
  put(3, 0, L.general, SECTION);
  const settings: [string, CellModel["value"], CellStyle, string?][] = [
    [L.year, config.year, { ...EDIT, numberFormat: "0", horizontal: "left" }],
    [L.period, PERIOD_WORDS[config.period], EDIT, CONFIG_HINTS.period],
    [L.cap, config.cap, { ...EDIT, numberFormat: "General", horizontal: "left" }, CONFIG_HINTS.cap],
    [L.commune, config.commune ?? null, EDIT],
    [L.place, config.place ?? null, EDIT, CONFIG_HINTS.place],
  ];
  settings.forEach(([label, value, style, hint], index) => {
    put(4 + index, 0, label, LABEL);
    put(4 + index, 1, value, style);
    if (hint) put(4 + index, 2, hint, HINT);
  });

  let row = 10;
  put(row, 0, L.prizes, SECTION);
  put(row + 1, 0, L.prizeName, HEADER);
  put(row + 1, 1, L.prizeAmount, HEADER);
  row += 2;
  for (const prize of config.prizes) {
    put(row, 0, prize.name, EDIT);
    put(row, 1, prize.amount, { ...EDIT, numberFormat: AMOUNT_FORMAT, horizontal: "right" });
    row += 1;
  }

  row += 1;
  put(row, 0, L.rules, SECTION);
  [L.ruleMatch, L.ruleMandatory, L.ruleWeight, L.ruleDirection, L.ruleExclude, L.ruleExempt].forEach((label, column) => put(row + 1, column, label, HEADER));
  const rulesHeaderRow = row + 1;
  row += 2;
  for (const rule of config.indicators) {
    put(row, 0, rule.match, EDIT);
    put(row, 1, yesNo(rule.mandatory), { ...EDIT, horizontal: "center" });
    put(row, 2, rule.weight ?? null, { ...EDIT, horizontal: "center" });
    put(row, 3, rule.direction ? DIRECTION_WORDS[rule.direction] : null, EDIT);
    put(row, 4, yesNo(rule.exclude), { ...EDIT, horizontal: "center" });
    put(row, 5, rule.exempt === undefined ? null : rule.exempt.join("; "), EDIT);
    row += 1;
  }

  return {
    name: CONFIG_SHEET_NAME,
    cells,
    merges: ["A1:F1", "A2:F2"],
    columnWidths: [52, 22, 14, 34, 24, 30],
    rowHeights: { 2: 48, [rulesHeaderRow + 1]: 32 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 }, centerHorizontally: false },
    chart: null,
    printTitleRows: null,
    freezeAt: null,
  };
}

// Blank cells are null, not "": a renderer formats text cells as text, and a number typed there later
// would then be stored as text.
function yesNo(value: boolean | undefined): string | null {
  if (value === undefined) return null;
  return value ? YES : NO;
}
