import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells, SheetModel } from "../../../src/core/model";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { communeResults } from "../../../src/core/results/communeResults";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { communeTotalNote } from "../../../src/core/template/buildTemplateSheet";
import { villageTemplates, type TemplateYear } from "../../../src/core/template/villageTemplates";
import { sheetCellsOf } from "../config/sheetCellsOf";

// The commune's targets for two years side by side (docs/reading-tables.md#layouts), with or without a year in the title.
function targets(title: string | null): SheetCells {
  return {
    name: "Chỉ tiêu",
    values: [
      ...(title === null ? [] : [[title]]),
      ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu 2024", "Chỉ tiêu 2025"],
      [1, "Diện tích trồng rừng mới", "Ha", 21, 24],
      [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 92, 97],
      [3, "Số hộ thoát nghèo", "Hộ", 5, 3],
    ],
    formats: [],
  };
}

/**
 * What a template asks of each indicator: a level indicator (%) the commune's target; a cumulative one an
 * empty target with the commune's total in its note.
 */
function asked(sheet: SheetModel): (number | string | null)[] {
  const targets = readIndicatorTable(sheetCellsOf(sheet)).indicators.map((i) => i.target);
  const texts = sheet.cells.map((cell) => cell.value);
  return targets.map((target, index) => {
    if (target !== null) return target;
    const [unit, total] = ([["Ha", [21, 24]], ["%", []], ["Hộ", [5, 3]]] as const)[index];
    return total.find((value) => texts.includes(communeTotalNote(value, unit))) ?? null;
  });
}

describe("village templates take the configured year's plan column", () => {
  it.each<[string, string | null, TemplateYear, number, number[]]>([
    ["the configuration's 2024", null, { year: 2024 }, 2024, [21, 92, 5]],
    ["the configuration's 2025", null, { year: 2025 }, 2025, [24, 97, 3]],
    ["the configuration's 2024 over a title saying 2025", "CHỈ TIÊU THI ĐUA NĂM 2025", { year: 2024 }, 2024, [21, 92, 5]],
    ["no configuration: the title's 2024", "CHỈ TIÊU THI ĐUA NĂM 2024", { year: null, fallbackYear: 2026 }, 2024, [21, 92, 5]],
    ["no configuration, no title: the latest column's 2025", null, { year: null, fallbackYear: 2026 }, 2025, [24, 97, 3]],
  ])("%s", (_label, title, years, year, expected) => {
    const built = villageTemplates(targets(title), { villages: ["Nà Lầu"], ...years, period: "year", rules: [] });
    expect(built.year).toBe(year);
    expect(asked(built.templates[0].sheet)).toEqual(expected);
    expect(built.templates[0].sheet.cells.map((cell) => cell.value)).toContain(`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM ${year}`);
  });

  it("takes the fallback year only when neither the configuration nor the sheet says one", () => {
    const plain = { ...targets(null), values: targets(null).values.map((row) => (row[3] === "Chỉ tiêu 2024" ? ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"] : row.slice(0, 4))) };
    const built = villageTemplates(plain, { villages: ["Nà Lầu"], year: null, fallbackYear: 2026, period: "year", rules: [] });
    expect(built.year).toBe(2026);
    expect(asked(built.templates[0].sheet)).toEqual([21, 92, 5]);
  });
});

describe("the results across the villages take the configured year's commune targets", () => {
  const report: SheetCells = {
    name: "Nà Lầu",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
      [1, "Diện tích trồng rừng mới", "Ha", 10, 12],
      [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 92, 95],
      [3, "Số hộ thoát nghèo", "Hộ", 2, 2],
    ],
    formats: [],
  };

  it.each([
    [2024, [21, 92, 5]],
    [2025, [24, 97, 3]],
  ])("%i", (year, expected) => {
    const sheet = targets(null);
    const { reports } = readVillageReports([report], { targets: sheet, year });
    const { totals } = communeResults(reports, rankVillages(reports, defaultConfig(year)), sheet, null, { year });
    expect(totals.map((total) => total.target)).toEqual(expected);
  });

  it("without a year, the latest column, as before", () => {
    const sheet = targets(null);
    const { reports } = readVillageReports([report], { targets: sheet });
    expect(communeResults(reports, rankVillages(reports, defaultConfig(2025)), sheet, null).totals.map((t) => t.target)).toEqual([24, 97, 3]);
  });
});
