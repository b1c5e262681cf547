import { configSheetModel, readConfigSheet } from "../../../src/core/config/configSheet";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import { sheetCellsOf } from "./sheetCellsOf";

// "Thôn văn hóa": 80 points and every standard at least half its maximum; "Đạt chuẩn" by the floors alone.
const FLOORS: RankingConfig = {
  ...defaultConfig(2024),
  method: "points",
  tiers: [
    { name: "Thôn văn hóa", min: 80, groupMinShare: 0.5 },
    { name: "Đạt chuẩn", groupMinShare: 0.85 },
    { name: "Cơ bản đạt", minShare: 0.5, groupMinShare: 0.75 },
  ],
};

function addressOf(config: RankingConfig, text: string): { row: number; column: number } {
  const cell = configSheetModel(config).cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell ${text}`);
  const match = /^([A-Z])(\d+)$/.exec(cell.address)!;
  return { row: Number(match[2]) - 1, column: match[1].charCodeAt(0) - 65 };
}

function put(cells: SheetCells, row: number, column: number, value: unknown): void {
  while (cells.values.length <= row) cells.values.push([]);
  cells.values[row][column] = value;
}

describe("the tier table's minimum per standard on the configuration sheet", () => {
  it("heads the column Mỗi tiêu chuẩn đạt ít nhất (%) beside Mỗi chỉ tiêu đạt ít nhất (%)", () => {
    const tierName = addressOf(FLOORS, "Tên xếp loại");
    const share = addressOf(FLOORS, "Mỗi tiêu chuẩn đạt ít nhất (%)");
    expect(share).toEqual({ row: tierName.row, column: tierName.column + 3 });
    const cells = sheetCellsOf(configSheetModel(FLOORS));
    expect(cells.values[tierName.row + 1].slice(0, 4)).toEqual(["Thôn văn hóa", 80, "", 50]);
    // the minimum total left blank where the share is given
    expect(cells.values[tierName.row + 2].slice(0, 4)).toEqual(["Đạt chuẩn", "", "", 85]);
  });

  it("writes and reads back tiers with floors per standard, a blank minimum total included", () => {
    expect(readConfigSheet(sheetCellsOf(configSheetModel(FLOORS)), { year: 2024 })).toEqual({ ok: true, value: FLOORS });
  });

  it('reads a floor typed "50%", "50" or 0,5 as half the maximum', () => {
    for (const typed of ["50%", "50", "0,5", 50]) {
      const base = defaultConfig(2024);
      const header = addressOf(base, "Tên xếp loại");
      const cells = sheetCellsOf(configSheetModel(base));
      put(cells, header.row + 1, 0, "Thôn văn hóa");
      put(cells, header.row + 1, 3, typed);
      const read = readConfigSheet(cells, { year: 2024 });
      expect(read).toEqual({ ok: true, value: { ...base, tiers: [{ name: "Thôn văn hóa", groupMinShare: 0.5 }] } });
    }
  });

  it("refuses a tier with neither a minimum total nor a floor per standard, at its minimum cell", () => {
    const base = defaultConfig(2024);
    const header = addressOf(base, "Tên xếp loại");
    const cells = sheetCellsOf(configSheetModel(base));
    put(cells, header.row + 1, 0, "Thôn văn hóa");
    const read = readConfigSheet(cells, { year: 2024 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.failures.map((f) => [f.code, f.details?.field])).toEqual([["config/invalid", "tiers[0].min"]]);
    expect(read.failures[0].cell).toMatch(/^[A-Z]+\d+$/);
  });

  it("refuses a floor above 100 %", () => {
    const base = defaultConfig(2024);
    const header = addressOf(base, "Tên xếp loại");
    const cells = sheetCellsOf(configSheetModel(base));
    put(cells, header.row + 1, 0, "Thôn văn hóa");
    put(cells, header.row + 1, 3, 150);
    const read = readConfigSheet(cells, { year: 2024 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.failures.map((f) => f.details?.field)).toEqual(["tiers[0].groupMinShare"]);
  });
});
