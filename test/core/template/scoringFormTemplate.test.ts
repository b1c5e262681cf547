import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import type { SheetModel } from "../../../src/core/model/sheetModel";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { FORM_COLUMN, FORM_HEADERS, FORM_HEADER_ROW } from "../../../src/core/template/scoringFormSheet";
import { isScoringFormSource, templatesFor } from "../../../src/core/template/scoringFormTemplates";
import { cellsOf, communeTable, criterionTable } from "../table/scoringFormSheets";
import { sheetCellsOf } from "../config/sheetCellsOf";
import { sampleTargetSheet } from "../../../src/core/samples/sampleTargetSheet";

const OPTIONS = { year: 2024, period: "year" as const, rules: [] };

function template(villages: string[] = ["Nà Lầu"], verifiedUnlocked = false, source = cellsOf(communeTable())): SheetModel[] {
  return templatesFor(source, { ...OPTIONS, villages, verifiedUnlocked }).templates.map((t) => t.sheet);
}

/** The sheet's 1-based row holding `text` in column B. */
function rowOf(sheet: SheetModel, text: string): number {
  const cell = sheet.cells.find((c) => c.address.startsWith("B") && c.value === text);
  if (!cell) throw new Error(`no row "${text}"`);
  return Number(cell.address.slice(1));
}

function cell(sheet: SheetModel, address: string) {
  return sheet.cells.find((c) => c.address === address);
}

/** The sheet as Excel gives it back after the clerk typed `typed` (address → value) and Excel recalculated its SUMs. */
function filled(sheet: SheetModel, typed: Record<string, number>): SheetCells {
  const cells = sheetCellsOf({ ...sheet, cells: sheet.cells.map((c) => (c.address in typed ? { ...c, value: typed[c.address] } : c)) });
  for (const [address, value] of Object.entries(typed)) if (!sheet.cells.some((c) => c.address === address)) put(cells, address, value);
  for (const formula of sheet.cells.filter((c) => c.formula !== undefined)) put(cells, formula.address, sumOf(formula.formula!, cells));
  return cells;
}

function put(cells: SheetCells, address: string, value: unknown): void {
  const [column, row] = [address.charCodeAt(0) - 65, Number(address.slice(1)) - 1];
  while (cells.values.length <= row) cells.values.push([]);
  cells.values[row][column] = value;
}

// Excel's SUM over the ranges of one column: "SUM(D9:D11,D13)".
function sumOf(formula: string, cells: SheetCells): number {
  const ranges = /^SUM\((.*)\)$/.exec(formula)![1].split(",");
  let sum = 0;
  for (const range of ranges) {
    const [from, to = from] = range.split(":");
    const column = from.charCodeAt(0) - 65;
    for (let row = Number(from.slice(1)); row <= Number(to.slice(1)); row++) {
      const value = cells.values[row - 1]?.[column];
      if (typeof value === "number") sum += value;
    }
  }
  return sum;
}

describe("a scoring form per unit from the commune's scoring table", () => {
  const [sheet] = template();
  const header = FORM_HEADER_ROW + 1;
  const standardII = rowOf(sheet, "Đời sống văn hóa, tinh thần lành mạnh, phong phú");
  const criterion1 = rowOf(sheet, "Có từ 80% hộ gia đình trở lên có việc làm ổn định");
  const item4 = rowOf(sheet, "Có nhà văn hóa và khu thể thao");
  const total = rowOf(sheet, "Tổng cộng");

  it("is chosen for a points-only table and not for a target sheet", () => {
    expect(isScoringFormSource(cellsOf(communeTable()))).toBe(true);
    expect(isScoringFormSource(sheetCellsOf(sampleTargetSheet()))).toBe(false);
  });

  it("lists the criteria under TT | Nội dung tiêu chuẩn | Điểm chuẩn | Điểm tự chấm | Điểm thẩm định | Ghi chú with their maxima", () => {
    expect(FORM_HEADERS.map((_, column) => cell(sheet, `${String.fromCharCode(65 + column)}${header}`)?.value)).toEqual([...FORM_HEADERS]);
    expect(cell(sheet, "A3")?.value).toBe("Thôn: Nà Lầu");
    expect(cell(sheet, `C${criterion1}`)?.value).toBe(5);
    expect(cell(sheet, `C${criterion1 + 1}`)?.value).toBe(2.5);
    expect(sheet.freezeAt).toBe(`A${header + 1}`);
    expect(sheet.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: 1 });
  });

  it("adds up each standard, each item and the total with formulas of its criteria", () => {
    // II holds 4 (a parent) and 4.1, 4.2: only the criteria are summed, never 4 twice
    expect(cell(sheet, `D${standardII}`)?.formula).toBe(`SUM(D${item4 + 1}:D${item4 + 2})`);
    expect(cell(sheet, `E${item4}`)?.formula).toBe(`SUM(E${item4 + 1}:E${item4 + 2})`);
    expect(cell(sheet, `D${total}`)?.formula).toBe(`SUM(D${criterion1}:D${criterion1 + 2},D${item4 + 1}:D${item4 + 2})`);
    expect(cell(sheet, `C${total}`)).toMatchObject({ formula: `SUM(C${criterion1}:C${criterion1 + 2},C${item4 + 1}:C${item4 + 2})`, value: 30 });
  });

  it("leaves Điểm tự chấm and Ghi chú of the criteria open to the unit, Điểm chuẩn and Điểm thẩm định locked, every points cell validated 0 … maximum", () => {
    const unlocked = sheet.protection!.unlocked;
    expect(unlocked).toContain(`D${criterion1}`);
    expect(unlocked).toContain(`F${criterion1}`);
    expect(unlocked.some((range) => range.startsWith("C") || range.startsWith("E"))).toBe(false);
    expect(unlocked).not.toContain(`D${standardII}`);
    const on = (address: string) => sheet.validations!.find((v) => v.range === address);
    expect(on(`D${criterion1}`)?.rule).toEqual({ type: "decimal", min: 0, max: 5 });
    expect(on(`E${criterion1}`)?.rule).toEqual({ type: "decimal", min: 0, max: 5 });
    expect(on(`E${criterion1}`)?.error.message).toContain("từ 0 đến 5");
  });

  it("opens Điểm thẩm định to the commune when it asks", () => {
    const [open] = template(["Nà Lầu"], true);
    expect(open.protection!.unlocked).toContain(`E${criterion1}`);
    expect(open.protection!.unlocked).not.toContain(`E${standardII}`);
  });

  it("reads back unfilled as the unit's form with the commune's criteria and maxima, nothing but value/missing", () => {
    const report = checkReport(sheetCellsOf(sheet), { targets: cellsOf(communeTable()) });
    expect(report.form).toBe(true);
    expect(report.village).toBe("Nà Lầu");
    const table = checkReport(cellsOf(communeTable()));
    expect(report.indicators.map((c) => [c.indicator.tt, c.indicator.name, c.indicator.maxPoints])).toEqual(table.indicators.map((c) => [c.indicator.tt, c.indicator.name, c.indicator.maxPoints]));
    expect([...new Set(report.findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => f.code))]).toEqual([]);
    const score = scoreVillage(report, defaultConfig(2024));
    expect(new Set(score.notes?.map((f) => f.code))).toEqual(new Set(["value/missing"]));
  });

  it("reads back filled by the unit and verified by the commune, scored on the criteria alone", () => {
    const typed: Record<string, number> = {};
    // own 4, 2.5, 12, 6, 4 (28.5); verified 4, 2, 12, 6, 3 (27)
    const rows = [criterion1, criterion1 + 1, criterion1 + 2, item4 + 1, item4 + 2];
    [4, 2.5, 12, 6, 4].forEach((points, index) => (typed[`D${rows[index]}`] = points));
    [4, 2, 12, 6, 3].forEach((points, index) => (typed[`E${rows[index]}`] = points));
    const report = checkReport(filled(sheet, typed), { targets: cellsOf(communeTable()) });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const score = scoreVillage(report, defaultConfig(2024));
    expect(score.score).toBe(27);
    expect(score.selfPoints).toBe(28.5);
    // the SUMs as Excel computed them agree with their criteria: no parent-total
    expect(score.notes?.map((f) => f.code).filter((code) => code === "points/parent-total")).toEqual([]);
    expect(score.notes?.filter((f) => f.code === "points/self-differs").map((f) => f.cell)).toEqual([`D${criterion1 + 1}`, `D${item4 + 2}`]);
  });

  it("makes a form for a criteria table without standards, and one sheet per unit", () => {
    const sheets = template(["Nà Lầu", "Bản Khuổi Khâm"], false, cellsOf(criterionTable()));
    expect(sheets.map((s) => [s.name, cell(s, "A3")?.value])).toEqual([
      ["Mẫu Nà Lầu", "Thôn: Nà Lầu"],
      ["Mẫu Bản Khuổi Khâm", "Bản: Khuổi Khâm"],
    ]);
    const report = checkReport(sheetCellsOf(sheets[1]));
    // the roster compares names without the village word
    expect(report.village).toBe("Khuổi Khâm");
    expect(report.indicators.map((c) => c.indicator.maxPoints)).toEqual([25, 25, 25, 25]);
    expect(cell(sheets[0], `D${rowOf(sheets[0], "Tổng cộng")}`)?.formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
  });

  it("names the columns as FORM_COLUMN places them", () => {
    expect(FORM_HEADERS[FORM_COLUMN.verifiedPoints]).toBe("Điểm thẩm định");
  });
});
