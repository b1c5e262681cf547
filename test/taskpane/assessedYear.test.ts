/**
 * @jest-environment node
 *
 * The pane checks and ranks the configuration sheet's year where reports keep several years side by side.
 */
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import type { SheetCells } from "../../src/core/model";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";

const none = () => undefined;

// Nà Hu did better in 2024, Bản Piềng in 2025; no title says which year is assessed.
function report(name: string, figures: number[][]): SheetCells {
  const rows = [["Diện tích trồng rừng mới", "Ha"], ["Số hộ thoát nghèo", "Hộ"], ["Số lao động có việc làm mới", "Lao động"]];
  return {
    name,
    values: [
      [`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ${name.toUpperCase()}`],
      ["TT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "KH 2025", "TH 2025"],
      ...rows.map(([indicator, unit], index) => [index + 1, indicator, unit, ...figures[index]]),
    ],
    formats: [],
  };
}

function workbook(year: number | null): FakeExcel {
  const sheets = [
    report("Thôn Nà Hu", [[10, 12, 10, 8], [5, 6, 5, 4], [20, 22, 20, 15]]),
    report("Bản Piềng", [[10, 8, 10, 12], [5, 4, 5, 6], [20, 16, 20, 24]]),
  ];
  return new FakeExcel(year === null ? sheets : [...sheets, cellsOf(configSheetModel(defaultConfig(year)))]);
}

describe("the configuration sheet's year in the pane", () => {
  it.each([
    [2024, [12, 6, 22]],
    [2025, [8, 4, 15]],
  ])("checks the %p actuals", async (year, actuals) => {
    const checked = await checkSheet(workbook(year), "vi", { reports: ["Thôn Nà Hu"], target: null, config: true }, none);
    expect(checked.ok && checked.value.checked.indicators.map((i) => i.actual)).toEqual(actuals);
  });

  it("checks the latest year without a configuration sheet", async () => {
    const checked = await checkSheet(workbook(null), "vi", { reports: ["Thôn Nà Hu"], target: null }, none);
    expect(checked.ok && checked.value.checked.indicators.map((i) => i.actual)).toEqual([8, 4, 15]);
  });

  it.each([
    [2024, "Nà Hu"],
    [2025, "Piềng"],
  ])("ranks %p's best village first", async (year, first) => {
    const ranked = await rankSheets(workbook(year), "vi", { sheets: ["Thôn Nà Hu", "Bản Piềng"], target: null, period: "year" }, none);
    expect(ranked.ok && ranked.value.ranking.villages.find((v) => v.rank === 1)?.village).toContain(first);
  });
});
