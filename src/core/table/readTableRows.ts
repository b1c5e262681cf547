import { cellAddress } from "../cells/cellAddress";
import { cellText } from "../cells/cellText";
import { readCellAt, type SheetGrid, valueAt } from "../cells/sheetGrid";
import { finding, type Finding } from "../model/finding";
import type { Group, Indicator, IndicatorKind } from "../model/indicator";
import { memoize } from "../text/memoize";
import { indicatorDirection } from "../semantics/indicatorDirection";
import { indicatorKind } from "../semantics/indicatorKind";
import { isCumulative } from "../semantics/isCumulative";
import { foldText } from "../text/foldText";
import { convertLegacyText, decodeLegacyText, type LegacyEncoding } from "../text/legacyEncoding";
import { compareUnits, unitKey } from "../units/unitCatalogue";
import { interpretValue } from "../values/interpretValue";
import { nameComparison } from "../values/nameComparison";
import { relativeComparison } from "../values/relativeComparison";
import { type ComparisonTarget, readComparison } from "../values/readComparison";
import { type CellReading, readCell } from "../values/readCell";
import { columnRole } from "./columnRole";
import { isDittoMark } from "./dittoMark";
import type { TableHeader } from "./findHeader";
import { isTotalRow } from "./isTotalRow";
import { formFigureColumns } from "./scoringForm";
import { type NameNumbering, nameNumbering } from "./nameNumbering";
import { type MarkSource, type OpenMark, RowLevels } from "./rowLevels";
import { isNumberedTt, ttStyle } from "./ttLevel";

/** An indicator row with what the checks need beyond the `Indicator` itself. */
export interface TableRow {
  indicator: Indicator;
  /** 0-based sheet row. */
  row: number;
  /** The target cell as read, before the indicator's kind gave it a meaning. */
  target: CellReading;
}

export interface TableRows {
  groups: Group[];
  rows: TableRow[];
  findings: Finding[];
}

interface OpenGroup extends OpenMark {
  level: number;
  name: string;
  key: string;
  /** A row with its own figures whose name's number makes it the parent of the rows below it. */
  parent?: { tt: string; row: number };
}

interface Draft {
  tt: string;
  name: string;
  unit: string;
  row: number;
  level: number | null;
  open: OpenGroup[];
}

// Where a document goes on after its table: recipients, signatures, notes.
const AFTER_TABLE = /^(noi nhan|tm uy ban|tm ubnd|t m uy ban|nguoi lap|xac nhan|truong thon|chu tich|pho chu tich|ky ten|ghi chu)\b/u;

/**
 * Reads the rows below a header: groups, sub-groups, indicators (with continuation rows joined to the
 * name before them), skipping blank and repeated header rows, and stopping where the document goes on
 * after the table; a row without a unit takes `sheetUnit`, the one written above the table. Findings:
 * unit/missing, target/missing (when the sheet has a target column), row/duplicate-indicator,
 * text/legacy-encoding.
 *
 * @example readTableRows(grid, header, "targets").rows[0].indicator.name === "Thu ngân sách nhà nước trên địa bàn"
 */
export function readTableRows(grid: SheetGrid, header: TableHeader, checkTargets: boolean, sheetUnit: string | null = null): TableRows {
  const { columns } = header;
  const groups: Group[] = [];
  const drafts: Draft[] = [];
  const targets: CellReading[] = [];
  const legacy = new LegacyTally(header.encoding);
  let open: OpenGroup[] = [];
  let lastWasIndicator = false;
  const text = (row: number, column: number | null): string => {
    if (column === null) return "";
    const raw = cellText(valueAt(grid, row, column));
    return raw === "" ? "" : legacy.decode(raw, row, column);
  };
  const actualColumns = [columns.actual, ...header.villages.flatMap((village) => [village.actualColumn, village.targetColumn])].filter(
    (column): column is number => column !== null,
  );
  // a scoring form's rows have points and nothing else: a row with points is a criterion (docs/scoring.md#points-method)
  actualColumns.push(...formFigureColumns(header));

  const counter = isRunningCounter(grid, header);
  const levels = new RowLevels();
  // the level of a numbered row with no figures opened by the row above: its rows go under it
  let groupAbove: number | null = null;
  let previousUpper: string | null = null;
  for (let row = header.lastRow + 1; row < grid.values.length; row++) {
    const cells = grid.values[row];
    if (cells.length === 0) continue;
    const tt = text(row, columns.tt);
    const written = text(row, columns.name);
    // a ditto mark (〃, "nt", "như trên") repeats the unit or target of the indicator row above
    const above = drafts.length > 0 ? drafts.length - 1 : null;
    const writtenUnit = text(row, columns.unit);
    const unit = above !== null && isDittoMark(writtenUnit) ? drafts[above].unit : writtenUnit;
    const writtenTarget = columns.target === null ? MISSING : readCellAt(grid, row, columns.target);
    const target = above !== null && writtenTarget.type === "text" && isDittoMark(writtenTarget.text) ? targets[above] : writtenTarget;
    const hasFigure = target.type !== "missing" || actualColumns.some((column) => hasValue(valueAt(grid, row, column)));
    if (tt === "" && unit === "" && isAfterTable(cells)) break;
    if (written === "") continue;
    if (isRepeatedHeader(written, tt, unit, hasFigure) || isColumnNumbering(cells, written)) continue;
    const numbered = nameNumbering(written, previousUpper);
    const name = numbered?.name ?? written;
    if (isTotalRow(name)) {
      lastWasIndicator = false;
      continue;
    }
    if (unit === "" && !hasFigure && numbered === null && tt === "" && lastWasIndicator && /^\p{Ll}/u.test(written)) {
      const draft = drafts[drafts.length - 1];
      draft.name = `${draft.name} ${written}`;
      continue;
    }
    // TT's numbering first, else the name's, each levelled in the order its styles appear: a name's
    // "1." under TT's "1" numbers within that row, it is not its sibling
    const ttMark: Marker | null = counter ? null : ttStyle(tt, previousUpper);
    const mark: Marker | null = ttMark ?? numbered;
    const source: MarkSource = ttMark === null ? "name" : "tt";
    const level: number | null = mark === null ? null : levels.levelOf(mark.style, source, open, groupAbove);
    const style = mark === null ? {} : { style: mark.style, source };
    if (mark?.style === "upper") previousUpper = mark.marker;
    if (unit === "" && !hasFigure) {
      const groupLevel = level ?? 1;
      open = open.filter((group) => group.level < groupLevel);
      // a number (10, IV) is part of a group's identity, whether written in TT or before the name
      const number = !counter && isNumberedTt(tt) ? tt : numbered !== null && isNumberedTt(numbered.marker) ? numbered.marker : null;
      const key = foldText(number === null ? name : `${number} ${name}`);
      open.push({ level: groupLevel, name, key, ...style });
      groups.push({ tt, name, path: open.map((group) => group.name), row: row + 1 });
      groupAbove = level;
      lastWasIndicator = false;
      continue;
    }
    // a row without a level sits inside the groups open, not under an indicator that has its own figures
    open = level === null ? open.filter((group) => group.parent === undefined) : open.filter((group) => group.level < level);
    drafts.push({ tt, name, unit, row, level, open });
    targets.push(target);
    // "a) Lúa | ha | 120" above "- Diện tích": a parent with its own figures (docs/reading-tables.md#layouts)
    if (level !== null) open = [...open, { level, name, key: foldText(name), parent: { tt, row: row + 1 }, ...style }];
    groupAbove = null;
    lastWasIndicator = true;
  }
  const lastRow = drafts.length > 0 ? drafts[drafts.length - 1].row + 1 : 0;
  const rows = drafts.map((draft, index) => toRow(draft, targets[index], grid.name, sheetUnit));
  const findings = [...rowFindings(rows, header, checkTargets, grid.name), ...legacy.findings(grid.name)];
  return { groups: [...groups, ...parentGroups(drafts)].filter((group) => group.row <= lastRow).sort((a, b) => a.row - b.row), rows, findings };
}

/** Indicators with their own figures that rows below sit under: groups as well (docs/reading-tables.md#layouts). */
function parentGroups(drafts: Draft[]): Group[] {
  const seen = new Set<OpenGroup>();
  const groups: Group[] = [];
  for (const draft of drafts) {
    draft.open.forEach((group, index) => {
      if (group.parent === undefined || seen.has(group)) return;
      seen.add(group);
      groups.push({ tt: group.parent.tt, name: group.name, path: draft.open.slice(0, index + 1).map((open) => open.name), row: group.parent.row });
    });
  }
  return groups;
}

/**
 * Whether TT is a running row counter (1, 2, 3 … down groups and indicators alike) while the names carry
 * the numbering ("E. SẢN XUẤT", "1.2.Củ năng"): then TT gives no level.
 */
function isRunningCounter(grid: SheetGrid, header: TableHeader): boolean {
  const { tt, name } = header.columns;
  if (tt === null) return false;
  // raw text: the numbering is ASCII in any encoding, and legacy cells are counted once, by the reader
  const text = (row: number, column: number): string => cellText(valueAt(grid, row, column));
  let previous = 0;
  let count = 0;
  let numberedNames = 0;
  for (let row = header.lastRow + 1; row < grid.values.length && count < 200; row++) {
    const mark = text(row, tt);
    if (mark === "" || isColumnNumbering(grid.values[row], text(row, name))) continue;
    if (!/^\d{1,4}$/u.test(mark) || Number(mark) !== previous + 1) return false;
    previous = Number(mark);
    count++;
    if (nameNumbering(text(row, name)) !== null) numberedNames++;
  }
  return count >= 2 && numberedNames > 0;
}

const MISSING: CellReading = { type: "missing" };

type Marker = Omit<NameNumbering, "name">;

// Header labels are short; an indicator's name is not worth folding to compare with them.
const MAX_LABEL = 25;

// The header copied at a page break; names of indicators are long and never fold to a label.
function isRepeatedHeader(name: string, tt: string, unit: string, hasFigure: boolean): boolean {
  if (name.length > MAX_LABEL || (tt.length > MAX_LABEL && unit.length > MAX_LABEL)) return false;
  if (tt !== "" && tt.length <= 3 && ttStyle(tt) !== null) return false;
  return columnRole(name) === "name" && (columnRole(tt) === "tt" || columnRole(unit) === "unit" || !hasFigure);
}

// A column's number as templates print it under the header: "B", "2", "(2)".
const COLUMN_MARK = /^\(?(?:[a-z]|\d{1,2})\)?$/iu;
// …or a formula between such numbers: "3=2/1", "(6)=(5)/(4)", "5 = 4/3 x 100%".
const COLUMN_FORMULA = /^\(?(?:[a-z]|\d{1,3})\)?(?:\s*[=+\-*/x×:]\s*\(?(?:[a-z]|\d{1,3})\)?)+\s*%?$/iu;

/**
 * The row of column numbers many templates print under the header ("A | B | C | 1 | 2 | 3=2/1"): its
 * name cell is a column's number, never an indicator's name, and so is every other cell.
 */
function isColumnNumbering(cells: readonly unknown[], name: string): boolean {
  if (!COLUMN_MARK.test(name)) return false;
  return cells.every((value) => {
    if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value < 100;
    const text = cellText(value);
    return text === "" || COLUMN_MARK.test(text) || COLUMN_FORMULA.test(text);
  });
}

function isAfterTable(cells: readonly unknown[]): boolean {
  for (const value of cells) {
    if (typeof value !== "string" || value.trim() === "") continue;
    return value.length <= 60 && AFTER_TABLE.test(foldText(value));
  }
  return false;
}

/** Whether a cell holds anything (blank cells are the common case and need no reading). */
function hasValue(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (typeof value === "number" || typeof value === "boolean") return true;
  return readCell(value).type !== "missing";
}

// Units and word targets repeat down a table: "%", "Hộ", "Đạt".
// A commune's villages share one template: the same names are read again for each village.
const directionOf = memoize(indicatorDirection);
const nameComparisonOf = memoize(nameComparison);
const foldName = foldText;
const unitKeyOf = memoize((unit) => unitKey(unit === "" ? null : unit) ?? "");
const kindByWords = new Map<string, IndicatorKind>();

function kindOf(unit: string | null, target: CellReading): IndicatorKind {
  if (target.type !== "text") return indicatorKind(unit, target);
  const memoKey = `${unit ?? ""}\u0000${target.text}`;
  let kind = kindByWords.get(memoKey);
  if (kind === undefined) {
    kind = indicatorKind(unit, target);
    if (kindByWords.size > 5000) kindByWords.clear();
    kindByWords.set(memoKey, kind);
  }
  return kind;
}

function toRow(draft: Draft, written: CellReading, sheet: string, sheetUnit: string | null): TableRow {
  const unit = draft.unit === "" ? sheetUnit : draft.unit;
  // "≥ 95%", "dưới 5%", "7,5 - 8,0%", "04/09 thôn": the number is the target, the words its comparison;
  // the same words at the end of the name ("… đạt trên 98%") when the cell holds that figure or nothing
  const inCell = written.type === "text" ? readComparison(written.text) : null;
  const inName = inCell === null ? nameComparisonOf(draft.name) : null;
  const compared = inCell ?? (inName !== null && nameTargetApplies(inName, written, unit) ? inName : null);
  // "bằng hoặc cao hơn tỷ lệ chung của xã": the commune's own figure is the target, filled later (docs/reading-tables.md#values)
  const relative = compared === null && written.type === "text" ? relativeComparison(written.text) : null;
  const target: CellReading =
    compared === null || (inCell === null && written.type === "number")
      ? written
      : { type: "number", value: compared.value, unit: compared.unit, fromText: true, percentFormat: false };
  const kind = kindOf(unit, target);
  const key = unitKeyOf(unit ?? "");
  const interpreted = interpretValue(target, kind);
  const path = draft.open.map((group) => group.name);
  const indicator: Indicator = {
    id: [...draft.open.map((group) => group.key), foldName(draft.name)].join("/"),
    tt: draft.tt,
    path,
    name: draft.name,
    unit,
    unitKey: key === "" ? null : key,
    kind,
    target: interpreted.ok ? interpreted.value : null,
    direction: (relative ?? compared) === null ? directionOf(draft.name) : (relative ?? compared)!.comparison.startsWith("<") ? "lower" : "higher",
    cumulative: isCumulative(kind, key === "" ? null : key, unit, draft.name),
    sheet,
    row: draft.row + 1,
    ...(compared === null ? {} : { comparison: compared.comparison }),
    ...(compared?.max == null ? {} : { targetMax: compared.max }),
    ...(relative === null ? {} : { comparison: relative.comparison, relative: relative.relative }),
  };
  return { indicator, row: draft.row, target };
}

/**
 * Whether the comparison at the end of a name is the row's target: the target cell is empty (the name
 * gives it, in the row's unit) or holds the same figure (the words give its direction and strictness).
 * Otherwise the figure names something else ("Số hộ có thu nhập trên 100 triệu đồng" counted in Hộ).
 */
function nameTargetApplies(named: ComparisonTarget, written: CellReading, unit: string | null): boolean {
  if (written.type === "missing") return named.unit === null || compareUnits(named.unit, unit).kind !== "mismatch";
  if (written.type !== "number") return false;
  const sameUnit = named.unit === null || written.unit === null || compareUnits(named.unit, written.unit).kind === "same";
  return sameUnit && Math.abs(written.value - named.value) < 1e-9;
}

function rowFindings(rows: TableRow[], header: TableHeader, checkTargets: boolean, sheet: string): Finding[] {
  const { columns } = header;
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  for (const { indicator, row, target } of rows) {
    const about = { sheet, indicator: indicator.name, indicatorId: indicator.id };
    const nameCell = cellAddress(row, columns.name);
    const first = seen.get(indicator.id);
    if (first !== undefined) {
      findings.push(finding("row/duplicate-indicator", { ...about, cell: nameCell, details: { firstCell: cellAddress(first, columns.name) } }));
    } else seen.set(indicator.id, row);
    if (indicator.unit === null && indicator.kind === "number" && columns.unit !== null) findings.push(finding("unit/missing", { ...about, cell: cellAddress(row, columns.unit) }));
    if (checkTargets && columns.target !== null && target.type === "uncalculated") {
      findings.push(finding("value/uncalculated", { ...about, cell: cellAddress(row, columns.target), actual: target.formula }));
    } else if (checkTargets && columns.target !== null && indicator.target === null) {
      const raw = target.type === "text" ? target.text : target.type === "error" ? target.error : null;
      findings.push(finding("target/missing", { ...about, cell: cellAddress(row, columns.target), ...(raw === null ? {} : { actual: raw }) }));
    }
  }
  return findings;
}

/**
 * Converts cells typed in a legacy encoding and counts them, so the sheet gets one finding rather than
 * one per cell. Once a cell proves the sheet's encoding, short words that prove nothing alone ("Hé" for
 * "Hộ") are converted too, as long as they hold nothing beyond Latin-1.
 *
 * @example const tally = new LegacyTally(); tally.decode("Sè hé", 1, 1) === "Số hộ"; tally.findings("Nà Lầu").length === 1
 */
export class LegacyTally {
  private count = 0;
  private first: { row: number; column: number; encoding: LegacyEncoding } | null = null;

  constructor(private encoding: LegacyEncoding | null = null) {}

  decode(text: string, row: number, column: number): string {
    const decoded = decodeLegacyText(text);
    if (decoded !== null) {
      this.encoding ??= decoded.encoding;
      this.note(decoded.encoding, row, column);
      return decoded.text;
    }
    if (this.encoding === null || !LATIN1_ACCENTED.test(text) || BEYOND_LATIN1.test(text)) return text;
    const converted = convertLegacyText(text, this.encoding);
    if (converted !== text.normalize("NFC")) this.note(this.encoding, row, column);
    return converted;
  }

  private note(encoding: LegacyEncoding, row: number, column: number): void {
    this.count++;
    this.first ??= { row, column, encoding };
  }

  findings(sheet: string): Finding[] {
    if (this.first === null) return [];
    const { row, column, encoding } = this.first;
    return [finding("text/legacy-encoding", { sheet, cell: cellAddress(row, column), details: { encoding, cells: this.count } })];
  }
}

const LATIN1_ACCENTED = /[\u00a1-\u00ff]/u;
// Real Unicode Vietnamese has letters beyond Latin-1 ("ộ"); legacy text only Windows-1252 punctuation.
const BEYOND_LATIN1 = /[^\p{ASCII}\u0080-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]/u;
