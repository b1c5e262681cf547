import { checkReport } from "../../../src/core/checks/checkReport";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";
import { reportSheet, targetSheet } from "./reportSheet";

const commune = seedTargetSheet();

describe("checkReport applies the targets that win (docs/reading-tables.md#which-targets-apply)", () => {
  it("uses the report's own targets and units when nothing else is given", () => {
    const report = checkReport(reportSheet([[1, "Số hộ nuôi ong", "Hộ", 10, 12]]));
    expect(report.indicators[0]).toMatchObject({ actual: 12, status: "exceeded", completion: 1.2, cell: "E2", scored: true });
    expect(report.indicators[0].indicator).toMatchObject({ target: 10, unit: "Hộ", sheet: "Nà Lầu", row: 2 });
  });

  it("takes the commune's kind, direction and unit, its target for level indicators and the village's for cumulative ones", () => {
    const report = checkReport(
      reportSheet([
        [1, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)", "%", 20, 12],
        [2, "Số hộ nghèo giảm trong năm", "Hộ", 6, 6],
      ]),
      { targets: commune },
    );
    const [malnutrition, poor] = report.indicators;
    expect(malnutrition.indicator).toMatchObject({ target: 15.9, direction: "lower" });
    expect(malnutrition.status).toBe("exceeded");
    expect(poor.indicator).toMatchObject({ target: 6, cumulative: true, id: "10 chi tieu ve van hoa xa hoi/so ho ngheo giam trong nam" });
    expect(poor.status).toBe("met");
    expect(report.findings.map((f) => f.code)).not.toContain("row/missing-indicator");
  });

  it("matches renamed, reordered and ungrouped rows, but not an unrelated extra row, which is not scored", () => {
    const report = checkReport(
      reportSheet([
        [1, "Số lao động giải quyết việc làm trong năm", "LĐ", 10, 12],
        [2, "TY LE HUY DONG TRE 5 TUOI DEN LOP", "%", 97.5, 98],
        [3, "Số con trâu, bò", "Con", 100, 120],
      ]),
      { targets: commune },
    );
    const [jobs, school, cattle] = report.indicators;
    expect(jobs.indicator.name).toBe("Số lao động được giải quyết việc làm trong năm");
    expect(school.indicator.name).toBe("Tỷ lệ huy động trẻ 5 tuổi đến lớp");
    expect(cattle).toMatchObject({ scored: false });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "row/unknown-indicator", cell: "B4" }));
  });

  it("scores a village template's missing indicator as not done", () => {
    const template = targetSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 5], [2, "Công tác tuyển quân", "Đạt", "Đạt"]], { title: "THÔN NÀ LẦU" });
    const report = checkReport(reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 5, 5]]), { targets: template });
    expect(report.indicators).toHaveLength(2);
    expect(report.indicators[1]).toMatchObject({ status: "unknown", actual: null, scored: true, cell: "" });
    expect(report.summary).toMatchObject({ indicators: 2, met: 1, unknown: 1, errors: 1 });
  });

  it("takes another village's template as commune-level targets: nothing is missing, the village's own targets count", () => {
    const template = targetSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 5], [2, "Công tác tuyển quân", "Đạt", "Đạt"]], { title: "THÔN NÀ LẦU" });
    const report = checkReport(reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 3, 3]], { name: "Khuổi Lùng" }), { targets: template });
    expect(report.indicators).toHaveLength(1);
    expect(report.indicators[0]).toMatchObject({ status: "met", scored: true });
    expect(report.findings.map((f) => f.code)).toEqual([]);
  });

  it("knows a village's template under its name written without diacritics", () => {
    const template = targetSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 5]], { title: "THÔN NÀ LẦU" });
    const report = checkReport(reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 3, 3]], { name: "Sheet1" }), { targets: template, fileName: "Thon Na Lau.xlsx" });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "target/changed", cell: "D2", expected: 5, actual: 3 }));
  });

  it("uses a village's KH column of a consolidated target sheet as its own targets", () => {
    const targets = {
      name: "Giao chỉ tiêu",
      values: [
        ["TT", "Chỉ tiêu", "ĐVT", "Nà Lầu", "", "Khuổi Lùng", ""],
        ["", "", "", "KH", "TH", "KH", "TH"],
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 7, "", 9, ""],
      ],
      formats: [],
    };
    const report = checkReport(reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 9, 8]], { title: "Thôn: Khuổi Lùng", name: "Sheet1" }), { targets });
    expect(report.village).toBe("Khuổi Lùng");
    expect(report.indicators[0]).toMatchObject({ status: "shortfall" });
    expect(report.indicators[0].indicator.target).toBe(9);
  });
});

describe("checkReport with a target sheet that has no table", () => {
  it("says what is wrong with it and checks the report against its own targets", () => {
    const notes = { name: "Ghi chú", values: [["Gửi báo cáo trước ngày 10/12"]], formats: [] };
    const report = checkReport(reportSheet([[1, "Số hộ nuôi ong", "Hộ", 10, 8]]), { targets: notes });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "sheet/no-header", sheet: "Ghi chú", cell: null }));
    expect(report.indicators[0]).toMatchObject({ status: "shortfall", scored: true });
  });
});

describe("checkReport names the village (docs/reading-tables.md#layouts)", () => {
  const rows = [[1, "Số hộ nuôi ong", "Hộ", 10, 12]];
  it.each([
    ["what the user names", reportSheet(rows, { title: "THÔN NÀ LẦU", name: "Thôn Pù Ha" }), { village: "Bản Mới" }, "Bản Mới"],
    ["the title cell", reportSheet(rows, { title: "THÔN NÀ LẦU", name: "Thôn Pù Ha" }), {}, "Nà Lầu"],
    ["the sheet name", reportSheet(rows, { name: "Thôn Pù Ha" }), { fileName: "Khuổi Lùng.xlsx" }, "Pù Ha"],
    ["the file name when the sheet name is generic", reportSheet(rows, { name: "Trang tính1" }), { fileName: "bao cao/Thôn Khuổi Lùng.xlsx" }, "Khuổi Lùng"],
    ["the sheet name as a last resort", reportSheet(rows, { name: "Sheet1" }), {}, "Sheet1"],
  ])("from %s", (_, sheet, options, village) => {
    expect(checkReport(sheet, options).village).toBe(village);
  });
});
