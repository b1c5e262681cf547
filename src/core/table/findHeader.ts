import { type SheetGrid } from "../cells/sheetGrid";
import { type LegacyEncoding } from "../text/legacyEncoding";
import { blockName } from "./blockName";
import { type ColumnRole, columnRole } from "./columnRole";
import { type BandColumn, headerBand, type HeaderBand } from "./headerBand";
import { headerEncoding, headerTexts } from "./headerTexts";
import { readTitle } from "./readTitle";
import { type AssessedPeriod, chooseColumn, pickYearColumn } from "./pickYearColumn";
import { cellAddress } from "../cells/cellAddress";
import { finding, type Finding } from "../model/finding";

export { headerTexts } from "./headerTexts";

/** 0-based columns of each role; `name` is always present once a header is found. */
export interface TableColumns {
  tt: number | null;
  name: number;
  unit: number | null;
  target: number | null;
  actual: number | null;
  rate: number | null;
  note: number | null;
}

/** A village's columns in a consolidated sheet (0-based). */
export interface VillageColumn {
  village: string;
  actualColumn: number;
  targetColumn: number | null;
}

export interface TableHeader {
  /** 0-based first row of the header. */
  row: number;
  /** 0-based last row of the header (one to three rows: labels under merged parents). */
  lastRow: number;
  columns: TableColumns;
  villages: VillageColumn[];
  /** Header texts, for the year written in them ("Kế hoạch năm 2024"). */
  labels: string[];
  /** The year whose target and actual columns are checked, when the columns carry years. */
  year: number | null;
  /** The legacy encoding the header is typed in, which then holds for the whole table. */
  encoding: LegacyEncoding | null;
  /** Each column of the header band with its label, role, parents and year. */
  band: BandColumn[];
  /** What the header itself is worth a word about: two actual columns of the year and period assessed. */
  findings: Finding[];
}

/** Rows scanned for the header: title blocks above tables run to a dozen rows; leave room. */
export const HEADER_SCAN_ROWS = 40;

/**
 * Finds the header of an indicator table in the first rows of a sheet: the first band of one to three
 * rows (labels under merged parents) with a name column and at least one of unit, target or actual.
 * Blocks of columns under a unit's merged name ("Nà Lầu" over "KH | TH") are the villages of a
 * consolidated sheet, and so are columns with other labels to the right of the name when there is no
 * actual column; totals are not villages. Where target or actual columns carry years, the checked pair is
 * the year assessed: `year` when given, else the title's, else the latest among the columns; where they
 * carry periods, the actual is the `period` assessed ("year" unless told: Ước thực hiện năm, not Thực hiện
 * 6 tháng). Two actual columns left of that year and period: the first is read, and
 * `sheet/two-actual-columns` says so.
 *
 * @example findHeader(grid)?.columns // { tt: 0, name: 1, unit: 2, target: 3, actual: 4, rate: null, note: null }
 */
export function findHeader(grid: SheetGrid, options: { year?: number | null; period?: AssessedPeriod } = {}): TableHeader | null {
  const last = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < last; row++) {
    const top = headerTexts(grid, row).map(columnRole);
    if (!top.includes("name")) continue;
    const band = headerBand(grid, row);
    const roles = band.columns.map((column) => column.role);
    if (!isHeaderLike(roles)) continue;
    // a title line that reads like a header ("Nội dung | Kế hoạch thực hiện") above the real one
    if (band.lastRow === row && row + 1 < last) {
      const next = headerTexts(grid, row + 1).map(columnRole);
      if (isHeaderLike(next) && roleCount(next) > roleCount(roles)) continue;
    }
    return headerOf(grid, band, options.year ?? titleYear(grid, row), options.period ?? "year");
  }
  return null;
}

function headerOf(grid: SheetGrid, band: HeaderBand, year: number | null, period: AssessedPeriod): TableHeader {
  const name = band.columns.findIndex((column) => column.role === "name");
  // "Chỉ tiêu 2024 | Chỉ tiêu 2025" after the name column: each year's plan (docs/reading-tables.md#layouts)
  const columns = band.columns.map((column) =>
    column.role === "name" && column.column > name && column.year !== null ? { ...column, role: "target" as const } : column,
  );
  const first = (role: ColumnRole): number | null => {
    const found = columns.find((column) => column.role === role);
    return found === undefined ? null : found.column;
  };
  const unit = first("unit");
  const after = Math.max(name, unit ?? -1);
  const blocks = unitBlocks(columns, after);
  const inBlock = new Set(blocks.flatMap((block) => block.columns.map((column) => column.column)));
  const own = columns.filter((column) => !inBlock.has(column.column));
  const assessed = year ?? latestYear(columns);
  const target = pickYearColumn(own, "target", assessed) ?? secondName(columns, name);
  const actualChoice = chooseColumn(own, "actual", assessed, period);
  const actual = actualChoice?.column ?? null;
  const villages =
    blocks.length > 0 ? blockVillages(blocks, assessed, period) : actual === null ? looseVillages(columns, after) : [];
  const labels = [...new Set(columns.flatMap((column) => [...column.parents.map((parent) => parent.label), column.label]))].filter((label) => label !== "");
  return {
    row: band.row,
    lastRow: band.lastRow,
    columns: { tt: first("tt"), name, unit, target, actual, rate: pickRate(own), note: first("note") },
    villages,
    labels,
    year: hasYears(columns) ? assessed : null,
    encoding: headerEncoding(grid, band.row),
    band: columns,
    findings: actualChoice === null || actualChoice.others.length === 0 ? [] : [twoActualColumns(grid, band, columns, actualChoice.column, actualChoice.others, assessed, period)],
  };
}

// "Thực hiện năm 2024 | Ước thực hiện năm 2024": both the year's actual; which one is checked is said.
function twoActualColumns(grid: SheetGrid, band: HeaderBand, columns: BandColumn[], read: number, others: number[], year: number | null, period: AssessedPeriod): Finding {
  const label = (column: number) => columns.find((candidate) => candidate.column === column)?.label ?? "";
  return finding("sheet/two-actual-columns", {
    sheet: grid.name,
    cell: cellAddress(band.lastRow, read),
    details: { read: label(read), others: others.map(label).join("; "), otherCells: others.map((column) => cellAddress(band.lastRow, column)).join(", "), year, period },
  });
}

function isHeaderLike(roles: readonly (ColumnRole | null)[]): boolean {
  return roles.includes("name") && roles.some((role) => role === "unit" || role === "target" || role === "actual" || role === "maxPoints");
}

function roleCount(roles: readonly (ColumnRole | null)[]): number {
  return roles.filter((role) => role !== null).length;
}

// "Nội dung | ĐVT | Chỉ tiêu | Thực hiện": a second "Chỉ tiêu" is the figure set, i.e. the target
function secondName(columns: BandColumn[], name: number): number | null {
  const found = columns.find((column) => column.role === "name" && column.column > name);
  return found === undefined ? null : found.column;
}

interface Block {
  name: string;
  columns: BandColumn[];
}

/**
 * Columns after the name and unit grouped under a unit's merged name (their outermost parent that is no
 * role, year or total); columns under a total ("Toàn huyện") belong to no unit and are left out.
 */
function unitBlocks(columns: BandColumn[], after: number): Block[] {
  const blocks = new Map<number, Block>();
  for (const column of columns) {
    if (column.column <= after) continue;
    const parent = column.parents.find((candidate) => columnRole(candidate.label) === null);
    if (parent === undefined) continue;
    const name = blockName(parent.label);
    const block = blocks.get(parent.column) ?? { name: name ?? "", columns: [] };
    block.columns.push(column);
    blocks.set(parent.column, block);
  }
  const all = [...blocks.values()];
  // a sheet whose only block is a total is that total's report ("TỔNG HỢP" over the years)
  return all.some((block) => block.name !== "") ? all : [];
}

function blockVillages(blocks: Block[], year: number | null, period: AssessedPeriod): VillageColumn[] {
  return blocks.flatMap((block) => {
    if (block.name === "") return [];
    const actual = pickYearColumn(block.columns, "actual", year, period);
    if (actual === null) return [];
    return [{ village: block.name, actualColumn: actual, targetColumn: pickYearColumn(block.columns, "target", year) }];
  });
}

/** Columns with a unit's name for a label (a single-row consolidated sheet), each a village's actuals. */
function looseVillages(columns: BandColumn[], after: number): VillageColumn[] {
  return columns.flatMap((column) => {
    if (column.column <= after || column.role !== null || column.label === "") return [];
    if (column.parents.some((parent) => columnRole(parent.label) !== null && columnRole(parent.label) !== "actual")) return [];
    const village = blockName(column.label);
    return village === null ? [] : [{ village, actualColumn: column.column, targetColumn: null }];
  });
}

/** The ratio to compare the actual with: one against the plan ("ƯTH/KH", "% KH") before any other. */
function pickRate(columns: BandColumn[]): number | null {
  const rates = columns.filter((column) => column.role === "rate");
  const againstPlan = rates.find((column) => /\/\s*(?:ư?kh|k[eế] ho[aạ]ch)/iu.test(column.label));
  const found = againstPlan ?? rates.find((column) => !column.label.includes("/")) ?? rates[0];
  return found === undefined ? null : found.column;
}

function hasYears(columns: BandColumn[]): boolean {
  return columns.some((column) => (column.role === "target" || column.role === "actual") && column.year !== null);
}

function latestYear(columns: BandColumn[]): number | null {
  const years = columns.filter((column) => column.role === "target" || column.role === "actual").flatMap((column) => (column.year === null ? [] : [column.year]));
  return years.length === 0 ? null : Math.max(...years);
}

function titleYear(grid: SheetGrid, row: number): number | null {
  const texts: string[] = [];
  for (let above = 0; above < row; above++) texts.push(...headerTexts(grid, above));
  return readTitle(texts).year;
}
