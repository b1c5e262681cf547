import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

const sheet = (values: unknown[][], name = "Tổng hợp"): SheetCells => ({ name, values, formats: [] });

describe("readIndicatorTable layouts", () => {
  it("reads a village report with its Thực hiện column", () => {
    const table = readIndicatorTable(
      sheet([["Thôn: Nà Lầu"], ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Tỷ lệ (%)"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 35, 87.5]]),
    );
    expect(table).toMatchObject({ layout: "report", headerRow: 2, title: { village: "Nà Lầu", year: 2024 } });
    expect(table.indicators).toHaveLength(1);
  });

  it("takes a second Chỉ tiêu column after Nội dung for the target", () => {
    const table = readIndicatorTable(sheet([["STT", "Nội dung", "ĐVT", "Chỉ tiêu", "Kết quả"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 35]]));
    expect(table.layout).toBe("report");
    expect(table.indicators[0]).toMatchObject({ name: "Số hộ nghèo giảm trong năm", target: 40 });
  });

  it("reads a consolidated sheet with one column per village and skips totals columns", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Nà Lầu", "Thôn Khuổi Lùng", "Tổng cộng"],
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 35, 41, 76],
      ]),
    );
    expect(table.layout).toBe("consolidated");
    expect(table.villageColumns).toEqual([
      { village: "Nà Lầu", actualColumn: 4, targetColumn: null },
      { village: "Khuổi Lùng", actualColumn: 5, targetColumn: null },
    ]);
  });

  it("reads a two-row header with KH | TH under each merged village name", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Nà Lầu", "", "Khuổi Lùng", "", "Toàn xã", ""],
        ["", "", "", "KH", "TH", "KH", "TH", "KH", "TH"],
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 10, 9, 12, 14, 22, 23],
      ]),
    );
    expect(table.layout).toBe("consolidated");
    expect(table.headerRow).toBe(1);
    expect(table.villageColumns).toEqual([
      { village: "Nà Lầu", actualColumn: 4, targetColumn: 3 },
      { village: "Khuổi Lùng", actualColumn: 6, targetColumn: 5 },
    ]);
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["Số hộ nghèo giảm trong năm"]);
  });

  it("reads a report whose header has Kế hoạch | Thực hiện under a merged year", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", ""],
        ["", "", "", "Kế hoạch", "Thực hiện"],
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 35],
      ]),
    );
    expect(table).toMatchObject({ layout: "report", headerRow: 1, villageColumns: [] });
    expect(table.indicators.map((indicator) => [indicator.name, indicator.target])).toEqual([["Số hộ nghèo giảm trong năm", 40]]);
  });

  it("reads a report whose header has Kế hoạch | Thực hiện | Tỷ lệ under a merged Kết quả thực hiện", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Nội dung", "ĐVT", "Kết quả thực hiện năm 2024", "", "", "Ghi chú"],
        ["", "", "", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", ""],
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 35, 87.5, ""],
      ]),
    );
    expect(table).toMatchObject({ layout: "report", headerRow: 1, villageColumns: [], findings: [] });
    expect(table.indicators.map((indicator) => [indicator.name, indicator.target])).toEqual([["Số hộ nghèo giảm trong năm", 40]]);
  });

  it("reads TH 6 tháng as the actual column of a mid-year report, not as a village", () => {
    const table = readIndicatorTable(sheet([["TT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH 6 tháng", "So với KH (%)"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 22, 55]]));
    expect(table).toMatchObject({ layout: "report", villageColumns: [] });
  });

  it("takes the fuller header when a title line above it reads like one", () => {
    const table = readIndicatorTable(
      sheet([["", "Nội dung", "Kế hoạch thực hiện"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 35]]),
    );
    expect(table).toMatchObject({ layout: "report", headerRow: 2, findings: [] });
    expect(table.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.target])).toEqual([["Số hộ nghèo giảm trong năm", "Hộ", 40]]);
  });

  it("takes village columns wherever they stand after the unit, even before the target", () => {
    const table = readIndicatorTable(sheet([["TT", "Chỉ tiêu", "ĐVT", "Nà Lầu", "Pác Nặm", "Tổng", "Mục tiêu"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 7, 5, 12, 10]]));
    expect(table.villageColumns.map((column) => [column.village, column.actualColumn])).toEqual([
      ["Nà Lầu", 3],
      ["Pác Nặm", 4],
    ]);
  });

  it("nests TT markers in the order their styles appear: Roman groups, numbered sub-groups, 1.1 indicators and a) under them", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"],
        ["I", "KINH TẾ", "", ""],
        [1, "Nông nghiệp", "", ""],
        ["1.1", "Sản lượng lúa", "Tấn", 100],
        ["a)", "Diện tích ngô", "Ha", 20],
        ["II", "XÃ HỘI", "", ""],
        ["", "Số hộ nghèo giảm", "Hộ", 5],
      ]),
    );
    expect(table.indicators.map((indicator) => indicator.path)).toEqual([["KINH TẾ", "Nông nghiệp"], ["KINH TẾ", "Nông nghiệp", "Sản lượng lúa"], ["XÃ HỘI"]]);
  });

  it.each([
    [["A", "B", "C", 1, 2, "3=2/1"]],
    [[1, 2, 3, 4, 5, 6]],
    [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"]],
    [["", "B", "", "1", "2", "3 = 2/1 x 100%"]],
  ])("skips the row of column numbers under the header: %p", (numbers) => {
    const table = readIndicatorTable(
      sheet([["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"], numbers, [1, "Số hộ nghèo giảm trong năm", "Hộ", 5, 6, 120]], "Nà Lầu"),
    );
    expect(table.indicators.map((indicator) => [indicator.name, indicator.row])).toEqual([["Số hộ nghèo giảm trong năm", 3]]);
    expect(table.findings).toEqual([]);
  });

  it("reports a table without an actual or target column", () => {
    const table = readIndicatorTable(sheet([["TT", "Chỉ tiêu", "ĐVT"], [1, "Số hộ", "Hộ"]]));
    expect(table.layout).toBeNull();
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "sheet/missing-column", cell: "B1" }));
  });

  it("reports the same indicator twice in one sheet", () => {
    const table = readIndicatorTable(sheet([["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], [1, "Số hộ nghèo", "Hộ", 5], [2, "Số hộ  nghèo", "Hộ", 5]]));
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "row/duplicate-indicator", cell: "B3", details: { firstCell: "B2" } }));
  });

  it("reports an indicator without a target, keeping text it cannot read", () => {
    const table = readIndicatorTable(sheet([["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], [1, "Số hộ nghèo", "Hộ", ""], [2, "Số thôn", "Thôn", "nhiều"]]));
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "target/missing", cell: "D2" }));
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "target/missing", cell: "D3", actual: "nhiều" }));
  });

  it("converts TCVN3 text and says so once for the sheet", () => {
    // typed with a .VnTime font; "Hé" alone could be Unicode, but the sheet is TCVN3
    const table = readIndicatorTable(sheet([["TT", "ChØ tiªu", "§VT", "Môc tiªu"], [1, "Sè hé nghÌo", "Hé", 5], [2, "Sè th«n ®¹t chuÈn", "Th«n", 2]]));
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["Số hộ nghèo", "Số thôn đạt chuẩn"]);
    expect(table.indicators.map((indicator) => indicator.unit)).toEqual(["Hộ", "Thôn"]);
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "text/legacy-encoding", cell: "B2", details: { encoding: "tcvn3", cells: 4 } }));
  });
});
