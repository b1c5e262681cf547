import { cellAddress } from "../cells/cellAddress";
import { missingTarget, missingUnit } from "../checks/missingFacts";
import { cellText } from "../cells/cellText";
import { readCellAt, type SheetGrid, valueAt } from "../cells/sheetGrid";
import { finding, type Finding } from "../model/finding";
import type { Group, Indicator, IndicatorKind } from "../model/indicator";
import { memoize } from "../text/memoize";
import { indicatorDirection } from "../semantics/indicatorDirection";
import { indicatorKind } from "../semantics/indicatorKind";
import { isCumulative } from "../semantics/isCumulative";
import { foldText } from "../text/foldText";
import { compareUnits, unitKey } from "../units/unitCatalogue";
import { interpretValue } from "../values/interpretValue";
import { nameComparison } from "../values/nameComparison";
import { relativeComparison } from "../values/relativeComparison";
import { type ComparisonTarget, readComparison } from "../values/readComparison";
import { type CellReading, readCell } from "../values/readCell";
import { isDittoMark } from "./dittoMark";
import type { TableHeader } from "./findHeader";
import { formFigureColumns } from "./scoringForm";
import { LegacyTally } from "./legacyTally";
import { nameNumbering } from "./nameNumbering";
import { isColumnNumbering, type RowLine, rowKind } from "./rowKind";
import { type OpenGroup, TableOutline } from "./tableOutline";

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

interface Draft {
  tt: string;
  name: string;
  unit: string;
  row: number;
  open: OpenGroup[];
}

/**
 * Reads the rows below a header: each row's kind (`rowKind`), groups and sub-groups at their levels
 * (`TableOutline`), indicators with continuation rows joined to the name before them, until the document
 * goes on after the table; a row without a unit takes `sheetUnit`, the one written above the table.
 * Findings: unit/missing, target/missing (when the sheet has a target column), row/duplicate-indicator,
 * text/legacy-encoding.
 *
 * @example readTableRows(grid, header, "targets").rows[0].indicator.name === "Thu ngân sách nhà nước trên địa bàn"
 */
export function readTableRows(grid: SheetGrid, header: TableHeader, checkTargets: boolean, sheetUnit: string | null = null): TableRows {
  const groups: Group[] = [];
  const drafts: Draft[] = [];
  const targets: CellReading[] = [];
  const legacy = new LegacyTally(header.encoding);
  const outline = new TableOutline(isRunningCounter(grid, header));
  const readLine = lineReader(grid, header, legacy, outline);
  let lastWasIndicator = false;
  for (let row = header.lastRow + 1; row < grid.values.length; row++) {
    if (grid.values[row].length === 0) continue;
    const above = drafts.length > 0 ? { unit: drafts[drafts.length - 1].unit, target: targets[targets.length - 1] } : null;
    const line = readLine(row, above);
    const kind = rowKind(line, lastWasIndicator);
    if (kind === "end") break;
    if (kind === "skip") continue;
    if (kind === "continuation") {
      const draft = drafts[drafts.length - 1];
      draft.name = `${draft.name} ${line.written}`;
      continue;
    }
    lastWasIndicator = kind === "indicator";
    if (kind === "group") groups.push(outline.openGroup(line, row));
    if (kind !== "indicator") continue;
    drafts.push({ tt: line.tt, name: line.name, unit: line.unit, row, open: outline.placeIndicator(line, row) });
    targets.push(line.target);
  }
  const lastRow = drafts.length > 0 ? drafts[drafts.length - 1].row + 1 : 0;
  const rows = drafts.map((draft, index) => toRow(draft, targets[index], grid.name, sheetUnit));
  const findings = [...rowFindings(rows, header, checkTargets, grid.name), ...legacy.findings(grid.name)];
  return { groups: [...groups, ...parentGroups(drafts)].filter((group) => group.row <= lastRow).sort((a, b) => a.row - b.row), rows, findings };
}

/**
 * Reads one row's cells as its kind is decided: text decoded from a legacy encoding, a ditto mark ("〃",
 * "nt", "như trên") taking the unit or target of the indicator row above.
 */
function lineReader(grid: SheetGrid, header: TableHeader, legacy: LegacyTally, outline: TableOutline) {
  const { columns } = header;
  const text = (row: number, column: number | null): string => {
    if (column === null) return "";
    const raw = cellText(valueAt(grid, row, column));
    return raw === "" ? "" : legacy.decode(raw, row, column);
  };
  const figureColumns = [columns.actual, ...header.villages.flatMap((village) => [village.actualColumn, village.targetColumn])].filter(
    (column): column is number => column !== null,
  );
  // a scoring form's rows have points and nothing else: a row with points is a criterion (docs/scoring.md#points-method)
  figureColumns.push(...formFigureColumns(header));
  return (row: number, above: { unit: string; target: CellReading } | null): RowLine => {
    const tt = text(row, columns.tt);
    const written = text(row, columns.name);
    const writtenUnit = text(row, columns.unit);
    const unit = above !== null && isDittoMark(writtenUnit) ? above.unit : writtenUnit;
    const writtenTarget = columns.target === null ? MISSING : readCellAt(grid, row, columns.target);
    const target = above !== null && writtenTarget.type === "text" && isDittoMark(writtenTarget.text) ? above.target : writtenTarget;
    const hasFigure = target.type !== "missing" || figureColumns.some((column) => hasValue(valueAt(grid, row, column)));
    const numbered = written === "" ? null : outline.numbering(written);
    return { cells: grid.values[row], tt, written, numbered, name: numbered?.name ?? written, unit, target, hasFigure };
  };
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
    const cells = { sheet, name: nameCell, unit: columns.unit === null ? null : cellAddress(row, columns.unit), target: columns.target === null ? null : cellAddress(row, columns.target) };
    // a sheet without a ĐVT column is told once, by its header, not row by row
    if (columns.unit !== null) findings.push(...missingUnit(indicator, cells));
    if (checkTargets && columns.target !== null) findings.push(...missingTarget(indicator, cells, target));
  }
  return findings;
}
