import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

// docs/reading-tables.md#values: a target about 1 000× below the sum of its parts, or of the villages' own targets, is said and read as written.

function targetSheet(total: unknown, parts: readonly [string, string, unknown][] = [["- Lúa", "Tấn", "2.898"], ["- Ngô", "Tấn", 200]]): SheetCells {
  return {
    name: "Chỉ tiêu 2024",
    values: [
      ["UBND XÃ NÀ PHẶC", "", "", ""],
      ["CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024"],
      [1, "Tổng sản lượng lương thực có hạt", "Tấn", total],
      ...parts.map(([name, unit, target]) => ["", name, unit, target]),
      [2, "Số hộ nghèo giảm trong năm", "Hộ", 6],
    ],
    formats: [],
  };
}

const suspects = (sheet: SheetCells) => readIndicatorTable(sheet).findings.filter((f) => f.code === "target/suspect-separator");

describe("target/suspect-separator", () => {
  it.each([
    ["trên 3,098", 3.098],
    ["3,098", 3.098],
    ["trên 3,098 tấn", 3.098],
  ])("%p over 2.898 + 200 tấn is said at its cell and read as written", (written, read) => {
    const sheet = targetSheet(written);
    expect(suspects(sheet)).toEqual([
      expect.objectContaining({ code: "target/suspect-separator", severity: "warning", cell: "D4", indicator: "Tổng sản lượng lương thực có hạt", actual: read, expected: 3098, details: { source: "children" } }),
    ]);
    expect(readIndicatorTable(sheet).indicators[0].target).toBe(read);
  });

  it.each([["trên 3.098"], [3098], ["3.100"], [50]])("%p is no suspect", (written) => {
    expect(suspects(targetSheet(written))).toEqual([]);
  });

  it("converts parts written in other units, and skips parts in words", () => {
    expect(suspects(targetSheet("3,098", [["- Lúa", "kg", "2.898.000"], ["- Ngô", "Tạ", 2000], ["- Ghi chú", "Đạt", "Đạt"]]))).toHaveLength(1);
  });

  it("compares a consolidated sheet's commune target with the sum of the villages' own targets", () => {
    const sheet: SheetCells = {
      name: "Tổng hợp chỉ tiêu",
      values: [
        ["UBND XÃ NÀ PHẶC", "", "", "", "", "", "", "", ""],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch xã", "Nà Lầu", "", "Khuổi Khâm", "", ""],
        ["", "", "", "", "KH", "TH", "KH", "TH", ""],
        [1, "Tổng sản lượng lương thực có hạt", "Tấn", "1,5", 800, 810, 700, 690, ""],
        [2, "Số hộ nghèo giảm trong năm", "Hộ", 6, 3, 3, 3, 2, ""],
      ],
      formats: [],
    };
    const read = readIndicatorTable(sheet);
    expect(read.findings.filter((f) => f.code === "target/suspect-separator")).toEqual([
      expect.objectContaining({ cell: "D4", actual: 1.5, expected: 1500, details: { source: "villages" } }),
    ]);
  });

  it("reaches a village's check against that target sheet", () => {
    const report: SheetCells = {
      name: "Nà Lầu",
      values: [
        ["THÔN NÀ LẦU", "", "", "", ""],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        [1, "Tổng sản lượng lương thực có hạt", "Tấn", "", 3150],
        [2, "Số hộ nghèo giảm trong năm", "Hộ", "", 6],
      ],
      formats: [],
    };
    const checked = checkReport(report, { targets: targetSheet("trên 3,098") });
    expect(checked.findings).toContainEqual(expect.objectContaining({ code: "target/suspect-separator", sheet: "Chỉ tiêu 2024", cell: "D4" }));
  });
});
