import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import { configSheetModel } from "../../../src/core/config/configSheetModel";
import { parseConfigJson } from "../../../src/core/config/parseConfigJson";
import { readConfigSheet } from "../../../src/core/config/readConfigSheet";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import { en } from "../../../src/core/messages/en";
import { vi } from "../../../src/core/messages/vi";
import type { SheetCells } from "../../../src/core/model";
import { rankReportsOnce } from "../../../src/core/ranking/rankReportsOnce";
import { commonMaxima } from "../../../src/core/scoring/commonMaxima";
import { rulesOf } from "../../../src/core/scoring/resolveRules";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { indicator, report } from "../ranking/reportBuilder";
import { sheetCellsOf } from "../config/sheetCellsOf";

// Hostile points, as issue 28 tried them (causes 5 and 6): sheets typed as a clerk types them, read by
// the core the way the pane and the command line read them.

const POINTS: RankingConfig = { ...defaultConfig(2024), method: "points" };

// The commune's targets, without Điểm chuẩn: each village's report carries its own.
function communeTargets(): SheetCells {
  return {
    name: "Chỉ tiêu 2024",
    values: [
      ["UBND XÃ TÂN LẬP", "", "", ""],
      ["CHỈ TIÊU THI ĐUA CÁC THÔN NĂM 2024", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"],
      [1, "Thu nhập bình quân đầu người", "Triệu đồng", 45],
      [2, "Số hộ nghèo giảm trong năm", "Hộ", 4],
      [3, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 95],
    ],
    formats: [],
  };
}

type Row = [income: number, poor: number, water: number];

/** A village's report: TT | Chỉ tiêu | ĐVT | Mục tiêu | Thực hiện | Điểm chuẩn | Điểm tự chấm, and any commune columns after. */
function villageReport(village: string, actual: Row, maxima: Row, commune: { header: string; values: (number | string)[] } | null = null): SheetCells {
  const header = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Điểm chuẩn", "Điểm tự chấm", ...(commune ? [commune.header] : [])];
  const names: [string, string, number][] = [
    ["Thu nhập bình quân đầu người", "Triệu đồng", 45],
    ["Số hộ nghèo giảm trong năm", "Hộ", 4],
    ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 95],
  ];
  return {
    name: village,
    values: [
      [`BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 - THÔN ${village.toUpperCase()}`, "", "", "", "", "", ""],
      [`Thôn: ${village}`, "", "", "", "", "", ""],
      header,
      ...names.map(([name, unit, target], index) => [index + 1, name, unit, target, actual[index], maxima[index], "", ...(commune ? [commune.values[index]] : [])]),
    ],
    formats: [],
  };
}

function rank(sheets: SheetCells[], config: RankingConfig) {
  const { reports } = readVillageReports(sheets, { targets: communeTargets(), year: 2024 });
  return rankReportsOnce(reports, config).ranking;
}

describe("a village never sets its own maximum points", () => {
  // Pác Cáp did worst on income but wrote 60 instead of 15 beside it: 60 × 40/45 = 53,33 would win.
  const sheets = () => [
    villageReport("Nà Lầu", [45, 4, 96], [15, 10, 10]),
    villageReport("Khuôn Lùng", [44, 4, 95], [15, 10, 10]),
    villageReport("Nặm Đin", [43, 3, 95], [15, 10, 10]),
    villageReport("Pác Cáp", [40, 4, 95], [60, 10, 10]),
  ];

  it("scores every village on the maximum most reports write, and names the village and indicator that differ", () => {
    const ranking = rank(sheets(), POINTS);
    const thu = ranking.villages.find((v) => v.village.includes("Pác Cáp"))!;
    // 15 × 40/45 + 10 + 10 = 33,33: third, behind Khuôn Lùng's 34,67, ahead of Nặm Đin's 31,83
    expect(thu).toMatchObject({ score: 33.33, rank: 3, prize: "Giải Ba" });
    expect(ranking.villages[0]).toMatchObject({ village: "Nà Lầu", score: 35, prize: "Giải Nhất" });
    const differs = ranking.findings.filter((f) => f.code === "points/max-differs");
    expect(differs).toEqual([
      expect.objectContaining({ sheet: "Pác Cáp", cell: "F4", indicator: "Thu nhập bình quân đầu người", expected: 15, actual: 60, details: { village: "Pác Cáp", reports: 3 } }),
    ]);
    expect(vi(differs[0])).toContain("Pác Cáp");
    expect(vi(differs[0])).toContain("nhiều báo cáo ghi nhất");
    expect(en(differs[0])).toContain("the maximum most reports write");
  });

  it("takes the lower maximum when as many reports write each, so one report cannot raise the basis", () => {
    const ranking = rank([villageReport("Nà Lầu", [45, 4, 96], [15, 10, 10]), villageReport("Pác Cáp", [40, 4, 95], [60, 10, 10])], POINTS);
    expect(ranking.villages.map((v) => [v.village, v.score, v.prize])).toEqual([
      ["Nà Lầu", 35, "Giải Nhất"],
      ["Pác Cáp", 33.33, "Giải Nhì"],
    ]);
  });

  it("gives a row left blank the maximum the others write, instead of leaving a bad result unscored", () => {
    const blank = villageReport("Pác Cáp", [10, 4, 95], [15, 10, 10]);
    blank.values[3][5] = "";
    const ranking = rank([...sheets().slice(0, 3), blank], POINTS);
    const thu = ranking.villages.find((v) => v.village === "Pác Cáp")!;
    expect(thu.score).toBe(23.33);
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "points/max-differs", sheet: "Pác Cáp", cell: null, expected: 15, actual: null }));
  });

  it("leaves the commune's own Điểm chuẩn and a rule's points as they are", () => {
    const targets = communeTargets();
    targets.values = targets.values.map((row, index) => (index < 2 ? row : [...row, index === 2 ? "Điểm chuẩn" : 15]));
    const { reports } = readVillageReports(sheets(), { targets, year: 2024 });
    const ranking = rankReportsOnce(reports, POINTS).ranking;
    expect(ranking.findings.filter((f) => f.code === "points/max-differs")).toEqual([]);
    expect(ranking.villages.find((v) => v.village === "Pác Cáp")?.score).toBe(43.33);
  });
});

describe("the commune's columns in a village's report", () => {
  const verified = { header: "Điểm thẩm định", values: [15, 10, 10] };

  it("are warned and not counted unless the configuration says the commune filled them", () => {
    const sheet = villageReport("Pác Cáp", [30, 2, 80], [15, 10, 10], verified);
    const report = checkReport(sheet, { targets: communeTargets() });
    const score = scoreVillage(report, POINTS);
    // 15 × 30/45 + 10 × 2/4 + 10 × 80/95 = 10 + 5 + 8,42
    expect(score.score).toBe(23.42);
    expect(score.notes).toContainEqual(expect.objectContaining({ code: "points/commune-column", severity: "warning", sheet: "Pác Cáp", cell: "H4", details: { column: "verifiedPoints", cells: 3, village: "Pác Cáp" } }));
    const note = score.notes!.find((f) => f.code === "points/commune-column")!;
    expect(vi(note)).toContain("Điểm thẩm định");
    expect(en(note)).toContain('"communeFilled": true');
    expect(scoreVillage(report, { ...POINTS, communeFilled: true }).score).toBe(35);
  });

  it.each([
    ["Điểm thưởng", 26.42],
    ["Điểm trừ", 20.42],
  ])("%s written by the village does not move its rank", (header, counted) => {
    const sheet = villageReport("Pác Cáp", [30, 2, 80], [15, 10, 10], { header, values: [3, "", ""] });
    const report = checkReport(sheet, { targets: communeTargets() });
    expect(scoreVillage(report, POINTS).score).toBe(23.42);
    expect(scoreVillage(report, { ...POINTS, communeFilled: true }).score).toBe(counted);
  });

  it("is a key of the configuration file and of the configuration sheet", () => {
    const parsed = parseConfigJson('{"method": "points", "communeFilled": true}', "cau-hinh.json", { year: 2024 });
    expect(parsed.ok && parsed.value.communeFilled).toBe(true);
    const sheet = sheetCellsOf(configSheetModel({ ...POINTS, communeFilled: true }));
    const row = sheet.values.find((values) => values[0] === "Xã đã ghi điểm thưởng, trừ, thẩm định trong báo cáo thôn (Có/Không)");
    expect(row?.slice(1, 2)).toEqual(["Có"]);
    row![1] = "Không";
    const read = readConfigSheet(sheet, { year: 2024 });
    expect(read.ok && read.value.communeFilled).toBe(false);
  });
});

describe("unbounded numbers never make a prize", () => {
  const failures = (json: string) => {
    const parsed = parseConfigJson(json, "cau-hinh.json", { year: 2024 });
    return parsed.ok ? [] : parsed.failures;
  };

  it.each([
    ['{"method": "points", "adjustments": [{"village": "Nà Lầu", "points": 1e308}, {"village": "Nà Lầu", "points": 1e308}]}', "adjustments[0].points", "too-big"],
    ['{"method": "points", "bands": [{"from": 100, "points": 1e300}]}', "bands[0].points", "too-big"],
    ['{"method": "points", "bands": [{"below": 95, "points": -1e300}]}', "bands[0].points", "not-allowed-value"],
    ['{"method": "points", "bands": [{"from": 1e300, "points": 1}]}', "bands[0].from", "too-big"],
    ['{"method": "points", "maxBonus": 1e308}', "maxBonus", "too-big"],
    ['{"method": "points", "maxDeduction": 1e308}', "maxDeduction", "too-big"],
    ['{"method": "points", "indicators": [{"match": "thu nhập", "points": 1e308}]}', "indicators[0].points", "too-big"],
  ])("refuses %s, naming the field", (json, field, problem) => {
    expect(failures(json)).toContainEqual(expect.objectContaining({ code: "config/invalid", details: expect.objectContaining({ field, problem }) }));
  });

  it("reads Điểm thẩm định of 1e308 as value/invalid at its cell, and the village is still scored on the rest", () => {
    const sheet = villageReport("Pác Cáp", [30, 2, 80], [15, 10, 10], { header: "Điểm thẩm định", values: [1e308, "", ""] });
    const { reports } = readVillageReports([sheet, villageReport("Nà Lầu", [45, 4, 96], [15, 10, 10])], { targets: communeTargets(), year: 2024 });
    const thu = reports.find((r) => r.village === "Pác Cáp")!;
    expect(thu.findings).toContainEqual(expect.objectContaining({ code: "value/invalid", cell: "H4", details: { kind: "points-range", column: "verifiedPoints" } }));
    expect(vi(thu.findings.find((f) => f.code === "value/invalid")!)).toContain("1.000.000");
    const ranking = rankReportsOnce(reports, { ...POINTS, communeFilled: true }).ranking;
    expect(ranking.villages.map((v) => [v.village, v.score, v.prize])).toEqual([
      ["Nà Lầu", 35, "Giải Nhất"],
      ["Pác Cáp", 23.42, "Giải Nhì"],
    ]);
    expect(ranking.findings.filter((f) => f.code === "report/nothing-scored")).toEqual([]);
  });

  it("reads a Điểm chuẩn of 1e300 as value/invalid, never as a maximum", () => {
    const { reports } = readVillageReports([villageReport("Pác Cáp", [30, 2, 80], [1e300, 10, 10]), villageReport("Nà Lầu", [45, 4, 96], [15, 10, 10])], { targets: communeTargets(), year: 2024 });
    const ranking = rankReportsOnce(reports, POINTS).ranking;
    expect(ranking.villages.every((v) => Number.isFinite(v.score))).toBe(true);
    expect(ranking.villages[0]).toMatchObject({ village: "Nà Lầu", prize: "Giải Nhất" });
  });
});

describe("one set of maximum points, for any maxima the reports write", () => {
  const NAMES = ["Thu nhập bình quân đầu người", "Số hộ nghèo giảm trong năm", "Tỷ lệ hộ dùng nước hợp vệ sinh"];
  const maximaArb = fc.array(fc.array(fc.option(fc.constantFrom(5, 10, 15, 60), { nil: null }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 6 });

  function reportsOf(maxima: (number | null)[][]) {
    return maxima.map((row, village) =>
      report(
        `Thôn ${village + 1}`,
        NAMES.map((name, index) => {
          const ind = indicator(name, "Hộ", 10);
          return [row[index] === null ? ind : { ...ind, maxPoints: row[index]! }, 10] as const;
        }),
      ),
    );
  }

  it("scores every village on the same maximum of each indicator", () => {
    fc.assert(
      fc.property(maximaArb, (maxima) => {
        const based = commonMaxima(reportsOf(maxima), rulesOf(POINTS)).reports;
        NAMES.forEach((_, index) => {
          const written = maxima.some((row) => row[index] !== null);
          const used = new Set(based.map((r) => r.indicators[index].indicator.maxPoints));
          expect([...used]).toEqual(written ? [expect.any(Number)] : [undefined]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("lets no single report move the maximum the others agree on, whatever it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.constantFrom(5, 10, 15), fc.option(fc.constantFrom(1, 15, 60, 1000), { nil: null }), (others, agreed, own) => {
        const maxima = [[own, 10, 10], ...Array.from({ length: others }, () => [agreed, 10, 10])];
        const based = commonMaxima(reportsOf(maxima), rulesOf(POINTS)).reports;
        expect(based[0].indicators[0].indicator.maxPoints).toBe(agreed);
      }),
      { numRuns: 300 },
    );
  });
});
