import { readComparison } from "../../../src/core/values/readComparison";

describe("readComparison (docs/reading-tables.md#values)", () => {
  it.each([
    ["≥ 95%", ">=", 95, null, "%"],
    [">= 95", ">=", 95, null, null],
    ["từ 95% trở lên", ">=", 95, null, "%"],
    ["15% trở lên", ">=", 15, null, "%"],
    ["tối thiểu 12", ">=", 12, null, null],
    ["ít nhất 12 cuộc", ">=", 12, null, "cuộc"],
    ["đạt trên 98%", ">", 98, null, "%"],
    ["> 3", ">", 3, null, null],
    ["≤ 2", "<=", 2, null, null],
    ["không quá 2 vụ", "<=", 2, null, "vụ"],
    ["tối đa 2", "<=", 2, null, null],
    ["dưới 5%", "<", 5, null, "%"],
    ["< 5", "<", 5, null, null],
    ["từ 97% đến 98%", "range", 97, 98, "%"],
    ["7,5 - 8,0%", "range", 7.5, 8, "%"],
    ["7,5–8%", "range", 7.5, 8, "%"],
    ["04/09 thôn", ">=", 4, null, "thôn"],
  ])("%p → %s %p (max %p, unit %p)", (text, comparison, value, max, unit) => {
    expect(readComparison(text)).toEqual({ comparison, value, max, unit });
  });

  it.each([["95"], ["Đạt"], ["Không xảy ra"], ["1.417"], ["lần/người/năm"], [""], ["12/05/2024"]])("%p is no comparison", (text) => {
    expect(readComparison(text)).toBeNull();
  });
});

import { checkReport } from "../../../src/core/checks/checkReport";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

describe("targets with comparison words in a village's report", () => {
  const sheet = {
    name: "Thôn Khuổi Vùa",
    values: [
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
      [1, "Tỷ lệ thu gom rác thải", "%", "đạt trên 98%", 98],
      [2, "Tỷ lệ hộ dùng nước sạch", "%", "≥ 95%", 95],
      [3, "Tỷ lệ hộ nghèo", "%", "dưới 5%", 4.2],
      [4, "Số vụ vi phạm an toàn thực phẩm", "Vụ", "không quá 2", 3],
      [5, "Tốc độ tăng giá trị sản xuất", "%", "7,5 - 8,0%", 8.6],
      [6, "Tốc độ tăng thu nhập", "%", "7,5–8%", 7.8],
      [7, "Số thôn đạt chuẩn nông thôn mới", "Thôn", "04/09 thôn", 3],
    ],
    formats: [],
  };

  it("reads each target's number, comparison, range and direction", () => {
    expect(readIndicatorTable(sheet).indicators.map((i) => [i.row, i.target, i.comparison, i.targetMax, i.direction])).toEqual([
      [2, 98, ">", undefined, "higher"],
      [3, 95, ">=", undefined, "higher"],
      [4, 5, "<", undefined, "lower"],
      [5, 2, "<=", undefined, "lower"],
      [6, 7.5, "range", 8, "higher"],
      [7, 7.5, "range", 8, "higher"],
      [8, 4, ">=", undefined, "higher"],
    ]);
  });

  it("falls short at the target under a strict comparison, meets a range from its lower bound", () => {
    const report = checkReport(sheet);
    expect(report.indicators.map((checked) => [checked.indicator.row, checked.status, checked.completion])).toEqual([
      [2, "shortfall", 1],
      [3, "met", 1],
      [4, "exceeded", 5 / 4.2],
      [5, "shortfall", 2 / 3],
      [6, "exceeded", 8.6 / 7.5],
      [7, "met", 7.8 / 7.5],
      [8, "shortfall", 0.75],
    ]);
    expect(report.findings.filter((found) => found.code === "target/missing")).toEqual([]);
  });
});
