import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { CROPS_TARGETS, SCHOOLS_TARGETS } from "../../fixtures/sameNameParents";

const sheet = (values: unknown[][], name = "Chỉ tiêu"): SheetCells => ({ name, values, formats: [] });

describe("numbering in the TT column (docs/reading-tables.md#layouts Rows, docs/reading-tables.md#layouts)", () => {
  it('makes "a) Lúa" the parent of its "-" rows and "b) Ngô" the parent of its own', () => {
    const table = readIndicatorTable(sheet(CROPS_TARGETS));
    expect(table.indicators.map((indicator) => [indicator.row, indicator.path.join(" › "), indicator.name, indicator.target])).toEqual([
      [6, "Sản xuất nông nghiệp › Lúa", "Diện tích", 120],
      [7, "Sản xuất nông nghiệp › Lúa", "Năng suất", 55],
      [8, "Sản xuất nông nghiệp › Lúa", "Sản lượng", 660],
      [10, "Sản xuất nông nghiệp › Ngô", "Diện tích", 40],
      [11, "Sản xuất nông nghiệp › Ngô", "Năng suất", 50],
      [12, "Sản xuất nông nghiệp › Ngô", "Sản lượng", 200],
      [13, "", "Số hộ nghèo giảm trong năm", 12],
    ]);
    expect(table.groups.map((group) => [group.row, group.tt, group.path.join(" › ")])).toEqual([
      [4, "1", "Sản xuất nông nghiệp"],
      [5, "a)", "Sản xuất nông nghiệp › Lúa"],
      [9, "b)", "Sản xuất nông nghiệp › Ngô"],
    ]);
  });

  it('keeps "a) Lúa" the parent of its "-" rows where "-" rows were met higher up the table first', () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Kinh tế", "", ""],
        ["-", "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 54],
        ["2", "Sản xuất nông nghiệp", "", ""],
        ["a)", "Lúa", "", ""],
        ["-", "Diện tích", "ha", 120],
        ["-", "Năng suất", "tạ/ha", 55],
        ["b)", "Ngô", "", ""],
        ["-", "Diện tích", "ha", 40],
        ["-", "Năng suất", "tạ/ha", 50],
        ["3", "Văn hóa - xã hội", "", ""],
        ["-", "Số hộ nghèo giảm trong năm", "Hộ", 12],
      ]),
    );
    expect(table.indicators.map((indicator) => `${indicator.path.join(" › ")} › ${indicator.name}`)).toEqual([
      "Kinh tế › Thu ngân sách nhà nước trên địa bàn",
      "Sản xuất nông nghiệp › Lúa › Diện tích",
      "Sản xuất nông nghiệp › Lúa › Năng suất",
      "Sản xuất nông nghiệp › Ngô › Diện tích",
      "Sản xuất nông nghiệp › Ngô › Năng suất",
      "Văn hóa - xã hội › Số hộ nghèo giảm trong năm",
    ]);
    expect(table.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it('puts a "-" row back at its level after "+" rows under a row with figures', () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Giáo dục", "", ""],
        ["-", "Tỷ lệ huy động trẻ đến lớp", "%", 98],
        ["+", "Trẻ 5 tuổi", "%", 100],
        ["2", "Y tế", "", ""],
        ["+", "Tỷ lệ tiêm chủng", "%", 95],
        ["-", "Số trạm y tế đạt chuẩn", "Trạm", 1],
      ]),
    );
    expect(table.indicators.map((indicator) => [indicator.name, indicator.path])).toEqual([
      ["Tỷ lệ huy động trẻ đến lớp", ["Giáo dục"]],
      ["Trẻ 5 tuổi", ["Giáo dục", "Tỷ lệ huy động trẻ đến lớp"]],
      ["Tỷ lệ tiêm chủng", ["Y tế"]],
      ["Số trạm y tế đạt chuẩn", ["Y tế"]],
    ]);
  });

  it("gives rows of one name under different parents different ids and no row/duplicate-indicator", () => {
    const table = readIndicatorTable(sheet(CROPS_TARGETS));
    expect(new Set(table.indicators.map((indicator) => indicator.id)).size).toBe(table.indicators.length);
    expect(table.findings.filter((f) => f.code === "row/duplicate-indicator")).toEqual([]);
  });

  it('keeps "Tỷ lệ phòng học kiên cố" under "Trường mầm non" apart from the one under "Trường tiểu học"', () => {
    const table = readIndicatorTable(sheet(SCHOOLS_TARGETS));
    const rooms = table.indicators.filter((indicator) => indicator.name === "Tỷ lệ phòng học kiên cố");
    expect(rooms.map((indicator) => [indicator.path.at(-1), indicator.target])).toEqual([
      ["Trường mầm non", 80],
      ["Trường tiểu học", 90],
    ]);
    expect(rooms[0].id).not.toBe(rooms[1].id);
    expect(table.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("still warns of one name twice under the same parent", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Sản xuất nông nghiệp", "", ""],
        ["a)", "Lúa", "", ""],
        ["-", "Diện tích", "ha", 120],
        ["-", "Diện tích", "ha", 120],
      ]),
    );
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "row/duplicate-indicator", cell: "B5", details: { firstCell: "B4" } }));
  });

  it("levels the name column's numbering the same way when TT is empty", () => {
    const table = readIndicatorTable(
      sheet([
        ["UBND XÃ NÀ LẦU"],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["", "1. Sản xuất nông nghiệp", "", ""],
        ["", "a) Lúa", "", ""],
        ["", "- Diện tích", "ha", 120],
        ["", "- Năng suất", "tạ/ha", 55],
        ["", "b) Ngô", "", ""],
        ["", "- Diện tích", "ha", 40],
        ["", "- Năng suất", "tạ/ha", 50],
      ]),
    );
    expect(table.indicators.map((indicator) => `${indicator.path.join(" › ")} › ${indicator.name}`)).toEqual([
      "Sản xuất nông nghiệp › Lúa › Diện tích",
      "Sản xuất nông nghiệp › Lúa › Năng suất",
      "Sản xuất nông nghiệp › Ngô › Diện tích",
      "Sản xuất nông nghiệp › Ngô › Năng suất",
    ]);
    expect(table.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("makes a parent row with its own figures both an indicator and the group of the rows numbered under it", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Tổng sản lượng lương thực có hạt", "Tấn", "3.098"],
        ["-", "Lúa", "Tấn", "2.898"],
        ["-", "Ngô", "Tấn", 200],
        ["2", "Số hộ nghèo giảm trong năm", "Hộ", 12],
      ]),
    );
    expect(table.indicators.map((indicator) => [indicator.name, indicator.path])).toEqual([
      ["Tổng sản lượng lương thực có hạt", []],
      ["Lúa", ["Tổng sản lượng lương thực có hạt"]],
      ["Ngô", ["Tổng sản lượng lương thực có hạt"]],
      ["Số hộ nghèo giảm trong năm", []],
    ]);
    expect(table.groups.map((group) => group.name)).toEqual(["Tổng sản lượng lương thực có hạt"]);
  });

  it("reads Roman numerals in the TT column as a level of their own above the numbers", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["I", "KINH TẾ", "", ""],
        ["1", "Thu ngân sách", "Triệu đồng", 54],
        ["II", "XÃ HỘI", "", ""],
        ["1", "Số hộ nghèo giảm trong năm", "Hộ", 12],
      ]),
    );
    expect(table.indicators.map((indicator) => indicator.path)).toEqual([["KINH TẾ"], ["XÃ HỘI"]]);
  });

  it("reads a lone I after H in the TT column as the next letter, not a Roman numeral under H", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["H", "MÔI TRƯỜNG", "", ""],
        ["1", "Tỷ lệ hộ dùng nước sạch", "%", 95],
        ["I", "QUỐC PHÒNG - AN NINH", "", ""],
        ["1", "Công tác tuyển quân", "", "Đạt"],
      ]),
    );
    expect(table.indicators.map((indicator) => indicator.path)).toEqual([["MÔI TRƯỜNG"], ["QUỐC PHÒNG - AN NINH"]]);
  });

  it("skips total rows", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Diện tích lúa", "ha", 120],
        ["2", "Diện tích ngô", "ha", 40],
        ["", "Cộng", "ha", 160],
        ["3", "Tổng sản lượng lương thực", "Tấn", 860],
      ]),
    );
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["Diện tích lúa", "Diện tích ngô", "Tổng sản lượng lương thực"]);
  });
});

describe("ditto marks and column numbers (docs/reading-tables.md#layouts)", () => {
  it.each([["''"], ['"'], ["“"], ["”"], ["〃"], ["nt"], ["Như trên"], ["-nt-"]])("reads %p in the unit and target columns as the row above's", (mark) => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        ["1", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", 95],
        ["2", "Tỷ lệ phụ nữ có thai được tiêm phòng uốn ván", mark, mark],
      ]),
    );
    expect(table.indicators.map((indicator) => [indicator.unit, indicator.target])).toEqual([
      ["%", 95],
      ["%", 95],
    ]);
    expect(table.findings).toEqual([]);
  });

  it.each([
    [["A", "B", "C", 1]],
    [["(1)", "(2)", "(3)", "(4)"]],
    [[1, 2, 3, 4]],
  ])("takes the row of column numbers %p under the header for part of the header band", (numbers) => {
    const table = readIndicatorTable(
      sheet([
        ["KẾ HOẠCH NĂM 2024", "", "", ""],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        numbers,
        ["1", "Thu ngân sách", "Triệu đồng", 54],
        ["2", "Số hộ nghèo giảm trong năm", "Hộ", 12],
      ]),
    );
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["Thu ngân sách", "Số hộ nghèo giảm trong năm"]);
    expect(table.findings).toEqual([]);
  });

  it("keeps a running TT counter a counter when a row of column numbers sits under the header", () => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
        [1, 2, 3, 4],
        [1, "I. Nông nghiệp", "", ""],
        [2, "1. Diện tích lúa", "ha", 120],
        [3, "II. Xã hội", "", ""],
        [4, "1. Số hộ nghèo giảm", "Hộ", 12],
      ]),
    );
    expect(table.indicators.map((indicator) => [indicator.path, indicator.name])).toEqual([
      [["Nông nghiệp"], "Diện tích lúa"],
      [["Xã hội"], "Số hộ nghèo giảm"],
    ]);
  });
});
