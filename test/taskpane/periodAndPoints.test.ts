/**
 * @jest-environment node
 *
 * Issue 28 causes 3, 5 and 10 and issue 23's points item, through the pane's reading path: the configured
 * period picks the actual column, villages share one set of maximum points, the check's summary counts
 * the points warnings, and a points ranking without any Điểm chuẩn ranks nothing and says so.
 */
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { defaultConfig, type RankingConfig } from "../../src/core/config/rankingConfig";
import type { SheetCells } from "../../src/core/model";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";

const none = () => undefined;

const INDICATORS: [string, string, number][] = [
  ["Thu nhập bình quân đầu người", "Triệu đồng", 45],
  ["Số hộ nghèo giảm trong năm", "Hộ", 4],
  ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 95],
];

function yearEndReport(village: string, figures: [number, number][]): SheetCells {
  return {
    name: village,
    values: [
      ["BÁO CÁO KẾT QUẢ NĂM 2024"],
      [`Thôn: ${village}`],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 6 tháng đầu năm 2024", "Ước thực hiện năm 2024", "So sánh (%)"],
      ...INDICATORS.map(([name, unit, target], index) => [index + 1, name, unit, target, figures[index][0], figures[index][1], ""]),
    ],
    formats: [],
  };
}

function pointsReport(village: string, actual: number[], maxima: (number | string)[], self: (number | string)[] = ["", "", ""]): SheetCells {
  return {
    name: village,
    values: [
      ["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"],
      [`Thôn: ${village}`],
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Điểm chuẩn", "Điểm tự chấm"],
      ...INDICATORS.map(([name, unit, target], index) => [index + 1, name, unit, target, actual[index], maxima[index], self[index]]),
    ],
    formats: [],
  };
}

const configSheet = (config: RankingConfig) => cellsOf(configSheetModel(config));

describe("the pane reads the period assessed", () => {
  const naHu = () => yearEndReport("Nà Hu", [[20, 47], [1, 5], [80, 96]]);
  const pacNam = () => yearEndReport("Pác Nặm", [[30, 40], [3, 3], [90, 90]]);

  it.each([
    ["year" as const, [47, 5, 96]],
    ["half" as const, [20, 1, 80]],
  ])("checks the %p column with the configuration sheet's period", async (period, actuals) => {
    const excel = new FakeExcel([naHu(), configSheet({ ...defaultConfig(2024), period })]);
    const checked = await checkSheet(excel, "vi", { reports: ["Nà Hu"], target: null, config: true }, none);
    expect(checked.ok && checked.value.checked.indicators.map((i) => i.actual)).toEqual(actuals);
  });

  it("ranks the year-end review on the year's estimate", async () => {
    const excel = new FakeExcel([naHu(), pacNam()]);
    const ranked = await rankSheets(excel, "vi", { sheets: ["Nà Hu", "Pác Nặm"], target: null, period: "year" }, none);
    expect(ranked.ok && ranked.value.ranking.villages.map((v) => [v.village, v.prize])).toEqual([
      ["Nà Hu", "Giải Nhất"],
      ["Pác Nặm", "Giải Nhì"],
    ]);
    const half = await rankSheets(new FakeExcel([naHu(), pacNam()]), "vi", { sheets: ["Nà Hu", "Pác Nặm"], target: null, period: "half" }, none);
    expect(half.ok && half.value.ranking.villages[0].village).toBe("Pác Nặm");
  });
});

describe("the pane's points", () => {
  const POINTS: RankingConfig = { ...defaultConfig(2024), method: "points" };

  it("scores a village that writes 60 instead of 15 on the others' 15", async () => {
    const sheets = [
      pointsReport("Nà Lầu", [45, 4, 96], [15, 10, 10]),
      pointsReport("Khuôn Lùng", [44, 4, 95], [15, 10, 10]),
      pointsReport("Pác Cáp", [40, 4, 95], [60, 10, 10]),
    ];
    const excel = new FakeExcel([...sheets, configSheet(POINTS)]);
    const ranked = await rankSheets(excel, "vi", { sheets: sheets.map((s) => s.name), target: null, period: "year" }, none);
    if (!ranked.ok) throw new Error(ranked.notice.text);
    expect(ranked.value.ranking.villages.map((v) => [v.village, v.score, v.prize])).toEqual([
      ["Nà Lầu", 35, "Giải Nhất"],
      ["Khuôn Lùng", 34.67, "Giải Nhì"],
      ["Pác Cáp", 33.33, "Giải Ba"],
    ]);
    expect(ranked.value.ranking.findings).toContainEqual(expect.objectContaining({ code: "points/max-differs", sheet: "Pác Cáp", cell: "F4", expected: 15, actual: 60 }));
  });

  it("counts the points warnings in the check's summary", async () => {
    const excel = new FakeExcel([pointsReport("Nà Lầu", [40, 4, 95], [15, 10, 10], [15, 10, 10]), configSheet(POINTS)]);
    const checked = await checkSheet(excel, "vi", { reports: ["Nà Lầu"], target: null, config: true }, none);
    if (!checked.ok) throw new Error(checked.notice.text);
    const warnings = checked.value.checked.findings.filter((f) => f.severity === "warning");
    expect(warnings).toContainEqual(expect.objectContaining({ code: "points/self-differs", cell: "G4", expected: 13.33, actual: 15 }));
    expect(checked.value.checked.summary.warnings).toBe(warnings.length);
  });

  it("refuses adjustments of 1e308 on the configuration sheet, naming their cell, and ranks nothing", async () => {
    const sheets = [pointsReport("Nà Lầu", [45, 4, 96], [15, 10, 10]), pointsReport("Pác Cáp", [40, 4, 95], [15, 10, 10])];
    const config = configSheet({ ...POINTS, adjustments: [{ village: "Pác Cáp", points: 1e308 }, { village: "Pác Cáp", points: 1e308 }] });
    const excel = new FakeExcel([...sheets, config]);
    const ranked = await rankSheets(excel, "vi", { sheets: sheets.map((s) => s.name), target: null, period: "year" }, none);
    expect(ranked.ok).toBe(false);
    if (ranked.ok) return;
    expect(ranked.notice.intent).toBe("error");
    expect(ranked.notice.items?.[0]).toMatch(/^B\d+: /u);
    expect(ranked.notice.items?.[0]).toContain("1.000.000");
    expect([...excel.sheets.keys()].some((name) => name.startsWith("Xếp hạng"))).toBe(false);
  });

  it("ranks nothing and names Điểm chuẩn when no indicator has maximum points", async () => {
    const sheets = [pointsReport("Nà Lầu", [45, 4, 96], ["", "", ""]), pointsReport("Pác Cáp", [40, 4, 95], ["", "", ""])];
    const excel = new FakeExcel([...sheets, configSheet(POINTS)]);
    const ranked = await rankSheets(excel, "vi", { sheets: sheets.map((s) => s.name), target: null, period: "year" }, none);
    expect(ranked.ok).toBe(false);
    if (ranked.ok) return;
    expect(ranked.notice.intent).toBe("error");
    expect(ranked.notice.items?.join(" ")).toContain("Điểm chuẩn");
    expect([...excel.sheets.keys()].some((name) => name.startsWith("Xếp hạng"))).toBe(false);
  });
});
