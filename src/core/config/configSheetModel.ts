import { cellAddress } from "../cells/cellAddress";
import type { CellModel, CellStyle, SheetModel, ValidationModel } from "../model/sheetModel";
import { AMOUNT_FORMAT } from "../rankingSheet/numberFormats";
import { AWARD_WORDS, CONFIG_CHOICES, CONFIG_HINTS, CONFIG_LABELS as L, CONFIG_SHEET_NAME, DIRECTION_WORDS, METHOD_WORDS, NO, PERIOD_WORDS, YES } from "./configSheetLayout";
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
 * (Giải | Tiền thưởng (đồng)) and the rules table, one row per rule (its last column, Đưa vào mẫu, is
 * the rule's `template`), then the points method's blocks. Unset rule keys stay blank (they take the
 * defaults), so `readConfigSheet` gives back the same configuration. The word choices (Kỳ đánh giá,
 * Cách xếp hạng, Cách tính điểm chỉ tiêu) are dropdowns: Excel data validation listing the sheet's words.
 *
 * @example configSheetModel(defaultConfig(2024)).cells.find((c) => c.address === "B5")?.value === 2024
 */
export function configSheetModel(config: RankingConfig): SheetModel {
  const cells: CellModel[] = [];
  const validations: ValidationModel[] = [];
  const put = (row: number, column: number, value: CellModel["value"], style: CellStyle) =>
    cells.push({ address: cellAddress(row, column), value, style });
  const choose: Choose = (row, column, choice, words) => validations.push(dropdown(cellAddress(row, column), choice, words));

  put(0, 0, L.title, TITLE);
  put(1, 0, L.instruction, { ...HINT, wrap: true, vertical: "top" });
  put(3, 0, L.general, SECTION);
  const settings: [string, CellModel["value"], CellStyle, string?][] = [
    [L.year, config.year, { ...EDIT, numberFormat: "0", horizontal: "left" }],
    [L.period, PERIOD_WORDS[config.period], EDIT, CONFIG_HINTS.period],
    [L.cap, config.cap, { ...EDIT, numberFormat: "General", horizontal: "left" }, CONFIG_HINTS.cap],
    [L.commune, config.commune ?? null, EDIT],
    [L.place, config.place ?? null, EDIT, CONFIG_HINTS.place],
    [L.signer, config.signer ?? null, EDIT, CONFIG_HINTS.signer],
    [L.signerTitle, config.signerTitle ?? null, EDIT, CONFIG_HINTS.signerTitle],
  ];
  settings.forEach(([label, value, style, hint], index) => {
    put(4 + index, 0, label, LABEL);
    put(4 + index, 1, value, style);
    if (hint) put(4 + index, 2, hint, HINT);
  });
  choose(5, 1, "period", Object.values(PERIOD_WORDS));

  let row = 10;
  put(row, 0, L.prizes, SECTION);
  put(row + 1, 0, L.prizeName, HEADER);
  put(row + 1, 1, L.prizeAmount, HEADER);
  put(row + 1, 2, L.prizeCount, HEADER);
  put(row + 1, 3, CONFIG_HINTS.prizeCount, HINT);
  row += 2;
  for (const prize of config.prizes) {
    put(row, 0, prize.name, EDIT);
    put(row, 1, prize.amount, { ...EDIT, numberFormat: AMOUNT_FORMAT, horizontal: "right" });
    put(row, 2, prize.count ?? null, { ...EDIT, horizontal: "center" });
    row += 1;
  }

  row += 1;
  put(row, 0, L.rules, SECTION);
  [L.ruleMatch, L.ruleMandatory, L.ruleWeight, L.ruleDirection, L.ruleExclude, L.ruleExempt, L.rulePoints, L.ruleTemplate, L.ruleTarget].forEach((label, column) => put(row + 1, column, label, HEADER));
  const rulesHeaderRow = row + 1;
  row += 2;
  for (const rule of config.indicators) {
    put(row, 0, rule.match, EDIT);
    put(row, 1, yesNo(rule.mandatory), { ...EDIT, horizontal: "center" });
    put(row, 2, rule.weight ?? null, { ...EDIT, horizontal: "center" });
    put(row, 3, rule.direction ? DIRECTION_WORDS[rule.direction] : null, EDIT);
    put(row, 4, yesNo(rule.exclude), { ...EDIT, horizontal: "center" });
    put(row, 5, rule.exempt === undefined ? null : rule.exempt.join("; "), EDIT);
    put(row, 6, rule.points ?? null, { ...EDIT, horizontal: "center" });
    put(row, 7, yesNo(rule.template), { ...EDIT, horizontal: "center" });
    put(row, 8, rule.target ?? null, { ...EDIT, horizontal: "center" });
    row += 1;
  }
  put(rulesHeaderRow - 1, 2, CONFIG_HINTS.rulePoints, HINT);
  put(rulesHeaderRow - 1, 7, CONFIG_HINTS.ruleTemplate, HINT);
  put(rulesHeaderRow - 1, 8, CONFIG_HINTS.ruleTarget, HINT);
  row += 1;
  row = pointsBlocks(config, row, put, choose);

  return {
    name: CONFIG_SHEET_NAME,
    cells,
    merges: ["A1:G1", "A2:G2"],
    columnWidths: [52, 22, 14, 34, 24, 30, 14, 18, 22],
    rowHeights: { 2: 48, [rulesHeaderRow + 1]: 32 },
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 }, centerHorizontally: false },
    chart: null,
    printTitleRows: null,
    freezeAt: null,
    validations,
  };
}

type Choose = (row: number, column: number, choice: "period" | "method" | "award", words: string[]) => void;

/** A dropdown of the sheet's words on one cell; a blank cell stays allowed (it takes the default). */
function dropdown(address: string, choice: "period" | "method" | "award", words: string[]): ValidationModel {
  return { range: address, rule: { type: "list", items: words }, prompt: CONFIG_CHOICES[choice], error: CONFIG_CHOICES.refused };
}

// Blank cells are null, not "": a renderer formats text cells as text, and a number typed there later
// would then be stored as text.
function yesNo(value: boolean | undefined): string | null {
  if (value === undefined) return null;
  return value ? YES : NO;
}

// A share (0.85) as the sheet writes it, in percent (85); blank when not set.
function percent(share: number | undefined): number | null {
  return share === undefined ? null : Math.round(share * 10000) / 100;
}

type Put = (row: number, column: number, value: CellModel["value"], style: CellStyle) => void;

/**
 * The points method's settings and small tables (docs/scoring.md#points-method), each with its one-line explanation:
 * Chấm theo thang điểm (method, award, clamps, whether the commune filled the villages' points columns), the bands, the tiers, the roster and the adjustments.
 * Returns the row after the last block.
 */
function pointsBlocks(config: RankingConfig, start: number, put: Put, choose: Choose): number {
  let row = start;
  put(row, 0, L.pointsSection, SECTION);
  row += 1;
  const settings: [string, CellModel["value"], string][] = [
    [L.method, config.method ? METHOD_WORDS[config.method] : null, CONFIG_HINTS.method],
    [L.award, config.award ? AWARD_WORDS[config.award] : null, CONFIG_HINTS.award],
    [L.maxBonus, config.maxBonus ?? null, CONFIG_HINTS.maxBonus],
    [L.maxDeduction, config.maxDeduction ?? null, CONFIG_HINTS.maxDeduction],
    [L.communeFilled, yesNo(config.communeFilled), CONFIG_HINTS.communeFilled],
  ];
  choose(row, 1, "method", Object.values(METHOD_WORDS));
  choose(row + 1, 1, "award", Object.values(AWARD_WORDS));
  for (const [label, value, hint] of settings) {
    put(row, 0, label, LABEL);
    put(row, 1, value, typeof value === "number" ? { ...EDIT, horizontal: "left" } : EDIT);
    put(row, 2, hint, HINT);
    row += 1;
  }
  const table = (title: string, hint: string, headers: string[], rows: CellModel["value"][][]) => {
    row += 1;
    put(row, 0, title, SECTION);
    put(row + 1, 0, hint, HINT);
    headers.forEach((label, column) => put(row + 2, column, label, HEADER));
    row += 3;
    for (const values of rows) {
      values.forEach((value, column) => put(row, column, value, EDIT));
      row += 1;
    }
  };
  table(
    L.bands,
    CONFIG_HINTS.bands,
    [L.bandFrom, L.bandAbove, L.bandBelow, L.bandTo, L.bandPoints],
    (config.bands ?? []).map((band) => [band.from ?? null, band.above ?? null, band.below ?? null, band.to ?? null, band.points]),
  );
  table(
    L.tiers,
    CONFIG_HINTS.tiers,
    [L.tierName, L.tierMin, L.tierShare, L.tierGroupShare],
    (config.tiers ?? []).map((tier) => [tier.name, tier.min ?? null, percent(tier.minShare), percent(tier.groupMinShare)]),
  );
  table(L.roster, CONFIG_HINTS.roster, [L.rosterName], (config.villages ?? []).map((name) => [name]));
  table(
    L.adjustments,
    CONFIG_HINTS.adjustments,
    [L.adjustmentVillage, L.adjustmentPoints, L.adjustmentReason],
    (config.adjustments ?? []).map((adjustment) => [adjustment.village, adjustment.points, adjustment.reason ?? null]),
  );
  return row;
}

