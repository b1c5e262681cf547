import { checkReport } from "../../../src/core/checks/checkReport";
import { readTable } from "../../../src/core/table/readIndicatorTable";
import { cellsOf, communeTable, criterionTable, oneRowForm, twoRowForm } from "./scoringFormSheets";

const NAMES = [
  "Đời sống kinh tế ổn định và từng bước phát triển",
  "Có từ 80% hộ gia đình trở lên có việc làm ổn định",
  "Thu nhập bình quân đầu người cao hơn mức bình quân của xã",
  "Không có hộ đói, tỷ lệ hộ nghèo giảm",
  "Đời sống văn hóa, tinh thần lành mạnh, phong phú",
  "Có nhà văn hóa và khu thể thao",
  "Nhà văn hóa đạt chuẩn",
  "Sinh hoạt văn hóa, thể thao thường xuyên",
];

describe("a scoring form (points only) is read", () => {
  it.each([
    ["one header row", oneRowForm()],
    ['"ĐIỂM" merged over "Chuẩn | Tự chấm | Thẩm định"', twoRowForm()],
  ])("as a unit's filled form with %s: standards with their maxima, criteria, own and verified points", (_, form) => {
    const table = readTable(cellsOf(form));
    expect(table.parsed.layout).toBe("report");
    expect(table.parsed.findings).toEqual([]);
    expect(table.parsed.indicators.map((indicator) => [indicator.name, indicator.maxPoints])).toEqual(NAMES.map((name, index) => [name, [20, 5, 2.5, 12.5, 10, 10, 6, 4][index]]));
    expect(table.points?.map((points) => [points.selfPoints, points.verifiedPoints])).toEqual([
      [null, null], [5, 4], [2.5, null], [13, 12], [null, null], [null, null], [6, 6], [3, null],
    ]);
    // Roman standards and the item of sub-items are parents
    expect(table.parsed.groups.map((group) => [group.tt, group.path.length])).toEqual([["I", 1], ["II", 1], ["4", 2]]);
  });

  it("as the commune's table of maxima under Điểm tối đa", () => {
    const table = readTable(cellsOf(communeTable()));
    expect(table.parsed.layout).toBe("targets");
    expect(table.parsed.findings).toEqual([]);
    expect(table.parsed.indicators.map((indicator) => indicator.maxPoints)).toEqual([20, 5, 2.5, 12.5, 10, 10, 6, 4]);
  });

  it('under "Thang điểm" with "25 điểm" and a "Cộng tiêu chí 1 (1 + 2 + 3 + 4)" row, which is no criterion', () => {
    const table = readTable(cellsOf(criterionTable()));
    expect(table.parsed.layout).toBe("report");
    expect(table.parsed.indicators.map((indicator) => [indicator.name, indicator.maxPoints])).toEqual([
      ["Quy hoạch và thực hiện quy hoạch", 25], ["Giao thông nông thôn", 25], ["Thủy lợi", 25], ["Điện nông thôn", 25],
    ]);
    expect(table.points?.map((points) => points.verifiedPoints)).toEqual([25, 18, null, 25]);
  });

  it.each([
    // [total row, column, written, sum of the criteria above it]
    ["Cộng tiêu chí 1 (1 + 2 + 3 + 4)", 2, 90, 100, "C7"],
    ["Cộng tiêu chí 1 (1 + 2 + 3 + 4)", 4, 70, 68, "E7"],
    ["Tổng cộng", 2, 95, 100, "C7"],
    ["Tổng cộng", 4, 70, 68, "E7"],
  ])("says where a total row %s writes in column %i a sum (%d) its criteria do not make (%d)", (name, column, written, expected, cell) => {
    const form = criterionTable();
    const total = form.rows[form.rows.length - 1].map((value, index) => (index === 1 ? name : index === column ? written : value));
    const table = readTable(cellsOf({ ...form, rows: [...form.rows.slice(0, -1), total] }));
    expect(table.parsed.findings).toEqual([expect.objectContaining({ code: "points/parent-total", cell, expected, actual: written })]);
  });

  it("says nothing of total rows that add up", () => {
    expect(readTable(cellsOf(criterionTable())).parsed.findings).toEqual([]);
  });

  it("checks a filled form without asking for the unit, target or actual columns it does not have", () => {
    const report = checkReport(cellsOf(oneRowForm()));
    expect(report.village).toBe("Nà Lầu");
    expect(report.findings.filter((f) => ["sheet/missing-column", "target/missing", "unit/missing", "sheet/no-header"].includes(f.code))).toEqual([]);
  });

  it("names each unit by its own sheet when the form has no village line: the programme's title names none", () => {
    const withoutVillageLine = (village: string) => {
      const form = oneRowForm(village);
      return { ...form, rows: form.rows.filter((row) => !String(row[0]).startsWith("Thôn:")) };
    };
    const reports = ["Nà Lầu", "Khuổi Khâm"].map((village) => checkReport(cellsOf(withoutVillageLine(village))));
    expect(reports.map((report) => report.village)).toEqual(["Nà Lầu", "Khuổi Khâm"]);
  });
});
