import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import type { SheetModel } from "../../../src/core/model/sheetModel";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { formResultRows } from "../../../src/core/results/formResults";
import { templatesFor } from "../../../src/core/template/scoringFormTemplates";
import { sheetCellsOf } from "../config/sheetCellsOf";

const ROMAN = ["I", "II", "III", "IV"];
const points = fc.constantFrom(1, 2, 2.5, 5, 10);
// standards × items, an item with no sub-item (a criterion) or two or three (4 = 4.1 + 4.2)
const tree = fc.array(fc.array(fc.oneof(points.map((max) => [max]), fc.array(points, { minLength: 2, maxLength: 3 })), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

interface Criterion {
  max: number;
  name: string;
}

/** The commune's scoring table typed as a clerk does: Roman standards with their maxima, items numbered on, sub-items 4.1. */
function communeTable(standards: number[][][]): { cells: SheetCells; criteria: Criterion[] } {
  const rows: (string | number)[][] = [["BẢNG ĐIỂM THI ĐUA NĂM 2024"], ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn"]];
  const criteria: Criterion[] = [];
  let item = 0;
  standards.forEach((items, s) => {
    const total = items.flat().reduce((a, b) => a + b, 0);
    rows.push([ROMAN[s], `Nhóm nội dung đánh giá thứ ${s + 1}`, total]);
    for (const parts of items) {
      item += 1;
      if (parts.length === 1) {
        rows.push([item, `Nội dung đánh giá thứ ${item}`, parts[0]]);
        criteria.push({ max: parts[0], name: `Nội dung đánh giá thứ ${item}` });
        continue;
      }
      rows.push([item, `Nội dung đánh giá thứ ${item}`, parts.reduce((a, b) => a + b, 0)]);
      parts.forEach((max, p) => {
        rows.push([`${item}.${p + 1}`, `Phần ${p + 1} của nội dung thứ ${item}`, max]);
        criteria.push({ max, name: `Phần ${p + 1} của nội dung thứ ${item}` });
      });
    }
  });
  return { cells: { name: "Bảng điểm", values: rows, formats: [] }, criteria };
}

/** The template as Excel gives it back: points typed in D and E of the criteria's rows, the SUMs recalculated. */
function filled(sheet: SheetModel, typed: Map<string, number>): SheetCells {
  const cells = sheetCellsOf(sheet);
  const put = (address: string, value: number) => {
    const row = Number(address.slice(1)) - 1;
    while (cells.values[row].length <= 5) cells.values[row].push("");
    cells.values[row][address.charCodeAt(0) - 65] = value;
  };
  for (const [address, value] of typed) put(address, value);
  for (const cell of sheet.cells) {
    if (cell.formula === undefined) continue;
    let sum = 0;
    for (const range of /^SUM\((.*)\)$/.exec(cell.formula)![1].split(",")) {
      const [from, to = from] = range.split(":");
      for (let row = Number(from.slice(1)); row <= Number(to.slice(1)); row++) {
        const value = cells.values[row - 1]?.[from.charCodeAt(0) - 65];
        if (typeof value === "number") sum += value;
      }
    }
    put(cell.address, Math.round(sum * 100) / 100);
  }
  return cells;
}

describe("a unit's scoring form, whatever the commune's table", () => {
  it("reads back filled as a total equal to the sum of its criteria, each standard the sum of its own, no subtotal disagreeing", () => {
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })), { minLength: 40, maxLength: 40 }), (standards, shares) => {
        const table = communeTable(standards);
        const sheet = templatesFor(table.cells, { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] }).templates[0].sheet;
        const typed = new Map<string, number>();
        let expected = 0;
        let ownTotal = 0;
        const perStandard: number[] = standards.map(() => 0);
        let criterionIndex = 0;
        standards.forEach((items, s) => {
          for (const leaf of items.flat()) {
            const criterion = table.criteria[criterionIndex];
            const [own, verified] = shares[criterionIndex % shares.length];
            criterionIndex += 1;
            const row = sheet.cells.find((c) => c.address.startsWith("B") && c.value === criterion.name)!.address.slice(1);
            // points as a clerk writes them: to the half point, at most the maximum
            const ownPoints = Math.round(own * leaf * 2) / 2;
            typed.set(`D${row}`, ownPoints);
            ownTotal += ownPoints;
            const verifiedPoints = verified === null ? null : Math.round(verified * leaf * 2) / 2;
            if (verifiedPoints !== null) typed.set(`E${row}`, verifiedPoints);
            const counted = verifiedPoints ?? ownPoints;
            expected += counted;
            perStandard[s] += counted;
          }
        });
        const report = checkReport(filled(sheet, typed), { targets: table.cells });
        expect(report.form).toBe(true);
        const ranking = rankVillages([report], defaultConfig(2024));
        const [unit] = ranking.villages;
        expect(unit.score).toBeCloseTo(expected, 6);
        expect(unit.standards!.map((s) => s.earned)).toEqual(perStandard.map((p) => Math.round(p * 100) / 100));
        expect(ranking.findings.filter((f) => f.code === "points/parent-total" || f.code === "points/self-total" || f.code === "row/missing-indicator")).toEqual([]);
        // across the units, each standard's own points are its criteria's, never a subtotal row counted twice
        const results = formResultRows([report]);
        const standardsOwn = results.filter((row) => ROMAN.includes(row.tt)).map((row) => row.units[0].own ?? 0);
        expect(standardsOwn.reduce((a, b) => a + b, 0)).toBeCloseTo(ownTotal, 6);
      }),
      { numRuns: 40 },
    );
  });
});
