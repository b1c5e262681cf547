import { configSheetModel } from "../../../src/core/config/configSheetModel";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { readConfigSettings } from "../../../src/core/config/readConfigSheet";
import type { SheetCells } from "../../../src/core/model";
import { cellsOf } from "../../taskpane/fakeExcel";

/** The configuration sheet as the pane creates it, with one setting's value typed over by staff. */
function typed(label: string, value: unknown): SheetCells {
  const sheet = cellsOf(configSheetModel({ ...defaultConfig(2024), period: "half", method: "points" }));
  const row = sheet.values.findIndex((cells) => cells[0] === label);
  return { ...sheet, values: sheet.values.map((cells, r) => (r === row ? cells.map((v, c) => (c === 1 ? value : v)) : cells)) };
}

describe("readConfigSettings", () => {
  it("reads the year, period and method the sheet says, with the cell of each", () => {
    const settings = readConfigSettings(cellsOf(configSheetModel({ ...defaultConfig(2023), period: "half", method: "points" })), { year: 2024 });
    expect(settings).toMatchObject({ year: 2023, period: "half", method: "points" });
    expect(settings.cells.period).toBe("B6");
    expect(settings.cells.year).toMatch(/^B\d+$/);
    expect(settings.cells.method).toMatch(/^B\d+$/);
  });

  it.each([
    ["Kỳ đánh giá", "", { period: "year" }],
    ["Kỳ đánh giá", "tổng kết", { period: "year" }],
    ["Kỳ đánh giá", "quý 3", { period: null, method: "points", year: 2024 }],
    ["Năm", "", { year: 2025, period: "half" }],
    ["Năm", "năm nay", { year: null, period: "half" }],
    ["Cách xếp hạng", "", { method: "ratio", period: "half" }],
  ])("%s typed %p reads as %p, each setting on its own", (label, value, expected) => {
    expect(readConfigSettings(typed(label, value), { year: 2025 })).toMatchObject(expected);
  });

  it("finds the period's row wherever staff moved it, and says when there is none", () => {
    const sheet = cellsOf(configSheetModel({ ...defaultConfig(2024), period: "half" }));
    const row = sheet.values.findIndex((cells) => cells[0] === "Kỳ đánh giá");
    const moved = { ...sheet, values: [["Ghi chú của xã"], ...sheet.values] };
    expect(readConfigSettings(moved, { year: 2024 }).cells.period).toBe(`B${row + 2}`);
    const without = { ...sheet, values: sheet.values.filter((_, r) => r !== row) };
    expect(readConfigSettings(without, { year: 2024 })).toMatchObject({ period: "year", cells: { period: null } });
  });
});
