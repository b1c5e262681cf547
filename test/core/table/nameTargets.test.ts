import { checkReport } from "../../../src/core/checks/checkReport";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

// A commune's table whose targets are written at the end of the names, as plans in prose do (docs/reading-tables.md#values).
const sheet = {
  name: "Chỉ tiêu 2025",
  values: [
    ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
    [1, "Tỷ lệ hộ dùng nước sạch đạt trên 98%", "%", 98, 98],
    [2, "Tỷ lệ hộ nghèo giảm còn dưới 5%", "%", "", 4.6],
    [3, "Số lớp học được duy trì tối thiểu 12 lớp", "Lớp", null, 12],
    [4, "Số vụ cháy rừng không quá 2 vụ", "Vụ", 2, 3],
    [5, "Giá trị sản xuất nông nghiệp tăng 6,5 - 7%", "%", "", 7.4],
    [6, "Số thôn đạt chuẩn văn hóa: 05/08 thôn", "Thôn", "", 5],
    [7, "Số hộ có thu nhập trên 100 triệu đồng", "Hộ", 40, 41],
    [8, "Tỷ lệ tiêm chủng cho trẻ em dưới 1 tuổi", "%", 97, 96],
    [9, "Số hộ nghèo giảm còn 30 hộ", "Hộ", 25, 26],
    [10, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 8%", "%", "", 8],
  ],
  formats: [],
};

describe("targets written at the end of an indicator's name", () => {
  const table = readIndicatorTable(sheet);

  it("reads direction, strictness and (where the cell is empty) the target from the name", () => {
    expect(table.indicators.map((i) => [i.row, i.target, i.comparison, i.targetMax, i.direction])).toEqual([
      [2, 98, ">", undefined, "higher"],
      [3, 5, "<", undefined, "lower"],
      [4, 12, ">=", undefined, "higher"],
      [5, 2, "<=", undefined, "lower"],
      [6, 6.5, "range", 7, "higher"],
      [7, 5, ">=", undefined, "higher"],
      // the figure in the name is who is counted, not the target: the cell's 40 stands, no comparison
      [8, 40, undefined, undefined, "higher"],
      [9, 97, undefined, undefined, "higher"],
      // the cell's 25 differs from the name's 30: the cell wins, the name still says lower is better
      [10, 25, undefined, undefined, "lower"],
      [11, 8, "<", undefined, "lower"],
    ]);
  });

  it("keeps each name whole, its words included", () => {
    expect(table.indicators.map((i) => i.name)).toEqual(sheet.values.slice(1).map((row) => row[1]));
    expect(table.findings.filter((f) => f.code === "target/missing")).toEqual([]);
  });

  it("checks the actuals against them: equal to a strict target falls short", () => {
    const report = checkReport(sheet);
    expect(report.indicators.map((c) => [c.indicator.row, c.status])).toEqual([
      [2, "shortfall"],
      [3, "exceeded"],
      [4, "met"],
      [5, "shortfall"],
      [6, "exceeded"],
      [7, "met"],
      [8, "exceeded"],
      [9, "shortfall"],
      [10, "shortfall"],
      [11, "shortfall"],
    ]);
  });
});
