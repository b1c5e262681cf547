import { checkReport } from "../../../src/core/checks/checkReport";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

// A village's report with two years side by side and no year in its title (docs/reading-tables.md#layouts).
const report = {
  name: "Thôn Phja Đén",
  values: [
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THÔN PHJA ĐÉN"],
    ["TT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "KH 2025", "ƯTH 2025"],
    [1, "Diện tích trồng rừng mới", "Ha", 20, 22, 25, 18],
    [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 90, 91, 95, 96],
    [3, "Số hộ thoát nghèo", "Hộ", 6, 5, 4, 4],
  ],
  formats: [],
};

// The commune's targets for both years, one sheet.
const targets = {
  name: "Chỉ tiêu",
  values: [
    ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu 2024", "Chỉ tiêu 2025"],
    [1, "Diện tích trồng rừng mới", "Ha", 21, 24],
    [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 92, 97],
    [3, "Số hộ thoát nghèo", "Hộ", 5, 3],
  ],
  formats: [],
};

const figures = (checked: ReturnType<typeof checkReport>) => checked.indicators.map((c) => [c.indicator.target, c.actual, c.status]);

describe("the year assessed picks the checked columns where years stand side by side", () => {
  it.each([
    [
      "the configuration's 2024",
      2024,
      [
        [20, 22, "exceeded"],
        [90, 91, "exceeded"],
        [6, 5, "shortfall"],
      ],
    ],
    [
      "no year: the latest present",
      undefined,
      [
        [25, 18, "shortfall"],
        [95, 96, "exceeded"],
        [4, 4, "met"],
      ],
    ],
  ] as const)("%s", (_label, year, expected) => {
    expect(figures(checkReport(report, year === undefined ? {} : { year }))).toEqual(expected);
    expect(readIndicatorTable(report, { year }).indicators.map((i) => i.target)).toEqual(expected.map(([target]) => target));
  });

  it("reads the commune's targets of that year too (a level takes the commune's, a total keeps the village's)", () => {
    expect(figures(checkReport(report, { targets, year: 2024 }))).toEqual([
      [20, 22, "exceeded"],
      [92, 91, "shortfall"],
      [6, 5, "shortfall"],
    ]);
    expect(figures(checkReport(report, { targets }))[1]).toEqual([97, 96, "shortfall"]);
    const [village] = readVillageReports([report], { targets, year: 2024 }).reports;
    expect(figures(village)).toEqual(figures(checkReport(report, { targets, year: 2024 })));
  });

  it("falls back to the latest year when the one configured is not in the sheet", () => {
    expect(figures(checkReport(report, { year: 2023 }))).toEqual(figures(checkReport(report)));
  });

  it("ignores a year that is not one", () => {
    expect(figures(checkReport(report, { year: "2024" } as never))).toEqual(figures(checkReport(report)));
  });
});
