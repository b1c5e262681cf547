import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { exampleConfig, GRAIN, MALNUTRITION, SECURITY, sixVillages } from "./seedExample";

// Worked by hand. Weights: grain 2, poor households, malnutrition, security, emulation, discipline 1 each
// (Σw = 7); the budget is excluded. Score = 100 × Σ wᵢ·min(rᵢ, 1.2) / 7.
//
// Nà Lầu      grain 1500/1417 = 1.0586 ×2, poor 44/40 = 1.1, malnutrition 15.9/12 = 1.325 → 1.2,
//             Đạt 1, Xuất sắc ≥ Tốt 1, Không xảy ra 1           Σ = 7.4171 → 105.96, met 6/6
// Nặm Rịa     grain 1700/1417 = 1.1997 ×2, poor 60/40 → 1.2, malnutrition 15.9/10 → 1.2,
//             Không đạt 0 (mandatory), Tốt 1, Không xảy ra 1     Σ = 6.7994 → 97.13, met 5/6, not eligible
// Khuổi Khon  grain 1275.3/1417 = 0.9 ×2, poor 1, malnutrition 1, Đạt 1, Khá < Tốt 0, 1
//                                                                Σ = 5.8 → 82.86, met 4/6
// Nà Lạn      grain 1 ×2, poor 32/40 = 0.8, malnutrition 1, Đạt 1, Tốt 1, Xảy ra 0
//                                                                Σ = 5.8 → 82.86, met 4/6 (tie)
// Bản Tàng    grain missing 0, poor 1, malnutrition 1, Đạt 1, Tốt 1, 1   Σ = 5 → 71.43, met 5/6, 1 error
// Nà Mèo      grain 0.8 ×2, poor 0.5, malnutrition 15.9/31.8 = 0.5, Đạt 1, Trung bình 0, 1
//                                                                Σ = 4.6 → 65.71, met 2/6
describe("ranking six villages of the seed by hand", () => {
  const ranking = rankVillages(sixVillages(), exampleConfig());

  it("ranks, scores and awards every village as worked out by hand", () => {
    const rows = ranking.villages.map((v) => [v.village, v.rank, v.score, `${v.met}/${v.scored}`, v.errors, v.eligible, v.prize, v.amount, v.tie]);
    expect(rows).toEqual([
      ["Nà Lầu", 1, 105.96, "6/6", 0, true, "Giải Nhất", 5_000_000, false],
      ["Nặm Rịa", 2, 97.13, "5/6", 0, false, null, null, false],
      ["Khuổi Khon", 3, 82.86, "4/6", 0, true, "Giải Nhì", 3_000_000, true],
      ["Nà Lạn", 3, 82.86, "4/6", 0, true, "Giải Nhì", 3_000_000, true],
      ["Bản Tàng", 5, 71.43, "5/6", 1, true, null, null, false],
      ["Nà Mèo", 6, 65.71, "2/6", 0, true, null, null, false],
    ]);
  });

  it("checks every score to two decimals", () => {
    const scores = Object.fromEntries(ranking.villages.map((v) => [v.village, v.score]));
    expect(scores["Nà Lầu"]).toBeCloseTo(105.96, 2);
    expect(scores["Nặm Rịa"]).toBeCloseTo(97.13, 2);
    expect(scores["Khuổi Khon"]).toBeCloseTo(82.86, 2);
    expect(scores["Nà Lạn"]).toBeCloseTo(82.86, 2);
    expect(scores["Bản Tàng"]).toBeCloseTo(71.43, 2);
    expect(scores["Nà Mèo"]).toBeCloseTo(65.71, 2);
  });

  it("gives the reason a village is not eligible", () => {
    const namRia = ranking.villages.find((v) => v.village === "Nặm Rịa")!;
    expect(namRia.mandatoryMissed).toEqual([SECURITY.name]);
    expect(namRia.shortfalls).toEqual([SECURITY.name]);
  });

  it("gives no third prize when two villages share the second", () => {
    expect(ranking.villages.filter((v) => v.prize === "Giải Ba")).toEqual([]);
  });

  it("explains a score line by line: target, actual, ratio, capped score, weight", () => {
    const naLau = scoreVillage(sixVillages()[2], exampleConfig());
    expect(naLau.lines).toHaveLength(6);
    const grain = naLau.lines.find((line) => line.indicatorId === GRAIN.id)!;
    expect(grain).toMatchObject({ target: 1417, actual: 1500, weight: 2, met: true, mandatory: false, cell: "E6" });
    expect(grain.ratio).toBeCloseTo(1.0586, 4);
    const malnutrition = naLau.lines.find((line) => line.indicatorId === MALNUTRITION.id)!;
    expect(malnutrition).toMatchObject({ target: 15.9, actual: 12, score: 1.2, weight: 1, met: true });
    expect(malnutrition.ratio).toBeCloseTo(1.325, 4);
    const security = naLau.lines.find((line) => line.indicatorId === SECURITY.id)!;
    expect(security).toMatchObject({ kind: "pass", target: "Đạt", actual: "Đạt", ratio: 1, score: 1, mandatory: true });
  });

  it("scores a missing value 0 and keeps it in the explanation", () => {
    const banTang = ranking.villages.find((v) => v.village === "Bản Tàng")!;
    expect(banTang.lines.find((line) => line.indicatorId === GRAIN.id)).toMatchObject({ actual: null, ratio: 0, score: 0, met: false });
    expect(banTang.shortfalls).toEqual([GRAIN.name]);
  });

  it("reports no configuration finding when every rule matches an indicator", () => {
    expect(ranking.findings).toEqual([]);
    expect(ranking).toMatchObject({ year: 2024, period: "year", cap: 1.2 });
  });
});
