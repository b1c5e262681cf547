import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { roundScore } from "../../../src/core/scoring/roundScore";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { scoringTarget } from "../../../src/core/scoring/scoringTarget";
import { indicator, report } from "../ranking/reportBuilder";

const GRAIN = indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417);
const SCHOOL = indicator("Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97.5);
const RECRUIT = indicator("Công tác tuyển quân", "Đạt", "Đạt", { kind: "pass" });
const NO_TARGET = indicator("Giá trị sản phẩm trồng trọt thu hoạch bình quân", null, null);

describe("scoreVillage", () => {
  it("averages capped ratios with default weights and rounds to 2 decimals", () => {
    const result = scoreVillage(report("Nà Lầu", [[GRAIN, 2000], [SCHOOL, 78], [RECRUIT, "Đạt"]]), defaultConfig(2024));
    // min(2000/1417, 1.2) = 1.2; 78/97.5 = 0.8; 1 → 100 × 3 / 3
    expect(result.score).toBe(100);
    expect(result.met).toBe(2);
    expect(result.scored).toBe(3);
    expect(result.shortfalls).toEqual([SCHOOL.name]);
    expect(result.lines.map((line) => line.score)).toEqual([1.2, 0.8, 1]);
  });

  it("honours a higher cap", () => {
    const result = scoreVillage(report("Nà Lầu", [[GRAIN, 2834]]), { ...defaultConfig(2024), cap: 1.5 });
    expect(result.score).toBe(150);
  });

  it("skips indicators without a target, not scored by the check, or excluded", () => {
    const config = { ...defaultConfig(2024), indicators: [{ match: "tuyển quân", exclude: true }] };
    const checked = report("Nà Lầu", [[GRAIN, 1417], [NO_TARGET, 59], [RECRUIT, "Đạt"], [SCHOOL, 0]], { scored: [true, true, true, false] });
    const result = scoreVillage(checked, config);
    expect(result.lines.map((line) => line.name)).toEqual([GRAIN.name]);
    expect(result.score).toBe(100);
  });

  it("halves cumulative targets at the mid-year review, not levels", () => {
    const config = { ...defaultConfig(2024), period: "half" as const };
    const result = scoreVillage(report("Nà Lầu", [[GRAIN, 708.5], [SCHOOL, 97.5]]), config);
    expect(result.lines.map((line) => line.target)).toEqual([708.5, 97.5]);
    expect(result.score).toBe(100);
    expect(scoringTarget(GRAIN, "year")).toBe(1417);
    expect(scoringTarget(SCHOOL, "half")).toBe(97.5);
  });

  it("scores a village with nothing to score 0, not eligible, nothing scored (docs/scoring.md#scoring-and-ranking)", () => {
    const result = scoreVillage(report("Nà Lầu", []), defaultConfig(2024));
    expect(result).toMatchObject({ score: 0, met: 0, scored: 0, eligible: false, nothingScored: true, lines: [] });
  });

  it("lets a later rule refine an earlier one", () => {
    const config = {
      ...defaultConfig(2024),
      indicators: [{ match: "tỷ lệ", weight: 3, mandatory: true }, { match: "5 tuổi", weight: 0 }],
    };
    const line = scoreVillage(report("Nà Lầu", [[SCHOOL, 50]]), config).lines[0];
    expect(line).toMatchObject({ weight: 0, mandatory: true });
  });

  it("counts the report's error findings", () => {
    expect(scoreVillage(report("Nà Lầu", [[GRAIN, null]], { errors: 2 }), defaultConfig(2024)).errors).toBe(3);
  });

  it.each([
    [80.125, 80.13],
    [71.428571, 71.43],
    [105.9592, 105.96],
    [0, 0],
  ])("roundScore(%p) = %p", (input, expected) => {
    expect(roundScore(input)).toBe(expected);
  });
});
