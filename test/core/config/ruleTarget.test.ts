import { configSheetModel, readConfigSheet } from "../../../src/core/config/configSheet";
import { defaultConfig, rankingConfigSchema, type RankingConfig } from "../../../src/core/config/rankingConfig";
import { sheetCellsOf } from "./sheetCellsOf";

// A rule's `target` (docs/scoring.md#scoring-and-ranking Configuration): a number or a word, in the JSON file and on the sheet.

describe("a rule's target", () => {
  it("is a number or a word in the configuration file", () => {
    expect(rankingConfigSchema.parse({ year: 2024, indicators: [{ match: "gia đình văn hóa", target: 92.5 }, { match: "chi bộ", target: "Tốt" }] }).indicators).toEqual([
      { match: "gia đình văn hóa", target: 92.5 },
      { match: "chi bộ", target: "Tốt" },
    ]);
    expect(rankingConfigSchema.safeParse({ year: 2024, indicators: [{ match: "x", target: true }] }).success).toBe(false);
    expect(rankingConfigSchema.safeParse({ year: 2024, indicators: [{ match: "x", target: 1e308 }] }).success).toBe(false);
  });

  it("has its column on the configuration sheet, with a one-line explanation, and reads back", () => {
    const config: RankingConfig = { ...defaultConfig(2024), indicators: [{ match: "gia đình văn hóa", target: 92.5 }, { match: "chi bộ", target: "Tốt" }, { match: "hộ nghèo", direction: "lower" }] };
    const model = configSheetModel(config);
    const header = model.cells.find((cell) => cell.value === "Mục tiêu (khi bảng không ghi)");
    expect(header).toBeDefined();
    expect(model.cells.map((cell) => cell.value)).toContainEqual(expect.stringMatching(/^Mục tiêu: dùng khi bảng chỉ tiêu không ghi số/u));
    expect(readConfigSheet(sheetCellsOf(model), { year: 2024 })).toEqual({ ok: true, value: config });
  });

  it("reads \"92,5%\" typed on the sheet as 92,5", () => {
    const config: RankingConfig = { ...defaultConfig(2024), indicators: [{ match: "gia đình văn hóa", target: 1 }] };
    const cells = sheetCellsOf(configSheetModel(config));
    const row = cells.values.findIndex((values) => values[0] === "gia đình văn hóa");
    cells.values[row][8] = "92,5%";
    expect(readConfigSheet(cells, { year: 2024 })).toMatchObject({ ok: true, value: { indicators: [{ match: "gia đình văn hóa", target: 92.5 }] } });
  });
});
