import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { unitAbove } from "../../../src/core/table/unitAbove";

describe("the unit written once above a table (a layout published tables use)", () => {
  it.each([
    [["BIỂU 02: THU NGÂN SÁCH XÃ", "(ĐVT: Đồng)"], "Đồng"],
    [["Đơn vị tính: triệu đồng"], "triệu đồng"],
    [["BÁO CÁO", "DVT: Tấn"], "Tấn"],
    [["(Đơn vị tính: Ha)"], "Ha"],
    [["Đơn vị: UBND xã Khuôn Lùng"], null],
    [["BÁO CÁO KẾT QUẢ NĂM 2024"], null],
    [["Kèm theo Báo cáo số: 12/BC-UBND ngày 05/12/2024"], null],
  ])("%j → %p", (texts, unit) => {
    expect(unitAbove(texts)).toBe(unit);
  });

  it("gives it to every row of a table without a unit column, and no row keeps its own", () => {
    const table = readIndicatorTable({
      name: "Thu chi",
      values: [
        ["BIỂU 02: THU CHI NGÂN SÁCH XÃ NĂM 2025"],
        ["", "", "(ĐVT: Triệu đồng)"],
        ["TT", "Nội dung", "Kế hoạch"],
        [1, "Thu ngân sách trên địa bàn", 1250],
        [2, "Chi đầu tư phát triển", 430.5],
        [3, "Thu phí, lệ phí", 85],
      ],
      formats: [],
    });
    expect(table.indicators.map((i) => [i.name, i.unit, i.unitKey, i.target])).toEqual([
      ["Thu ngân sách trên địa bàn", "Triệu đồng", "triệu đồng", 1250],
      ["Chi đầu tư phát triển", "Triệu đồng", "triệu đồng", 430.5],
      ["Thu phí, lệ phí", "Triệu đồng", "triệu đồng", 85],
    ]);
    expect(table.findings.filter((f) => f.code === "sheet/missing-column" || f.code === "unit/missing")).toEqual([]);
  });

  it("is not used where the table has a unit column", () => {
    const table = readIndicatorTable({
      name: "Chỉ tiêu",
      values: [["(ĐVT: Triệu đồng)"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], [1, "Thu ngân sách", "", 54], [2, "Số hộ nghèo", "Hộ", 6]],
      formats: [],
    });
    expect(table.indicators.map((i) => i.unit)).toEqual([null, "Hộ"]);
  });
});
