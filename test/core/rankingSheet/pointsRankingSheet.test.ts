import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetModel } from "../../../src/core/model/sheetModel";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../../src/core/rankingSheet/buildRankingSheet";
import { indicator, report } from "../ranking/reportBuilder";

const HEADER = { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 }, chart: true };

function at(model: SheetModel, address: string) {
  return model.cells.find((cell) => cell.address === address)?.value ?? "";
}

function rowOf(model: SheetModel, text: string): number {
  const cell = model.cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell "${text}"`);
  return Number(/\d+$/.exec(cell.address)![0]);
}

const POOR = { ...indicator("Số hộ nghèo giảm trong năm", "Hộ", 40), maxPoints: 100 };

function village(name: string, actual: number, self: number | null) {
  const checked = report(name, [[POOR, actual]]);
  const points = { maxPoints: 100, bonus: null, deduction: null, selfPoints: self, verifiedPoints: null, cells: { selfPoints: "G5" } };
  return { ...checked, indicators: checked.indicators.map((line) => ({ ...line, points })) };
}

describe("the ranking sheet in the points method", () => {
  const config: RankingConfig = {
    ...defaultConfig(2024),
    method: "points",
    prizes: [{ name: "Giải Nhất", amount: 5_000_000 }, { name: "Giải khuyến khích", amount: 500_000, count: 2 }],
    tiers: [{ name: "Xuất sắc", min: 90 }, { name: "Tốt", min: 70 }],
    villages: ["Nà Lầu", "Khuổi Khâm", "Nặm Đin", "Bản Chang"],
  };
  const ranking = rankVillages([village("Nà Lầu", 38, 96), village("Khuổi Khâm", 30, null), village("Nặm Đin", 20, 50)], config);
  const model = buildRankingSheet(ranking, HEADER);
  const header = rowOf(model, "Hạng");

  it("shows own points, the points that count, their difference and the tier", () => {
    const columns = "ABCDEFGHIJK";
    expect([...columns].map((c) => at(model, `${c}${header}`))).toEqual([
      "Hạng", "Thôn", "Điểm tự chấm", "Điểm thẩm định / tính", "Chênh lệch", "Xếp loại",
      "Số chỉ tiêu đạt/tổng số", "Chỉ tiêu chưa đạt", "Đề nghị giải", "Tiền thưởng (đồng)", "Ghi chú",
    ]);
    // 38/40 × 100 = 95 (own 96, +1); 30/40 × 100 = 75 (no own score); 20/40 × 100 = 50 (own 50)
    expect(["A", "B", "C", "D", "E", "F", "I"].map((c) => at(model, `${c}${header + 1}`))).toEqual([1, "Nà Lầu", 96, 95, 1, "Xuất sắc", "Giải Nhất"]);
    expect(["B", "C", "D", "E", "F", "I"].map((c) => at(model, `${c}${header + 2}`))).toEqual(["Khuổi Khâm", "", 75, "", "Tốt", "Giải khuyến khích"]);
    expect(["B", "D", "E", "F", "I"].map((c) => at(model, `${c}${header + 3}`))).toEqual(["Nặm Đin", 50, 0, "Không xếp loại", "Giải khuyến khích"]);
  });

  it("lists the roster villages without a report below the ranking", () => {
    expect(model.cells.some((cell) => cell.value === "Chưa nộp báo cáo: Bản Chang.")).toBe(true);
  });

  it("draws the chart from the village and score columns, right of the wider table", () => {
    expect(model.chart).toMatchObject({ categories: `B${header + 1}:B${header + 3}`, values: `D${header + 1}:D${header + 3}`, from: `M${header}` });
  });
});
