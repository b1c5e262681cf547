import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import { tiersSchema } from "../../../src/core/config/pointsSchemas";
import type { SheetCells } from "../../../src/core/model/cells";
import { rankVillages } from "../../../src/core/ranking/rankVillages";

const HEADER = ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"];

// Two standards of 10 points each (20 in all): the unit's verified points in each standard's two criteria.
function form(village: string, [a, b, c, d]: number[]): SheetCells {
  return {
    name: village,
    values: [
      ["BẢNG CHẤM ĐIỂM THÔN VĂN HÓA NĂM 2024"],
      [`Thôn: ${village}`],
      HEADER,
      ["I", "Đời sống kinh tế", 10, "", ""],
      [1, "Việc làm ổn định", 5, a, a],
      [2, "Thu nhập", 5, b, b],
      ["II", "Đời sống văn hóa", 10, "", ""],
      [3, "Nhà văn hóa", 5, c, c],
      [4, "Đội văn nghệ", 5, d, d],
    ],
    formats: [],
  };
}

const tiers = tiersSchema.parse([
  { name: "Thôn văn hóa xuất sắc", min: 16, groupMinShare: 0.8 },
  { name: "Thôn văn hóa", min: 14, groupMinShare: 0.5 },
  { name: "Đạt", min: 10 },
]);
const config: RankingConfig = { ...defaultConfig(2024), tiers };

describe("tiers with a floor per standard (groupMinShare)", () => {
  it.each([
    // [unit, points, tier, floors missed: [tier, standard, share, needed]]
    ["every standard above the floors", [5, 5, 5, 4], "Thôn văn hóa xuất sắc", []],
    ["one standard at 70 % of its maximum", [5, 5, 4, 3], "Thôn văn hóa", [["Thôn văn hóa xuất sắc", "Đời sống văn hóa", 0.7, 1]]],
    ["one standard at 40 % of its maximum", [5, 5, 2, 2], "Đạt", [["Thôn văn hóa", "Đời sống văn hóa", 0.4, 1]]],
  ])("%s", (_, points, tier, missed) => {
    const ranking = rankVillages([checkReport(form("Nà Lầu", points))], config);
    expect(ranking.villages[0].tier).toBe(tier);
    const floors = ranking.findings.filter((f) => f.code === "points/below-floor");
    expect(floors.map((f) => [f.details?.tier, f.details?.group, f.details?.share, f.details?.needed])).toEqual(missed);
    for (const f of floors) expect(f).toMatchObject({ severity: "info", sheet: "Nà Lầu", cell: "B7", details: { floor: expect.any(Number), max: 10 } });
  });

  it("takes tiers set by floors alone (đạt chuẩn from 85 %, cơ bản đạt from 75 %)", () => {
    const floorsOnly = tiersSchema.parse([{ name: "Đạt chuẩn", groupMinShare: 0.85 }, { name: "Cơ bản đạt", groupMinShare: 0.75 }]);
    const ranking = rankVillages([checkReport(form("Nà Lầu", [5, 4, 4, 4])), checkReport(form("Khuổi Khâm", [5, 5, 5, 4]))], { ...config, tiers: floorsOnly });
    expect(ranking.villages.map((v) => [v.village, v.tier])).toEqual([["Khuổi Khâm", "Đạt chuẩn"], ["Nà Lầu", "Cơ bản đạt"]]);
  });

  it("refuses a tier with neither min nor groupMinShare", () => {
    expect(tiersSchema.safeParse([{ name: "Đạt" }]).success).toBe(false);
  });
});
