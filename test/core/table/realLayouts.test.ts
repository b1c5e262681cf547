import type { SheetCells } from "../../../src/core/model/cells";
import { readIndicatorTable, readTable } from "../../../src/core/table/readIndicatorTable";
import { nameNumbering, StyleLevels } from "../../../src/core/table/nameNumbering";
import { isTotalRow } from "../../../src/core/table/isTotalRow";

const sheet = (values: unknown[][], name = "Biểu 05"): SheetCells => ({ name, values, formats: [] });
const rowsOf = (values: unknown[][]) =>
  readIndicatorTable(sheet(values)).indicators.map((indicator) => [indicator.row, indicator.path.join(" › "), indicator.name, indicator.unit, indicator.target]);

describe("nameNumbering", () => {
  it.each([
    ["E. SẢN XUẤT NÔNG NGHIỆP", "upper", "E", "SẢN XUẤT NÔNG NGHIỆP"],
    ["I.Diện tích cây hàng năm", "roman", "I", "Diện tích cây hàng năm"],
    ["1.Cây lương thực có hạt", "number", "1", "Cây lương thực có hạt"],
    ["1.2.Củ năng", "dotted:2", "1.2", "Củ năng"],
    ["1.1.2.Lúa hè thu", "dotted:3", "1.1.2", "Lúa hè thu"],
    ["a) Trồng rừng", "lower", "a", "Trồng rừng"],
    ["b. Chăn nuôi", "lower", "b", "Chăn nuôi"],
    ["a1.1 Thu gom rác", "lower:3", "a1.1", "Thu gom rác"],
    ["(5) Số thôn đạt chuẩn", "number", "5", "Số thôn đạt chuẩn"],
    ["- Diện tích", "dash", "-", "Diện tích"],
    ["+ Lúa", "plus", "+", "Lúa"],
    ["* Khu vực Nông, lâm, thủy", "star", "*", "Khu vực Nông, lâm, thủy"],
  ])("%p is %s %p, name %p", (text, style, marker, name) => {
    expect(nameNumbering(text)).toEqual({ style, marker, name });
  });

  it.each([["Số hộ nghèo"], ["1.417 hộ"], ["5 tuổi"], ["Tỷ lệ (%)"], ["Y tế"]])("%p has no number", (text) => {
    expect(nameNumbering(text)).toBeNull();
  });

  it("reads a lone I as a letter after H, as a Roman numeral otherwise", () => {
    expect(nameNumbering("I. Nông nghiệp", "H")?.style).toBe("upper");
    expect(nameNumbering("I. Nông nghiệp", "E")?.style).toBe("roman");
    expect(nameNumbering("V. Môi trường", "U")?.style).toBe("upper");
  });

  it("gives styles levels in the order they first appear, a known style back at its level", () => {
    const levels = new StyleLevels();
    expect([levels.levelOf("upper", 0), levels.levelOf("roman", 1), levels.levelOf("number", 2), levels.levelOf("dash", 3), levels.levelOf("roman", 4), levels.levelOf("upper", 2)]).toEqual([1, 2, 3, 4, 2, 1]);
  });
});

describe("isTotalRow", () => {
  it.each([
    ["Tổng cộng", true],
    ["TỔNG CỘNG", true],
    ["Cộng", true],
    ["Tổng số", true],
    ["Tổng", true],
    ["Cộng tiêu chí 1 (1 + 2 + 3 + 4)", true],
    ["Tổng sản lượng lương thực", false],
    ["Cộng đồng dân cư tham gia bảo vệ rừng", false],
    ["Công tác dân số", false],
  ])("%p → %p", (name, total) => {
    expect(isTotalRow(name)).toBe(total);
  });
});

describe("L6: a district's sheet, STT a running counter, the numbering in the names", () => {
  const values = [
    ["TỔNG HỢP CHỈ TIÊU NĂM 2022"],
    ["STT", "Chỉ tiêu", "ĐVT", "KH 2022", "ƯTH 2022"],
    [1, "E. SẢN XUẤT NÔNG NGHIỆP", "", "", ""],
    [2, "I.Diện tích cây hàng năm", "Ha", 1820, 1795.5],
    [3, "1.Cây lương thực có hạt", "Ha", 410, 402],
    [4, "1.1.Lúa cả năm", "", "", ""],
    [5, "- Diện tích", "Ha", 260, 251],
    [6, "- Năng suất", "Tạ/Ha", 58, 61.2],
    [7, "1.2.Ngô", "", "", ""],
    [8, "- Diện tích", "Ha", 150, 151],
    [9, "- Năng suất", "Tạ/Ha", 44, 45.5],
    [10, "F. CHĂN NUÔI", "", "", ""],
    [11, "I.Tổng đàn trâu", "Con", 930, 912],
    [12, "Tổng cộng", "", "", ""],
  ];

  it("takes each row's level from its name's number, the number out of the name, parents with figures as groups too", () => {
    expect(rowsOf(values)).toEqual([
      [4, "SẢN XUẤT NÔNG NGHIỆP", "Diện tích cây hàng năm", "Ha", 1820],
      [5, "SẢN XUẤT NÔNG NGHIỆP › Diện tích cây hàng năm", "Cây lương thực có hạt", "Ha", 410],
      [7, "SẢN XUẤT NÔNG NGHIỆP › Diện tích cây hàng năm › Cây lương thực có hạt › Lúa cả năm", "Diện tích", "Ha", 260],
      [8, "SẢN XUẤT NÔNG NGHIỆP › Diện tích cây hàng năm › Cây lương thực có hạt › Lúa cả năm", "Năng suất", "Tạ/Ha", 58],
      [10, "SẢN XUẤT NÔNG NGHIỆP › Diện tích cây hàng năm › Cây lương thực có hạt › Ngô", "Diện tích", "Ha", 150],
      [11, "SẢN XUẤT NÔNG NGHIỆP › Diện tích cây hàng năm › Cây lương thực có hạt › Ngô", "Năng suất", "Tạ/Ha", 44],
      [13, "CHĂN NUÔI", "Tổng đàn trâu", "Con", 930],
    ]);
  });

  it("keeps the same name under different parents apart, with no duplicate finding", () => {
    const table = readIndicatorTable(sheet(values));
    const ids = table.indicators.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(table.findings.filter((found) => found.code === "row/duplicate-indicator")).toEqual([]);
  });

  it("lists the parents with figures among the groups", () => {
    const groups = readIndicatorTable(sheet(values)).groups.map((group) => [group.row, group.name]);
    expect(groups).toEqual([
      [3, "SẢN XUẤT NÔNG NGHIỆP"],
      [4, "Diện tích cây hàng năm"],
      [5, "Cây lương thực có hạt"],
      [6, "Lúa cả năm"],
      [9, "Ngô"],
      [12, "CHĂN NUÔI"],
    ]);
  });

  it("takes rates (tạ/ha) as levels, areas as totals that accumulate", () => {
    const table = readIndicatorTable(sheet(values));
    expect(table.indicators.map((indicator) => [indicator.unit, indicator.cumulative])).toContainEqual(["Tạ/Ha", false]);
    expect(table.indicators.map((indicator) => [indicator.unit, indicator.cumulative])).toContainEqual(["Ha", true]);
  });
});

describe("L7: bullets inside names, years side by side, a code column", () => {
  it("checks the assessed year's pair and leaves the other years as context", () => {
    const table = readIndicatorTable(
      sheet([
        ["CÁC CHỈ TIÊU TỔNG HỢP VỀ KINH TẾ - XÃ HỘI NĂM 2023"],
        ["STT", "Mã", "Tên chỉ tiêu", "Đơn vị \ntính", "TỔNG HỢP", "", "", "", "So sánh %", "", "Ghi chú"],
        ["", "", "", "", "TH\n2021", "TH\n2022", "KH\n2023", "ƯTH/ TH\n2023", "ƯTH/ TH 2023/ \nTH 2022", "ƯTH/ TH 2023/ \nKH 2023", ""],
        ["", 2831, " * Khu vực Nông, lâm, thủy", "", "", "", "", "", "", "", ""],
        ["", 2832, " - Nông nghiệp", "Tỷ đồng", 120.5, 131, 140, 138.2, 105.5, 98.7, ""],
        ["", 2833, "   + Trồng trọt", "Tỷ đồng", 80, 84, 90, 91.3, 108.7, 101.4, ""],
        ["", 2834, " - Lâm nghiệp", "Ster", 300, 310, 320, 330, 106.5, 103.1, ""],
      ]),
    );
    expect(table).toMatchObject({ layout: "report", headerRow: 2, title: { year: 2023 } });
    expect(table.indicators.map((indicator) => [indicator.row, indicator.path.join(" › "), indicator.name, indicator.unit, indicator.target])).toEqual([
      [5, "Khu vực Nông, lâm, thủy", "Nông nghiệp", "Tỷ đồng", 140],
      [6, "Khu vực Nông, lâm, thủy › Nông nghiệp", "Trồng trọt", "Tỷ đồng", 90],
      [7, "Khu vực Nông, lâm, thủy", "Lâm nghiệp", "Ster", 320],
    ]);
  });

  it.each([
    [2024, "KH 2024", "ƯTH 2024"],
    [2023, "KH 2023", "TH 2023"],
  ])("with the year %p in the title, checks %s against %s", (year, target, actual) => {
    const read = readTable(
      sheet([
        [`BÁO CÁO KẾT QUẢ NĂM ${year}`],
        ["TT", "Chỉ tiêu", "ĐVT", "KH 2023", "TH 2023", "KH 2024", "ƯTH 2024", "Tỉ lệ"],
        [1, "Số lao động được đào tạo nghề", "Lao động", 300, 310, 320, 290, 90.6],
      ]),
    );
    const labels = ["TT", "Chỉ tiêu", "ĐVT", "KH 2023", "TH 2023", "KH 2024", "ƯTH 2024", "Tỉ lệ"];
    expect(read.parsed.layout).toBe("report");
    expect(labels[read.header!.columns.target!]).toBe(target);
    expect(labels[read.header!.columns.actual!]).toBe(actual);
    expect(read.parsed.indicators[0].target).toBe(target === "KH 2023" ? 300 : 320);
  });
});

describe("L5 and L2: numbering under TT, total rows first and last", () => {
  it("nests a name's number under the TT row above it, and skips Cộng … rows", () => {
    expect(
      rowsOf([
        ["TT", "Tên tiêu chí", "Nội dung tiêu chí", "Chỉ tiêu chung", "Ghi chú"],
        ["", "Tổng cộng", "", 100, ""],
        ["I", "QUY HOẠCH", "", "", ""],
        [1, "Quy hoạch và thực hiện quy hoạch", "", "", ""],
        ["", "1. Lập nhiệm vụ quy hoạch", "", "Đạt", ""],
        ["", "2. Công bố quy hoạch", "", "Đạt", ""],
        ["", "Cộng tiêu chí 1 (1 + 2)", "", 100, ""],
        ["II", "HẠ TẦNG", "", "", ""],
        [2, "Giao thông", "", "", ""],
        ["", "2.1. Tỷ lệ đường trục xã được nhựa hóa", "", "100%", ""],
      ]),
    ).toEqual([
      [5, "QUY HOẠCH › Quy hoạch và thực hiện quy hoạch", "Lập nhiệm vụ quy hoạch", null, "Đạt"],
      [6, "QUY HOẠCH › Quy hoạch và thực hiện quy hoạch", "Công bố quy hoạch", null, "Đạt"],
      [10, "HẠ TẦNG › Giao thông", "Tỷ lệ đường trục xã được nhựa hóa", null, 100],
    ]);
  });
});

describe("L11: numbers in parentheses", () => {
  it("takes (1) … (20) out of the names", () => {
    expect(
      rowsOf([
        ["TT", "Nội dung", "ĐVT", "Mục tiêu"],
        ["", "(5) Số thôn, làng đạt chuẩn nông thôn mới", "Thôn", 4],
        ["", "(9) Tỷ lệ tăng dân số tự nhiên", "%", 1.1],
      ]),
    ).toEqual([
      [2, "", "Số thôn, làng đạt chuẩn nông thôn mới", "Thôn", 4],
      [3, "", "Tỷ lệ tăng dân số tự nhiên", "%", 1.1],
    ]);
  });
});

