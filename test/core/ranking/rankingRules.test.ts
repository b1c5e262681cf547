import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { awardPrizes } from "../../../src/core/ranking/awardPrizes";
import { byErrorsAsc, byMetDesc, byScoreDesc, rankingOrder } from "../../../src/core/ranking/compareVillages";
import { distinctVillageNames } from "../../../src/core/ranking/distinctVillageNames";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { sharedRanks } from "../../../src/core/ranking/sharedRanks";
import type { VillageScore } from "../../../src/core/scoring/scoreVillage";
import { indicator, report } from "./reportBuilder";

function standing(village: string, score: number, met = 0, errors = 0, eligible = true): VillageScore {
  return { village, sheet: village, score, met, errors, eligible, scored: 10, mandatoryMissed: [], shortfalls: [], lines: [] };
}

describe("named comparators", () => {
  it("order by score, then indicators met, then fewer errors", () => {
    const villages = [standing("A", 90, 5, 0), standing("B", 95, 1, 9), standing("C", 90, 6, 3), standing("D", 90, 6, 1)];
    expect([...villages].sort(rankingOrder).map((v) => v.village)).toEqual(["B", "D", "C", "A"]);
    expect([...villages].sort(byScoreDesc)[0].village).toBe("B");
    expect([...villages].sort(byMetDesc)[0].met).toBe(6);
    expect([...villages].sort(byErrorsAsc)[0].village).toBe("A");
  });

  it("call villages equal on all three keys equal", () => {
    expect(rankingOrder(standing("A", 90, 5, 1), standing("B", 90, 5, 1))).toBe(0);
  });
});

describe("sharedRanks", () => {
  it("gives 1, 2, 2, 4", () => {
    expect(sharedRanks([90, 80, 80, 70], (a, b) => b - a)).toEqual([1, 2, 2, 4]);
  });
});

describe("awardPrizes", () => {
  const prizes = defaultConfig(2024).prizes;

  it("gives two villages tied first the first prize with the tie flag, and no second prize", () => {
    const awards = awardPrizes([standing("A", 90), standing("B", 90), standing("C", 80), standing("D", 70)], prizes);
    expect(awards).toEqual([
      { prize: "Giải Nhất", amount: 5_000_000, tie: true },
      { prize: "Giải Nhất", amount: 5_000_000, tie: true },
      { prize: "Giải Ba", amount: 1_000_000, tie: false },
      { prize: null, amount: null, tie: false },
    ]);
  });

  it("skips ineligible villages: prizes go by rank among eligible ones", () => {
    const awards = awardPrizes([standing("A", 99, 0, 0, false), standing("B", 90), standing("C", 80)], prizes);
    expect(awards.map((award) => award.prize)).toEqual([null, "Giải Nhất", "Giải Nhì"]);
  });

  it("gives all tied villages the last prize when they tie on it", () => {
    const awards = awardPrizes([standing("A", 90), standing("B", 85), standing("C", 80), standing("D", 80)], prizes);
    expect(awards.map((award) => [award.prize, award.tie])).toEqual([
      ["Giải Nhất", false],
      ["Giải Nhì", false],
      ["Giải Ba", true],
      ["Giải Ba", true],
    ]);
  });

  it("gives nothing when no prize is configured", () => {
    expect(awardPrizes([standing("A", 90)], [])).toEqual([{ prize: null, amount: null, tie: false }]);
  });
});

describe("two reports of the same village", () => {
  it("are both kept, named with their sheets", () => {
    expect(distinctVillageNames([{ village: "Nà Lầu", sheet: "T1" }, { village: "NÀ LẦU", sheet: "T2" }, { village: "Nà Mèo", sheet: "T3" }])).toEqual([
      "Nà Lầu (T1)",
      "NÀ LẦU (T2)",
      "Nà Mèo",
    ]);
  });

  it("are numbered when their sheets are named the same too", () => {
    expect(distinctVillageNames([{ village: "Nà Lầu", sheet: "Báo cáo" }, { village: "Nà Lầu", sheet: "Báo cáo" }])).toEqual([
      "Nà Lầu (Báo cáo)",
      "Nà Lầu (Báo cáo) (2)",
    ]);
  });

  it("are ranked separately", () => {
    const grain = indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417);
    const ranking = rankVillages([report("Nà Lầu", [[grain, 1417]], { sheet: "a.xlsx" }), report("Nà Lầu", [[grain, 700]], { sheet: "b.xlsx" })], defaultConfig(2024));
    expect(ranking.villages.map((v) => [v.village, v.sheet, v.rank])).toEqual([
      ["Nà Lầu (a.xlsx)", "a.xlsx", 1],
      ["Nà Lầu (b.xlsx)", "b.xlsx", 2],
    ]);
  });
});

describe("a mandatory indicator left out of a report", () => {
  const security = indicator("Phân đấu xã, thị trấn đạt tiêu chuẩn “an toàn về an ninh, trật tự”", "Đạt", "Đạt", { kind: "pass" });
  const reworded = indicator("Phấn đấu đạt tiêu chuẩn an toàn về an ninh, trật tự", "Đạt", "Đạt", { kind: "pass" });
  const grain = indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417);
  const config = { ...defaultConfig(2024), indicators: [{ match: "an toàn về an ninh, trật tự", mandatory: true }] };

  it("counts as missed, so leaving the row out is no way around điểm liệt", () => {
    const ranking = rankVillages([report("Nà Lầu", [[grain, 1417], [security, "Đạt"]]), report("Nặm Đin", [[grain, 2000]])], config);
    const namDin = ranking.villages.find((v) => v.village === "Nặm Đin")!;
    expect(namDin).toMatchObject({ eligible: false, mandatoryMissed: [security.name], prize: null, score: 120 });
    expect(ranking.villages.find((v) => v.village === "Nà Lầu")).toMatchObject({ eligible: true, prize: "Giải Nhất" });
  });

  it("counts as missed when the row is kept without a target, so it is not scored", () => {
    const blank = indicator(security.name, "Đạt", null, { kind: "pass" });
    const ranking = rankVillages([report("Nà Lầu", [[grain, 1417], [security, "Đạt"]]), report("Nặm Đin", [[grain, 2000], [blank, "Đạt"]])], config);
    expect(ranking.villages.find((v) => v.village === "Nặm Đin")).toMatchObject({ eligible: false, mandatoryMissed: [security.name], prize: null });
  });

  it("counts as missed when the row matched no target and is not scored", () => {
    const ranking = rankVillages(
      [report("Nà Lầu", [[grain, 1417], [security, "Đạt"]]), report("Nặm Đin", [[grain, 2000], [reworded, "Đạt"]], { scored: [true, false] })],
      config,
    );
    expect(ranking.villages.find((v) => v.village === "Nặm Đin")).toMatchObject({ eligible: false, mandatoryMissed: [security.name] });
  });

  it("is found under a slightly different name", () => {
    const ranking = rankVillages([report("Nà Lầu", [[security, "Đạt"]]), report("Nặm Đin", [[reworded, "Đạt"]])], config);
    expect(ranking.villages.every((v) => v.eligible)).toBe(true);
  });

  it("changes nothing when no village was scored on it", () => {
    const ranking = rankVillages([report("Nà Lầu", [[grain, 1417]])], config);
    expect(ranking.villages[0].eligible).toBe(true);
  });
});

describe("rankVillages findings", () => {
  it("names each rule that matches no indicator of any report, on the configuration sheet", () => {
    const grain = indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417);
    const config = { ...defaultConfig(2024), indicators: [{ match: "lương thực", weight: 2 }, { match: "suy dinh dưỡng", direction: "lower" as const }] };
    const ranking = rankVillages([report("Nà Lầu", [[grain, 1417]])], config);
    expect(ranking.findings).toEqual([
      {
        code: "config/rule-matches-nothing",
        severity: "error",
        sheet: "Cấu hình xếp hạng",
        cell: null,
        actual: "suy dinh dưỡng",
        details: { field: "indicators[1].match", rule: "suy dinh dưỡng" },
      },
    ]);
  });

  it("ranks no village into an empty ranking", () => {
    expect(rankVillages([], defaultConfig(2025))).toEqual({ year: 2025, period: "year", cap: 1.2, villages: [], findings: [] });
  });
});
