import { cellAddress } from "../cells/cellAddress";
import { cellText } from "../cells/cellText";
import { toSheetGrid, valueAt, type SheetGrid } from "../cells/sheetGrid";
import type { Result, SheetCells } from "../model/cells";
import type { Finding } from "../model/finding";
import { foldText } from "../text/foldText";
import { parseVietnameseNumber } from "../values/parseVietnameseNumber";
import { readAwardCell, readDirectionCell, readListCell, readMethodCell, readNumberCell, readPeriodCell, readShareCell, readTextCell, readYesNoCell } from "./configCellReaders";
import { configIssueFindings } from "./configIssueFindings";
import { AWARD_WORDS, CONFIG_LABELS as L, CONFIG_SHEET_NAME, DIRECTION_WORDS, METHOD_WORDS, PERIOD_WORDS } from "./configSheetLayout";
import type { Period } from "../model/ranking";
import { rankingConfigSchema, type RankingConfig, type ScoringMethod } from "./rankingConfig";

type Reader = (value: unknown) => unknown;

const SETTINGS: { label: string; key: string; read: Reader }[] = [
  { label: L.year, key: "year", read: readNumberCell },
  { label: L.period, key: "period", read: readPeriodCell },
  { label: L.cap, key: "cap", read: readNumberCell },
  { label: L.commune, key: "commune", read: readTextCell },
  { label: L.place, key: "place", read: readTextCell },
  { label: L.signer, key: "signer", read: readTextCell },
  { label: L.signerTitle, key: "signerTitle", read: readTextCell },
  { label: L.method, key: "method", read: readMethodCell },
  { label: L.award, key: "award", read: readAwardCell },
  { label: L.maxBonus, key: "maxBonus", read: readNumberCell },
  { label: L.maxDeduction, key: "maxDeduction", read: readNumberCell },
  { label: L.communeFilled, key: "communeFilled", read: readYesNoCell },
];

// The points method's small tables (docs/scoring.md#points-method): each found by its header's first label, its
// columns in the order written.
const TABLES: { key: string; header: string; columns: { key: string; read: Reader }[] }[] = [
  {
    key: "bands",
    header: L.bandFrom,
    columns: [
      { key: "from", read: readNumberCell },
      { key: "above", read: readNumberCell },
      { key: "below", read: readNumberCell },
      { key: "to", read: readNumberCell },
      { key: "points", read: readNumberCell },
    ],
  },
  {
    key: "tiers",
    header: L.tierName,
    columns: [
      { key: "name", read: (value) => readTextCell(value) ?? "" },
      { key: "min", read: readNumberCell },
      { key: "minShare", read: readShareCell },
      // a floor per standard of a scoring form; the total may then be left blank (docs/configuration.md#points-method)
      { key: "groupMinShare", read: readShareCell },
    ],
  },
  { key: "villages", header: L.rosterName, columns: [{ key: "", read: (value) => readTextCell(value) ?? "" }] },
  {
    key: "adjustments",
    header: L.adjustmentVillage,
    columns: [
      { key: "village", read: (value) => readTextCell(value) ?? "" },
      { key: "points", read: readNumberCell },
      { key: "reason", read: readTextCell },
    ],
  },
];

const RULE_COLUMNS: { label: string; key: string; read: Reader }[] = [
  { label: L.ruleMatch, key: "match", read: (value) => readTextCell(value) ?? "" },
  { label: L.ruleMandatory, key: "mandatory", read: readYesNoCell },
  { label: L.ruleWeight, key: "weight", read: readNumberCell },
  { label: L.ruleDirection, key: "direction", read: readDirectionCell },
  { label: L.ruleExclude, key: "exclude", read: readYesNoCell },
  { label: L.ruleExempt, key: "exempt", read: readListCell },
  { label: L.rulePoints, key: "points", read: readNumberCell },
  { label: L.ruleTemplate, key: "template", read: readYesNoCell },
  // a number ("92,5%" is 92,5) or a word (Đạt, Tốt)
  { label: L.ruleTarget, key: "target", read: (value) => (typeof value === "number" ? value : readTargetText(value)) },
];

const RULE_MATCH_HEADER = foldText(L.ruleMatch);
const SECTION_TITLES = new Set([L.general, L.prizes, L.rules, L.pointsSection, L.bands, L.tiers, L.roster, L.adjustments].map(foldText));

interface Collected {
  input: Record<string, unknown>;
  /** The cell each field was read from, for the findings. */
  cellOf: Map<string, string>;
}

/**
 * Reads the "Cấu hình xếp hạng" sheet (see `configSheetModel`) into a configuration. Blocks are found by
 * their labels wherever they are; blank rows are skipped; numbers may be typed as text ("5.000.000"),
 * yes/no as "Có", "có", "CÓ", "x" or "Không". A blank setting takes its default (`today.year` for Năm);
 * a prizes block with no rows means no prizes. Each problem is a finding at the cell of the bad field.
 *
 * @example readConfigSheet(cellsOf(configSheetModel(config)), { year: 2024 }) // { ok: true, value: config }
 */
export function readConfigSheet(sheet: SheetCells, today: { year: number }): Result<RankingConfig, Finding[]> {
  const { input, cellOf } = collect(toSheetGrid(sheet));
  if (input.year === undefined) input.year = today.year;
  // An empty table is an absent key: the sheet created with defaults has every table, empty.
  for (const { key } of TABLES) if (Array.isArray(input[key]) && (input[key] as unknown[]).length === 0) delete input[key];
  const parsed = rankingConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const locate = (field: string) => ({ sheet: CONFIG_SHEET_NAME, cell: nearestCell(field, cellOf) });
  return { ok: false, failures: configIssueFindings(parsed.error.issues, input, locate).map((f) => inSheetWords(sheetLabelled(f, input))) };
}

// The schema's allowed values are its own keys ("year | half"); staff see the words of the sheet.
const SHEET_WORDS: Record<string, string> = {
  period: `${PERIOD_WORDS.year} | ${PERIOD_WORDS.half}`,
  direction: `${DIRECTION_WORDS.higher} | ${DIRECTION_WORDS.lower}`,
  method: `${METHOD_WORDS.ratio} | ${METHOD_WORDS.points}`,
  award: `${AWARD_WORDS.proportional} | ${AWARD_WORDS["all-or-nothing"]} | ${AWARD_WORDS.full}`,
};

/** `details.label`: "prizes[1].amount" as the sheet says it, "Tiền thưởng của Giải Nhì" (docs/pane.md#checking), for the messages. */
function sheetLabelled(f: Finding, input: Record<string, unknown>): Finding {
  const field = String(f.details?.field ?? "");
  const label = labelOf(field, input);
  return label === null ? f : { ...f, details: { ...f.details, label } };
}

function labelOf(field: string, input: Record<string, unknown>): string | null {
  const setting = SETTINGS.find((s) => s.key === field);
  if (setting) return setting.label;
  const prize = /^prizes\[(\d+)\]\.(name|amount|count)$/u.exec(field);
  if (prize) {
    const index = Number(prize[1]);
    const name = (input.prizes as { name?: unknown }[] | undefined)?.[index]?.name;
    const which = typeof name === "string" && name.trim() !== "" ? name.trim() : `giải thứ ${index + 1}`;
    const word = prize[2] === "amount" ? plain(L.prizeAmount) : prize[2] === "count" ? "Số giải" : plain(L.prizeName);
    return `${word} của ${which}`;
  }
  const rule = /^indicators\[(\d+)\]\.(\w+)$/u.exec(field);
  const column = rule ? RULE_COLUMNS.find((c) => c.key === rule[2]) : undefined;
  if (rule && column) {
    const match = (input.indicators as { match?: unknown }[] | undefined)?.[Number(rule[1])]?.match;
    return typeof match === "string" && match.trim() !== "" ? `${plain(column.label)} của quy tắc “${match.trim()}”` : `${plain(column.label)} của quy tắc thứ ${Number(rule[1]) + 1}`;
  }
  return null;
}

// "Tiền thưởng (đồng)" → "Tiền thưởng".
function plain(label: string): string {
  return label.replace(/\s*\(.*\)$/u, "");
}

function inSheetWords(f: Finding): Finding {
  const key = String(f.details?.field ?? "").replace(/^.*\./, "");
  return f.details?.problem === "not-allowed-value" && SHEET_WORDS[key] ? { ...f, expected: SHEET_WORDS[key] } : f;
}

/**
 * Where each adjustment of the sheet is (its village's cell), to locate `village/adjustment-without-report`.
 *
 * @example configAdjustmentCells(sheet)(0) === "A52"
 */
export function configAdjustmentCells(sheet: SheetCells): (index: number) => string | null {
  const { cellOf } = collect(toSheetGrid(sheet));
  return (index) => cellOf.get(`adjustments[${index}]`) ?? null;
}

/**
 * Where each rule of the sheet is (the cell of its "Chỉ tiêu có chứa"), to locate
 * `config/rule-matches-nothing` findings: pass it as `cellOf` to `checkRules` or `rankVillages`.
 *
 * @example configRuleCells(sheet)(0) === "A20"
 */
export function configRuleCells(sheet: SheetCells): (ruleIndex: number) => string | null {
  const { cellOf } = collect(toSheetGrid(sheet));
  return (ruleIndex) => cellOf.get(`indicators[${ruleIndex}]`) ?? null;
}

/** The settings the pane shows, as the configuration sheet says them, and the cell of each. */
export interface ConfigSettings {
  /** null: the cell holds something that is not a year (its finding comes from `readConfigSheet`). */
  year: number | null;
  /** null: a word that is none of the choices. */
  period: Period | null;
  method: ScoringMethod | null;
  /** The value cell of each setting's row (right of its label); null when the sheet has no such row. */
  cells: Record<"year" | "period" | "method", string | null>;
}

/**
 * The year, period and method of the sheet, each read on its own, so a mistake elsewhere on the sheet
 * does not hide them (docs/pane.md#the-period-and-the-configuration-sheet). A blank setting is its default,
 * as for `readConfigSheet`; rows are found by their labels wherever staff moved them.
 *
 * @example readConfigSettings(cellsOf(configSheetModel(defaultConfig(2024))), { year: 2024 })
 *   // { year: 2024, period: "year", method: "ratio", cells: { year: "B5", period: "B6", method: "B…" } }
 */
export function readConfigSettings(sheet: SheetCells, today: { year: number }): ConfigSettings {
  const { input, cellOf } = collect(toSheetGrid(sheet));
  const year = input.year === undefined ? today.year : rankingConfigSchema.shape.year.safeParse(input.year).data ?? null;
  const period = input.period === undefined ? "year" : input.period === "year" || input.period === "half" ? input.period : null;
  const method = input.method === undefined ? "ratio" : input.method === "ratio" || input.method === "points" ? input.method : null;
  return { year, period, method, cells: { year: cellOf.get("year") ?? null, period: cellOf.get("period") ?? null, method: cellOf.get("method") ?? null } };
}

function collect(grid: SheetGrid): Collected {
  const input: Record<string, unknown> = {};
  const cellOf = new Map<string, string>();
  let block: "none" | "prizes" | "rules" | "table" = "none";
  let table: (typeof TABLES)[number] | null = null;
  let tableRows: unknown[] = [];
  let ruleColumns: { column: number; key: string; read: Reader }[] = [];
  const prizes: Record<string, unknown>[] = [];
  const rules: Record<string, unknown>[] = [];

  grid.values.forEach((cells, row) => {
    const first = foldText(cellText(cells[0]));
    const setting = SETTINGS.find(({ label }) => foldText(label) === first);
    if (setting) {
      const value = setting.read(valueAt(grid, row, 1));
      if (value !== undefined) input[setting.key] = value;
      cellOf.set(setting.key, cellAddress(row, 1));
      return;
    }
    const startsTable = TABLES.find(({ header }) => foldText(header) === first);
    if (startsTable) {
      block = "table";
      table = startsTable;
      tableRows = [];
      input[startsTable.key] = tableRows;
      cellOf.set(startsTable.key, cellAddress(row, 0));
      return;
    }
    if (first === foldText(L.prizeName) && foldText(cellText(cells[1])) === foldText(L.prizeAmount)) {
      block = "prizes";
      input.prizes = prizes;
      cellOf.set("prizes", cellAddress(row, 0));
      return;
    }
    if (cells.some((cell) => foldText(cellText(cell)) === RULE_MATCH_HEADER)) {
      block = "rules";
      ruleColumns = headerColumns(cells);
      input.indicators = rules;
      cellOf.set("indicators", cellAddress(row, ruleColumns.find(({ key }) => key === "match")?.column ?? 0));
      return;
    }
    if (SECTION_TITLES.has(foldText(cellText(cells.find((cell) => cellText(cell) !== ""))))) {
      block = "none";
      return;
    }
    if (block === "table" && table !== null && table.columns.some((_, column) => cellText(cells[column]) !== "")) {
      const index = tableRows.length;
      const entry: Record<string, unknown> = {};
      table.columns.forEach(({ key, read }, column) => {
        entry[key] = read(cells[column]);
        cellOf.set(key === "" ? `${table!.key}[${index}]` : `${table!.key}[${index}].${key}`, cellAddress(row, column));
      });
      cellOf.set(`${table.key}[${index}]`, cellAddress(row, 0));
      tableRows.push(table.columns.length === 1 ? entry[""] : withoutBlanks(entry));
      return;
    }
    if (block === "prizes" && (cellText(cells[0]) !== "" || cellText(cells[1]) !== "")) {
      const index = prizes.length;
      prizes.push(withoutBlanks({ name: readTextCell(cells[0]) ?? "", amount: readNumberCell(cells[1]), count: readNumberCell(cells[2]) }));
      cellOf.set(`prizes[${index}].name`, cellAddress(row, 0));
      cellOf.set(`prizes[${index}].amount`, cellAddress(row, 1));
      cellOf.set(`prizes[${index}].count`, cellAddress(row, 2));
    }
    if (block === "rules" && ruleColumns.some(({ column }) => cellText(cells[column]) !== "" || typeof cells[column] === "boolean")) {
      const index = rules.length;
      const rule: Record<string, unknown> = {};
      for (const { column, key, read } of ruleColumns) {
        rule[key] = read(cells[column]);
        cellOf.set(`indicators[${index}].${key}`, cellAddress(row, column));
      }
      const matchColumn = ruleColumns.find(({ key }) => key === "match")?.column ?? 0;
      cellOf.set(`indicators[${index}]`, cellAddress(row, matchColumn));
      rules.push(withoutBlanks(rule));
    }
  });
  return { input, cellOf };
}

// Staff may reorder the rule columns; each is found by the start of its header.
function headerColumns(cells: readonly unknown[]): { column: number; key: string; read: Reader }[] {
  const found: { column: number; key: string; read: Reader }[] = [];
  cells.forEach((cell, column) => {
    const header = foldText(cellText(cell));
    const rule = RULE_COLUMNS.find(({ label }) => header !== "" && foldText(label).startsWith(header.split(" ").slice(0, 2).join(" ")));
    if (rule && !found.some(({ key }) => key === rule.key)) found.push({ column, key: rule.key, read: rule.read });
  });
  return found;
}

function withoutBlanks(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

const LAST_STEP = /(\.[^.[\]]+|\[\d+\])$/;

// "indicators[2].weight" falls back to "indicators[2]", then to "indicators" (the table's header).
function nearestCell(field: string, cellOf: Map<string, string>): string | null {
  for (let current = field; ; current = current.replace(LAST_STEP, "")) {
    const cell = cellOf.get(current);
    if (cell) return cell;
    if (!LAST_STEP.test(current)) return null;
  }
}

/** A rule's target typed on the sheet: a number with or without "%" ("92,5%"), else the word as written. */
function readTargetText(value: unknown): unknown {
  const text = readTextCell(value);
  if (text === undefined) return undefined;
  const parsed = parseVietnameseNumber(text);
  return parsed !== null && (parsed.unit === null || parsed.unit === "%") ? parsed.value : text;
}
