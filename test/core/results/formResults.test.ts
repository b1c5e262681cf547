import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import type { SheetModel } from "../../../src/core/model/sheetModel";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { communeResults } from "../../../src/core/results/communeResults";
import { formResultRows } from "../../../src/core/results/formResults";
import { HIGHLIGHT_COLOURS } from "../../../src/core/model/highlight";
import { cellsOf, communeTable, oneRowForm, twoRowForm } from "../table/scoringFormSheets";

const table = cellsOf(communeTable());
// Nà Lầu as typed (own 29,5 with 4.2 not verified); Khuổi Khâm's with "ĐIỂM" over two rows, 1 verified at 5
const naLau = checkReport(cellsOf(oneRowForm("Nà Lầu")), { targets: table });
const khuoiKham = (() => {
  const form = twoRowForm("Khuổi Khâm");
  form.rows[5][4] = 5;
  return checkReport(cellsOf(form), { targets: table });
})();

function at(sheet: SheetModel, address: string) {
  return sheet.cells.find((cell) => cell.address === address);
}

describe("results across the units of scoring forms", () => {
  const rows = formResultRows([naLau, khuoiKham]);

  it("gives each standard, item and criterion its maximum and each unit's own and verified points, a standard adding up its criteria", () => {
    expect(rows.map((row) => [row.tt, row.parent, row.max, row.units.map((u) => [u.own, u.verified])])).toEqual([
      ["I", true, 20, [[20.5, 16], [20.5, 17]]],
      ["1", false, 5, [[5, 4], [5, 5]]],
      ["2", false, 2.5, [[2.5, null], [2.5, null]]],
      ["3", false, 12.5, [[13, 12], [13, 12]]],
      ["II", true, 10, [[9, 6], [9, 6]]],
      ["4", true, 10, [[9, 6], [9, 6]]],
      ["4.1", false, 6, [[6, 6], [6, 6]]],
      ["4.2", false, 4, [[3, null], [3, null]]],
    ]);
  });

  it("writes the sheet Tổng hợp kết quả with Tự chấm | Thẩm định per unit, in rank order, and the Tổng cộng row", () => {
    const ranking = rankVillages([naLau, khuoiKham], defaultConfig(2024));
    const { sheet } = communeResults([naLau, khuoiKham], ranking, table, "Khuôn Lùng");
    expect(sheet.name).toBe("Tổng hợp kết quả 2024");
    // Khuổi Khâm first: 28.5 against 27.5
    expect(["D5", "F5", "D6", "E6", "F6", "G6"].map((address) => at(sheet, address)?.value)).toEqual(["Khuổi Khâm", "Nà Lầu", "Tự chấm", "Thẩm định", "Tự chấm", "Thẩm định"]);
    expect(["B7", "C7", "D7", "E7"].map((address) => at(sheet, address)?.value)).toEqual(["Đời sống kinh tế ổn định và từng bước phát triển", 20, 20.5, 17]);
    expect(["B15", "C15", "D15", "E15", "F15", "G15"].map((address) => at(sheet, address)?.value)).toEqual(["Tổng cộng", 30, 29.5, 23, 29.5, 22]);
    // 2 own-scored and not verified: Neutral; 3 own 13 above its 12,5: Bad
    expect(at(sheet, "E9")?.style?.fill).toBe(HIGHLIGHT_COLOURS.neutral.fill);
    expect(at(sheet, "D10")?.style?.fill).toBe(HIGHLIGHT_COLOURS.bad.fill);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
  });
});
