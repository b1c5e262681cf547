import { checkReport } from "../../../src/core/checks/checkReport";
import { tiersSchema } from "../../../src/core/config/pointsSchemas";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import type { SheetModel } from "../../../src/core/model/sheetModel";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../../src/core/rankingSheet/buildRankingSheet";

const HEADER = { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 } };

// Standards I (20 điểm) and II (20 điểm), two criteria each, as the unit's form is typed: verified points.
function form(village: string, [a, b, c, d]: number[]): SheetCells {
  return {
    name: village,
    values: [
      ["BẢNG CHẤM ĐIỂM THÔN VĂN HÓA NĂM 2024"],
      [`Thôn: ${village}`],
      ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"],
      ["I", "Đời sống kinh tế ổn định", 20, "", ""],
      [1, "Có từ 80% hộ có việc làm ổn định", 10, a, a],
      [2, "Thu nhập bình quân cao hơn mức của xã", 10, b, b],
      ["II", "Đời sống văn hóa lành mạnh", 20, "", ""],
      [3, "Nhà văn hóa đạt chuẩn", 10, c, c],
      [4, "Sinh hoạt văn hóa thường xuyên", "10 điểm", d, d],
      ["", "Tổng cộng", 40, "", ""],
    ],
    formats: [],
  };
}

function at(model: SheetModel, address: string) {
  return model.cells.find((cell) => cell.address === address)?.value ?? "";
}

function rowOf(model: SheetModel, text: string): number {
  const cell = model.cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell "${text}"`);
  return Number(/\d+$/.exec(cell.address)![0]);
}

describe("the ranking sheet of scoring forms", () => {
  const config: RankingConfig = {
    ...defaultConfig(2024),
    tiers: tiersSchema.parse([{ name: "Thôn văn hóa", min: 30, groupMinShare: 0.5 }, { name: "Đạt", min: 20 }]),
  };
  // Nà Lầu 36 (18 + 18); Khuổi Khâm 31 (19 + 12); Nặm Đin 32 (20 + 12 … but II only 9 of 20, below 10)
  const ranking = rankVillages([checkReport(form("Nà Lầu", [9, 9, 9, 9])), checkReport(form("Khuổi Khâm", [10, 9, 6, 6])), checkReport(form("Nặm Đin", [10, 10, 5, 4]))], config);
  const model = buildRankingSheet(ranking, HEADER);
  const header = rowOf(model, "Hạng");

  it("has a column per standard with each unit's subtotal, then the total and the tier", () => {
    expect([..."ABCDEFGH"].map((c) => at(model, `${c}${header}`))).toEqual([
      "Hạng", "Thôn", "Điểm tự chấm", "Tiêu chuẩn I (20 điểm)", "Tiêu chuẩn II (20 điểm)", "Điểm thẩm định / tính", "Chênh lệch", "Xếp loại",
    ]);
    const rows = [1, 2, 3].map((offset) => [..."BDEFH"].map((c) => at(model, `${c}${header + offset}`)));
    expect(rows).toEqual([
      ["Nà Lầu", 18, 18, 36, "Thôn văn hóa"],
      ["Nặm Đin", 20, 9, 29, "Đạt"],
      ["Khuổi Khâm", 19, 12, 31, "Thôn văn hóa"],
    ].sort((a, b) => (b[3] as number) - (a[3] as number)));
  });

  it("gives no floor note to a unit whose total is below the tier anyway", () => {
    const ranked = ranking.villages.find((v) => v.village === "Nặm Đin")!;
    const row = header + 1 + ranking.villages.indexOf(ranked);
    const note = model.cells.find((cell) => cell.address === `${noteColumn(model, header)}${row}`)?.value;
    // 29 is below the 30 of "Thôn văn hóa" too, so no floor note for it
    expect(note ?? null).toBeNull();
  });

  it("names the standard, its points and the minimum when the floor alone kept the tier", () => {
    const kept = rankVillages([checkReport(form("Pác Nặm", [10, 10, 9, 0]))], { ...config, tiers: tiersSchema.parse([{ name: "Thôn văn hóa", min: 25, groupMinShare: 0.5 }, { name: "Đạt", min: 20 }]) });
    const sheet = buildRankingSheet(kept, HEADER);
    const top = rowOf(sheet, "Hạng");
    expect(at(sheet, `${noteColumn(sheet, top)}${top + 1}`)).toBe('Không xếp loại "Thôn văn hóa": Tiêu chuẩn II: 9/20 điểm, dưới mức tối thiểu 10');
    expect(kept.villages[0].tier).toBe("Đạt");
  });

  it("says how the forms were scored in their own words, never a target's", () => {
    const words = String(model.cells.find((cell) => typeof cell.value === "string" && cell.value.startsWith("Cách tính"))?.value);
    expect(words).toContain("chấm theo bảng điểm");
    expect(words).toContain("điểm thẩm định");
    expect(words).not.toContain("mục tiêu");
  });

  it("keeps the signature block together on an A4 landscape page one page wide", () => {
    expect(model.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
    expect(model.cells.some((cell) => cell.value === "TM. ỦY BAN NHÂN DÂN")).toBe(true);
  });
});

function noteColumn(model: SheetModel, header: number): string {
  const cell = model.cells.find((c) => c.value === "Ghi chú" && c.address.endsWith(String(header)));
  return cell!.address.replace(/\d+$/, "");
}
