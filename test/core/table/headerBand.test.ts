import type { SheetCells } from "../../../src/core/model/cells";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { classifySheet } from "../../../src/core/checks/classifySheet";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

const sheet = (values: unknown[][], name = "Tổng hợp"): SheetCells => ({ name, values, formats: [] });

// Village names merged over KH | TH; the second row repeats TT / Chỉ tiêu / ĐVT (merged-down cells typed again).
const repeatedLabels = (): SheetCells =>
  sheet([
    ["BẢNG TỔNG HỢP KẾT QUẢ CÁC THÔN NĂM 2025"],
    ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Thôn Bản Chang", "", "Cốc Phường", "", "Thôn Nặm Nhũng", "", "Toàn xã", ""],
    ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "KH", "TH", "Kế hoạch", "Thực hiện", "KH", "TH", "KH", "TH"],
    [1, "Diện tích trồng rừng mới", "Ha", 12, 13.5, 8, 6, 20, 21, 40, 40.5],
    [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 95, 96, 90, 97, 92, 91, 92, 95],
  ]);

describe("header band of two rows with merged village names", () => {
  it("reads every village when the second row repeats TT, Chỉ tiêu and ĐVT above the KH | TH pairs", () => {
    const table = readIndicatorTable(repeatedLabels());
    expect(table).toMatchObject({ layout: "consolidated", headerRow: 2 });
    expect(table.villageColumns).toEqual([
      { village: "Bản Chang", targetColumn: 3, actualColumn: 4 },
      { village: "Cốc Phường", targetColumn: 5, actualColumn: 6 },
      { village: "Nặm Nhũng", targetColumn: 7, actualColumn: 8 },
    ]);
    expect(table.indicators.map((indicator) => [indicator.row, indicator.name, indicator.unit])).toEqual([
      [4, "Diện tích trồng rừng mới", "Ha"],
      [5, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%"],
    ]);
    expect(table.findings).toEqual([]);
  });

  it("classifies the sheet as consolidated, not as one village's report", () => {
    expect(classifySheet(repeatedLabels()).layout).toBe("consolidated");
  });

  it("checks each village against its own KH column and its own TH column", () => {
    const { reports } = readVillageReports([repeatedLabels()]);
    expect(reports.map((report) => report.village)).toEqual(["Bản Chang", "Cốc Phường", "Nặm Nhũng"]);
    const figures = reports.map((report) => report.indicators.map((checked) => [checked.indicator.target, checked.actual, checked.cell]));
    expect(figures).toEqual([
      [[12, 13.5, "E4"], [95, 96, "E5"]],
      [[8, 6, "G4"], [90, 97, "G5"]],
      [[20, 21, "I4"], [92, 91, "I5"]],
    ]);
  });

  it.each([
    ["repeated labels", ["TT", "Chỉ tiêu", "ĐVT"]],
    ["blank merged-down cells", ["", "", ""]],
    ["only TT repeated", ["TT", "", ""]],
  ])("reads the same villages with %s under TT / Chỉ tiêu / ĐVT", (_, under) => {
    const table = readIndicatorTable(
      sheet([
        ["TT", "Chỉ tiêu", "ĐVT", "Pò Pheo", "", "Khuổi Vùa", ""],
        [...under, "KH", "TH", "KH", "TH"],
        [1, "Số hộ thoát nghèo", "Hộ", 4, 5, 6, 2],
      ]),
    );
    expect(table.layout).toBe("consolidated");
    expect(table.villageColumns.map((column) => [column.village, column.targetColumn, column.actualColumn])).toEqual([
      ["Pò Pheo", 3, 4],
      ["Khuổi Vùa", 5, 6],
    ]);
    expect(table.indicators.map((indicator) => indicator.name)).toEqual(["Số hộ thoát nghèo"]);
  });

  it("reads a three-row band: communes over years over ratios, the total block first and left out", () => {
    const table = readIndicatorTable(
      sheet([
        ["BIỂU 07: TỔNG HỢP CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM\u00a02021\u00a0\u00a0PHÂN THEO CÁC XÃ"],
        ["STT", "Chỉ tiêu", "ĐVT", "Toàn huyện", "", "", "", "", "Ủy Ban Nhân Dân Xã Lạc Xuân", "", "", "", "", "Ủy Ban Nhân Dân Thị Trấn Thạnh Mỹ", "", "", "", ""],
        ["", "", "", "TH 2020", "KH 2021", "ƯTH 2021", "So sánh%", "", "TH2020", "KH2021", "ƯTH2021", "So sánh %", "", "TH2020", "KH2021", "ƯTH2021", "So sánh %", ""],
        ["", "", "", "", "", "", "ƯTH2021/ƯTH2020", "ƯKH2021/KH2021", "", "", "", "ƯTH2021/ƯTH2020", "ƯKH2021/KH2021", "", "", "", "ƯTH2021/ƯTH2020", "ƯKH2021/KH2021"],
        [1, "Diện tích lúa", "Ha", 50, 60, 55, 1.1, 0.92, 20, 25, 24, 1.2, 0.96, 30, 35, 31, 1.03, 0.89],
      ]),
    );
    expect(table).toMatchObject({ layout: "consolidated", headerRow: 2, title: { year: 2021 } });
    expect(table.villageColumns).toEqual([
      { village: "Lạc Xuân", targetColumn: 9, actualColumn: 10 },
      { village: "Thạnh Mỹ", targetColumn: 14, actualColumn: 15 },
    ]);
    expect(table.indicators.map((indicator) => [indicator.row, indicator.name, indicator.unit])).toEqual([[5, "Diện tích lúa", "Ha"]]);
  });
});
