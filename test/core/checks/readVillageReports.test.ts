import { checkReport } from "../../../src/core/checks/checkReport";
import { classifySheet } from "../../../src/core/checks/classifySheet";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import type { SheetCells } from "../../../src/core/model/cells";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";
import { villageReportSheet } from "../../fixtures/villageReportSheet";
import { reportSheet } from "./reportSheet";

const POOR = "Số hộ nghèo giảm trong năm";

describe("readVillageReports", () => {
  it("checks each report sheet as a village, skipping the only target sheet and using it as the targets", () => {
    const { reports, findings } = readVillageReports([
      seedTargetSheet(),
      villageReportSheet({ name: "Sheet1", title: "THÔN NÀ LẦU" }),
      villageReportSheet({ name: "Khuổi Lùng", title: null, actual: (index, target) => (index === 0 ? 20 : target) }),
    ]);
    expect(findings).toEqual([]);
    expect(reports.map((report) => report.village)).toEqual(["Nà Lầu", "Khuổi Lùng"]);
    expect(reports[1].findings).toContainEqual(expect.objectContaining({ code: "target/shortfall", sheet: "Khuổi Lùng" }));
    expect(reports[1].indicators.every((checked) => checked.scored)).toBe(true);
  });

  it("gives one report per village column of a consolidated sheet, not for totals", () => {
    const sheet: SheetCells = {
      name: "Tổng hợp",
      values: [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Nà Lầu", "Khuổi Lùng", "Toàn xã"],
        [1, POOR, "Hộ", 6, 7, 5, 12],
      ],
      formats: [],
    };
    const { reports } = readVillageReports([sheet]);
    expect(reports.map((report) => [report.village, report.indicators[0].status, report.indicators[0].cell])).toEqual([
      ["Nà Lầu", "exceeded", "E2"],
      ["Khuổi Lùng", "shortfall", "F2"],
    ]);
  });

  it("reads a two-row KH | TH consolidated sheet with each village's own targets", () => {
    const sheet: SheetCells = {
      name: "Tổng hợp",
      values: [
        ["TT", "Chỉ tiêu", "ĐVT", "Thôn Nà Lầu", "", "Thôn Khuổi Lùng", "", "Tổng cộng", ""],
        ["", "", "", "KH", "TH", "KH", "TH", "KH", "TH"],
        [1, POOR, "Hộ", 10, 9, 12, 14, 22, 23],
      ],
      formats: [],
    };
    const { reports } = readVillageReports([sheet]);
    expect(reports.map((report) => [report.village, report.indicators[0].indicator.target, report.indicators[0].actual, report.indicators[0].cell])).toEqual([
      ["Nà Lầu", 10, 9, "E3"],
      ["Khuổi Lùng", 12, 14, "G3"],
    ]);
  });

  it("names a village from its file when the sheet name is generic, and lists sheets without a table as findings", () => {
    const { reports, findings } = readVillageReports(
      [reportSheet([[1, POOR, "Hộ", 5, 5]], { name: "Sheet1" }), { name: "Ghi chú", values: [["Gửi trước 10/12"]], formats: [] }],
      { fileNames: { Sheet1: "Thôn Pù Ha.xlsx" } },
    );
    expect(reports.map((report) => report.village)).toEqual(["Pù Ha"]);
    expect(findings).toContainEqual(expect.objectContaining({ code: "sheet/no-header", sheet: "Ghi chú" }));
  });

  it("says once what is wrong with the target sheet, not in every village's report", () => {
    const notes = { name: "Ghi chú", values: [["Gửi báo cáo trước ngày 10/12"]], formats: [] };
    const { reports, findings } = readVillageReports([reportSheet([[1, POOR, "Hộ", 5, 5]]), reportSheet([[1, POOR, "Hộ", 5, 4]], { name: "Pù Ha" })], { targets: notes });
    expect(findings).toEqual([expect.objectContaining({ code: "sheet/no-header", sheet: "Ghi chú" })]);
    expect(reports.flatMap((report) => report.findings).map((f) => f.code)).toEqual(["target/shortfall"]);
  });

  it("uses the given targets and does not count them as a village", () => {
    const targets = seedTargetSheet();
    const { reports } = readVillageReports([targets, reportSheet([[1, "Số con lợn", "Con", 5, 5]])], { targets });
    expect(reports).toHaveLength(1);
    expect(reports[0].indicators[0].scored).toBe(false);
  });
});

describe("checkReport on a consolidated sheet", () => {
  const sheet: SheetCells = {
    name: "Tổng hợp",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Nà Lầu", "Khuổi Lùng"],
      [1, POOR, "Hộ", 6, 7, 5],
    ],
    formats: [],
  };

  it("checks the village the user names, else the first", () => {
    expect(checkReport(sheet, { village: "khuoi lung" })).toMatchObject({ village: "Khuổi Lùng", indicators: [expect.objectContaining({ cell: "F2", status: "shortfall" })] });
    expect(checkReport(sheet).village).toBe("Nà Lầu");
    expect(checkReport(sheet, { village: "Pù Ha" }).village).toBe("Nà Lầu");
  });
});

describe("classifySheet", () => {
  it.each([
    ["the commune's target sheet", seedTargetSheet(), { layout: "targets", village: null, year: 2024, commune: "Khuôn Lùng" }],
    ["a village's report", villageReportSheet(), { layout: "report", village: "Nà Lầu", year: 2024, commune: "Khuôn Lùng", issuer: "UBND XÃ KHUÔN LÙNG" }],
    ["a consolidated sheet", { name: "TH", values: [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Nà Lầu"]], formats: [] }, { layout: "consolidated", village: null, year: 2025, commune: null }],
    ["a sheet without a table", { name: "Trống", values: [], formats: [] }, { layout: null, village: null, year: null, commune: null }],
  ])("classifies %s", (_, sheet, expected) => {
    expect(classifySheet(sheet as SheetCells)).toEqual(expected);
  });
});
