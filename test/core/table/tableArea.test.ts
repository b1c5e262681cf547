import { findTableArea, followTable, TABLE_GAP_ROWS } from "../../../src/core/table/tableArea";
import { villageReportSheet, REPORT_HEADER, REPORT_HEADER_ROW } from "../../fixtures/villageReportSheet";

const sheet = (values: unknown[][]) => ({ name: "Nà Lầu", values, formats: [] });

describe("findTableArea", () => {
  it("spans the header's columns of the village report template, whatever lies to the right", () => {
    const report = villageReportSheet();
    const values = report.values.map((row) => [...row, ...Array(40).fill(""), "stray"]);
    expect(findTableArea({ ...report, values: values.slice(0, 42) })).toEqual({
      headerRow: REPORT_HEADER_ROW - 1,
      headerLastRow: REPORT_HEADER_ROW - 1,
      columns: REPORT_HEADER.length,
    });
  });

  it.each([
    ["one-row header, a stray value far to its right", [["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", ...Array(12).fill(""), "x"]], { headerRow: 0, headerLastRow: 0, columns: 5 }],
    [
      "consolidated sheet with KH | TH under each village",
      [
        ["TT", "Chỉ tiêu", "ĐVT", "Thôn Nà Lầu", "", "Thôn Khuôn Lùng", ""],
        ["", "", "", "KH", "TH", "KH", "TH"],
      ],
      { headerRow: 0, headerLastRow: 1, columns: 7 },
    ],
    ["title rows above the header", [["ỦY BAN NHÂN DÂN XÃ"], [], ["STT", "Nội dung", "Đơn vị tính", "Kế hoạch"]], { headerRow: 2, headerLastRow: 2, columns: 4 }],
  ])("%s", (_label, values, area) => {
    expect(findTableArea(sheet(values))).toEqual(area);
  });

  it.each([
    ["no header", [["Danh sách hộ"], ["Nguyễn Văn A", 3]]],
    ["nothing", []],
    ["not cells at all", "oops"],
  ])("is null for %s", (_label, values) => {
    expect(findTableArea(sheet(values as unknown[][]))).toBeNull();
  });
});

describe("followTable", () => {
  const area = { headerRow: 0, headerLastRow: 0, columns: 3 };
  const rows = (filled: number[], length: number) =>
    Array.from({ length }, (_, r) => (r === 0 ? ["TT", "Chỉ tiêu", "ĐVT"] : filled.includes(r) ? ["1", "Thu ngân sách", "triệu đồng"] : ["", "", "", "far"]));

  it("ends the table after enough blank rows in its columns; cells to the right do not count", () => {
    expect(followTable(rows([1, 2, 5], 5 + TABLE_GAP_ROWS + 1), area)).toEqual({ row: 5 + TABLE_GAP_ROWS + 1, last: 5, ended: true });
  });

  it("keeps going while the blank rows are fewer", () => {
    expect(followTable(rows([1, 2, 5], 5 + TABLE_GAP_ROWS), area)).toEqual({ row: 5 + TABLE_GAP_ROWS, last: 5, ended: false });
  });

  it("gives the same answer whether the rows arrive at once or in blocks", () => {
    const all = rows([1, 2, 50, 240, 300], 800);
    let trace = followTable(all.slice(0, 100), area);
    trace = followTable(all.slice(0, 260), area, trace);
    trace = followTable(all, area, trace);
    expect(trace.last).toBe(300);
    expect(trace.ended).toBe(true);
    expect(followTable(all, area)).toMatchObject({ last: 300, ended: true });
  });
});
