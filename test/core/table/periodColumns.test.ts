import { checkReport } from "../../../src/core/checks/checkReport";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { en } from "../../../src/core/messages/en";
import { vi } from "../../../src/core/messages/vi";
import type { SheetCells } from "../../../src/core/model";
import { rankReportsOnce } from "../../../src/core/ranking/rankReportsOnce";
import { labelPeriod } from "../../../src/core/table/labelYear";

// Issue 28, cause 3: the year-end review checked the six-month column. The header as communes type it for
// the year-end report, with the mid-year figures kept beside the year's estimate.
const HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 6 tháng đầu năm 2024", "Ước thực hiện năm 2024", "So sánh (%)"];

function report(village: string, rows: [number, number, number][], header: string[] = HEADER): SheetCells {
  const names: [string, string][] = [
    ["Diện tích trồng rừng mới", "Ha"],
    ["Số hộ thoát nghèo", "Hộ"],
    ["Số lao động có việc làm mới", "Lao động"],
  ];
  return {
    name: village,
    values: [
      [`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024`, "", "", "", "", "", ""],
      [`Thôn: ${village}`, "", "", "", "", "", ""],
      header,
      ...names.map(([name, unit], index) => {
        const [plan, half, year] = rows[index];
        return [index + 1, name, unit, plan, half, year, Math.round((year / plan) * 10000) / 100];
      }),
    ],
    formats: [],
  };
}

describe("the period assessed picks the actual column", () => {
  it.each([
    ["Thực hiện 6 tháng đầu năm 2024", "half"],
    ["TH 6 tháng", "half"],
    ["Sơ kết", "half"],
    ["Ước thực hiện năm 2024", "year"],
    ["Ước TH cả năm", "year"],
    ["Thực hiện 12 tháng", "year"],
    ["Kế hoạch năm 2024", "year"],
    ["TH 9 tháng", "part"],
    ["Quý III", "part"],
    ["ƯTH 2024", null],
    ["Nà Lầu", null],
  ])("%s covers %p", (label, period) => {
    expect(labelPeriod(label)).toBe(period);
  });

  const rows: [number, number, number][] = [
    [100, 40, 105],
    [10, 4, 11],
    [50, 20, 52],
  ];

  it('checks "Ước thực hiện năm 2024" in the year-end review, and the "6 tháng" column at mid-year', () => {
    const year = checkReport(report("Nà Hu", rows), { year: 2024, period: "year" });
    expect(year.indicators.map((i) => [i.actual, i.cell])).toEqual([
      [105, "F4"],
      [11, "F5"],
      [52, "F6"],
    ]);
    expect(year.summary).toMatchObject({ exceeded: 3, shortfall: 0 });
    const half = checkReport(report("Nà Hu", rows), { year: 2024, period: "half" });
    expect(half.indicators.map((i) => [i.actual, i.cell])).toEqual([
      [40, "E4"],
      [4, "E5"],
      [20, "E6"],
    ]);
    // Without a configured period the review is the year's (docs/scoring.md#scoring-and-ranking default).
    expect(checkReport(report("Nà Hu", rows)).indicators[0].cell).toBe("F4");
    expect(year.findings.filter((f) => f.code === "sheet/two-actual-columns")).toEqual([]);
  });

  it("ranks the year-end review on the year's estimate, not the six months", () => {
    // Nà Hu was slow in the first half and finished ahead; Pác Nặm the other way round.
    const sheets = [report("Nà Hu", rows), report("Pác Nặm", [[100, 60, 90], [10, 6, 9], [50, 30, 45]])];
    const { reports } = readVillageReports(sheets, { year: 2024, period: "year" });
    const ranking = rankReportsOnce(reports, defaultConfig(2024)).ranking;
    expect(ranking.villages.map((v) => [v.village, v.prize])).toEqual([
      ["Nà Hu", "Giải Nhất"],
      ["Pác Nặm", "Giải Nhì"],
    ]);
    const halfReports = readVillageReports(sheets, { year: 2024, period: "half" }).reports;
    expect(rankReportsOnce(halfReports, { ...defaultConfig(2024), period: "half" }).ranking.villages[0].village).toBe("Pác Nặm");
  });

  it("says which column was read where two actual columns of the year assessed remain", () => {
    const header = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Ước thực hiện năm 2024", "So sánh (%)"];
    const checked = checkReport(report("Nà Hu", rows, header), { year: 2024, period: "year" });
    expect(checked.indicators[0].cell).toBe("E4");
    const said = checked.findings.filter((f) => f.code === "sheet/two-actual-columns");
    expect(said).toEqual([
      expect.objectContaining({
        severity: "warning",
        sheet: "Nà Hu",
        cell: "E3",
        details: { read: "Thực hiện năm 2024", others: "Ước thực hiện năm 2024", otherCells: "F3", year: 2024, period: "year" },
      }),
    ]);
    expect(vi(said[0])).toContain('đã đọc cột "Thực hiện năm 2024"');
    expect(en(said[0])).toContain('the column "Thực hiện năm 2024" was read');
    expect(checked.summary.warnings).toBeGreaterThanOrEqual(1);
  });
});
