import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { resultTotals } from "../../../src/core/results/resultTotals";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";

// Issue 28, cause 1: "trên 95%" with exactly 95 is a shortfall, and every use of "met?" says so.

const INSURANCE = "Tỷ lệ hộ dân tham gia bảo hiểm y tế";
const ROWS: [string, string, string | number][] = [
  [INSURANCE, "%", "trên 95%"],
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Số lao động được giải quyết việc làm", "Lao động", 10],
];

/** The commune's target sheet as a clerk types it: the issuing body, a title, the header, numbered rows. */
function targetSheet(): SheetCells {
  return {
    name: "Chỉ tiêu 2024",
    values: [
      ["UBND XÃ NÀ PHẶC", "", "", ""],
      ["CHỈ TIÊU THI ĐUA NĂM 2024", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024"],
      ...ROWS.map(([name, unit, target], index) => [index + 1, name, unit, target]),
    ],
    formats: [],
  };
}

/** A village's report: the same rows with its figures in Thực hiện. */
function villageSheet(village: string, actuals: readonly number[]): SheetCells {
  return {
    name: village,
    values: [
      ["UBND XÃ NÀ PHẶC", "", "", "", ""],
      [`THÔN ${village.toUpperCase()}`, "", "", "", ""],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024", "", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
      ...ROWS.map(([name, unit, target], index) => [index + 1, name, unit, target, actuals[index]]),
    ],
    formats: [],
  };
}

const checked = (village: string, actuals: readonly number[]) => checkReport(villageSheet(village, actuals), { targets: targetSheet() });

const mandatory = (extra: Partial<RankingConfig> = {}): RankingConfig => ({
  ...defaultConfig(2024),
  indicators: [{ match: "bảo hiểm y tế", mandatory: true }],
  ...extra,
});

describe("an actual exactly at a strict target", () => {
  it("is a shortfall in the check, with its completion ratio 1", () => {
    const report = checked("Nà Lầu", [95, 6, 10]);
    expect(report.indicators[0]).toMatchObject({ status: "shortfall", completion: 1 });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "target/shortfall", indicator: INSURANCE, expected: 95, actual: 95 }));
  });

  it("is not met in the score's lines, but scores a full ratio", () => {
    const score = scoreVillage(checked("Nà Lầu", [95, 6, 10]), defaultConfig(2024));
    expect(score.lines[0]).toMatchObject({ ratio: 1, score: 1, met: false });
    expect([score.score, score.met, score.scored]).toEqual([100, 2, 3]);
    expect(score.shortfalls).toEqual([INSURANCE]);
  });

  it("misses a mandatory indicator: two villages at exactly 95 take no prize", () => {
    const reports = [checked("Nà Lầu", [95, 8, 12]), checked("Khuổi Khâm", [95, 7, 12]), checked("Pác Nặm", [96, 6, 10]), checked("Tát Mạ", [97, 5, 9])];
    const ranking = rankVillages(reports, mandatory());
    const byName = Object.fromEntries(ranking.villages.map((v) => [v.village, v]));
    expect(byName["Nà Lầu"]).toMatchObject({ eligible: false, prize: null, mandatoryMissed: [INSURANCE] });
    expect(byName["Khuổi Khâm"]).toMatchObject({ eligible: false, prize: null, mandatoryMissed: [INSURANCE] });
    expect(byName["Pác Nặm"]).toMatchObject({ eligible: true, prize: "Giải Nhất" });
    expect(byName["Tát Mạ"]).toMatchObject({ eligible: true, prize: "Giải Nhì" });
    // ranked above on their score, all the same
    expect(byName["Nà Lầu"].rank).toBeLessThan(byName["Pác Nặm"].rank);
  });

  it("gives no all-or-nothing points, and counts as missed under the points method", () => {
    const config = mandatory({ method: "points", award: "all-or-nothing", indicators: [{ match: "bảo hiểm y tế", mandatory: true, points: 10 }, { match: "hộ nghèo", points: 10 }, { match: "lao động", points: 10 }] });
    const at = scoreVillage(checked("Nà Lầu", [95, 6, 10]), config);
    const above = scoreVillage(checked("Pác Nặm", [95.5, 6, 10]), config);
    expect(at.lines[0].points).toMatchObject({ award: 0 });
    expect([at.score, at.met, at.eligible]).toEqual([20, 2, false]);
    expect([above.score, above.met, above.eligible]).toEqual([30, 3, true]);
  });

  it("loses the met-count tie-break to a village just above it with the same score", () => {
    // Both score 100 (ratios capped at 1 where the cap is 1); the one at exactly 95 met one indicator fewer.
    const config = { ...defaultConfig(2024), cap: 1 };
    const ranking = rankVillages([checked("Nà Lầu", [95, 6, 10]), checked("Khuổi Khâm", [95.2, 6, 10])], config);
    expect(ranking.villages.map((v) => [v.village, v.score, v.met, v.rank, v.prize])).toEqual([
      ["Khuổi Khâm", 100, 3, 1, "Giải Nhất"],
      ["Nà Lầu", 100, 2, 2, "Giải Nhì"],
    ]);
  });

  it("is met at the mid-year review against the halved target only when it is above it", () => {
    const config: RankingConfig = { ...defaultConfig(2024), period: "half" };
    const report = checkReport(villageSheet("Nà Lầu", [95.5, 3, 5]), { targets: targetSheet() });
    const score = scoreVillage(report, config);
    expect(score.lines.map((line) => [line.target, line.met])).toEqual([
      [95, true],
      [3, true],
      [5, true],
    ]);
  });
});

describe("the commune's total at a strict target (docs/outputs.md#results-across-the-villages)", () => {
  it("is short when the villages' sum is exactly the commune's 'trên' target", () => {
    const GRAIN = "Tổng sản lượng lương thực có hạt";
    const commune: SheetCells = {
      name: "Chỉ tiêu 2024",
      values: [
        ["UBND XÃ NÀ PHẶC", "", "", ""],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024"],
        [1, GRAIN, "Tấn", "trên 1.000"],
      ],
      formats: [],
    };
    const village = (name: string, actual: number): SheetCells => ({
      name,
      values: [[`THÔN ${name.toUpperCase()}`, "", "", "", ""], ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"], [1, GRAIN, "Tấn", 500, actual]],
      formats: [],
    });
    const reports = [checkReport(village("Nà Lầu", 600), { targets: commune }), checkReport(village("Khuổi Khâm", 400), { targets: commune })];
    // the commune's row as the report applied it: "trên", strict
    const communeRows = [{ ...reports[0].indicators[0].indicator, target: 1000 }];
    expect(communeRows[0].comparison).toBe(">");
    expect(resultTotals(reports, communeRows, "year")[0]).toMatchObject({ total: 1000, target: 1000, status: "shortfall" });
  });
});
