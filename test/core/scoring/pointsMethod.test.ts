import fc from "fast-check";
import { parseConfigJson } from "../../../src/core/config/parseConfigJson";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedReport, Indicator, RowPoints, Value } from "../../../src/core/model";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { firstBand, pointsLine } from "../../../src/core/scoring/pointsLine";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { indicator, report } from "../ranking/reportBuilder";

// Tiền Giang 2022 (docs/scoring.md#completion-bands): under 95 % −2, 95–<100 % −1, over 100 % +1, 120 % and over +2.
const BANDS = [
  { below: 95, points: -2 },
  { from: 95, below: 100, points: -1 },
  { above: 100, below: 120, points: 1 },
  { from: 120, points: 2 },
];

// The verified points, bonus and deduction of these reports were written by the commune.
const POINTS: RankingConfig = { ...defaultConfig(2024), method: "points", bands: BANDS, maxBonus: 1, communeFilled: true };

function withMax(ind: Indicator, maxPoints: number): Indicator {
  return { ...ind, maxPoints };
}

function rowPoints(points: Partial<RowPoints>): RowPoints {
  return { maxPoints: null, bonus: null, deduction: null, selfPoints: null, verifiedPoints: null, cells: { selfPoints: "G9", verifiedPoints: "H9" }, ...points };
}

function withPoints(checked: CheckedReport, points: (RowPoints | undefined)[]): CheckedReport {
  return { ...checked, indicators: checked.indicators.map((line, index) => (points[index] ? { ...line, points: points[index] } : line)) };
}

const POOR = withMax(indicator("Số hộ nghèo giảm trong năm", "Hộ", 40), 10);
const RICE = withMax(indicator("Diện tích gieo trồng lúa", "Ha", 100), 20);
const BUDGET = withMax(indicator("Thu ngân sách trên địa bàn", "Triệu đồng", 50), 30);
const SECURITY = withMax(indicator("Đạt chuẩn an toàn về an ninh, trật tự", "Đạt", "Đạt", { kind: "pass" }), 10);
const SCHOOL = withMax(indicator("Tỷ lệ trẻ 5 tuổi đến lớp", "%", 80), 10);

function naLau(): CheckedReport {
  return withPoints(
    report("Nà Lầu", [
      [POOR, 30],
      [RICE, 100],
      [BUDGET, 65],
      [SECURITY, "Đạt"],
      [SCHOOL, 78],
    ]),
    [rowPoints({ selfPoints: 5.5 }), undefined, undefined, rowPoints({ selfPoints: 10, verifiedPoints: 8 }), rowPoints({ bonus: 0.5, deduction: 0.25 })],
  );
}

describe("points method, worked by hand", () => {
  // Số hộ nghèo:  30/40 = 75 %       → 10 × 0,75 = 7,5, band < 95 % −2            → 5,5
  // Lúa:          100/100 = 100 %    → 20, no band holds at exactly 100 %          → 20
  // Ngân sách:    65/50 = 130 %      → 30 (capped at 1), band ≥ 120 % +2, maxBonus 1 → 31
  // An ninh:      Đạt, computed 10, verified 8 replaces it                         → 8
  // Trẻ 5 tuổi:   78/80 = 97,5 %     → 9,75, band 95–<100 % −1, + 0,5 − 0,25      → 9
  // Total 5,5 + 20 + 31 + 8 + 9 = 73,5; with the council's +10 (Cờ thi đua)       → 83,5
  it("explains every indicator's points", () => {
    const score = scoreVillage(naLau(), POINTS);
    const explained = score.lines.map((line) => [line.name, line.points?.award, line.points?.band?.points ?? null, line.points?.bandPoints, line.points?.clamp, line.points?.earned]);
    expect(explained).toEqual([
      [POOR.name, 7.5, -2, -2, null, 5.5],
      [RICE.name, 20, null, 0, null, 20],
      [BUDGET.name, 30, 2, 1, "maxBonus", 31],
      [SECURITY.name, 10, null, 0, null, 8],
      [SCHOOL.name, 9.75, -1, -1, null, 9],
    ]);
    expect(score.score).toBe(73.5);
    expect(score.selfPoints).toBe(15.5);
  });

  it("says where the village's own points differ from those that count", () => {
    const score = scoreVillage(naLau(), POINTS);
    expect(score.notes).toEqual([
      expect.objectContaining({ code: "points/self-differs", cell: "G9", indicator: SECURITY.name, expected: 8, actual: 10, details: { verified: true } }),
    ]);
  });

  it("adds the council's adjustments and assigns tiers and prize counts", () => {
    const config: RankingConfig = {
      ...POINTS,
      adjustments: [{ village: "Thôn Nà Lầu", points: 10, reason: "Cờ thi đua" }, { village: "Bản Thử", points: -2 }],
      tiers: [{ name: "Xuất sắc", min: 90 }, { name: "Tốt", min: 80 }, { name: "Khá", min: 50 }],
    };
    const ranking = rankVillages([naLau()], config);
    expect(ranking.method).toBe("points");
    expect(ranking.villages[0]).toMatchObject({ village: "Nà Lầu", score: 83.5, tier: "Tốt", adjustments: [{ points: 10, reason: "Cờ thi đua" }] });
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/adjustment-without-report", severity: "warning", details: expect.objectContaining({ village: "Bản Thử" }) }));
  });

  it("leaves an indicator without maximum points unscored, with points/missing", () => {
    const bare = report("Khuôn Lùng", [[POOR, 40], [indicator("Công tác tuyển quân", "Đạt", "Đạt", { kind: "pass" }), "Đạt"]]);
    const score = scoreVillage(bare, POINTS);
    expect(score.scored).toBe(1);
    expect(score.score).toBe(10);
    expect(score.notes).toEqual([expect.objectContaining({ code: "points/missing", indicator: "Công tác tuyển quân" })]);
  });

  it("scores a row pasted twice by the first row's own points, not the copy's", () => {
    // The copy (row/duplicate-indicator) is not scored; its larger maximum and own points must not count.
    const twice = report("Nà Lầu", [[POOR, 40], [withMax(POOR, 50), 40]]);
    const copy = { ...twice.indicators[1], scored: false, points: rowPoints({ selfPoints: 50 }) };
    const score = scoreVillage({ ...twice, indicators: [twice.indicators[0], copy] }, POINTS);
    expect(score.score).toBe(10);
    expect(score.lines.map((line) => line.points?.max)).toEqual([10]);
    expect((score.notes ?? []).filter((note) => note.code === "points/self-differs")).toEqual([]);
  });

  it("takes a rule's points before the table's", () => {
    const config: RankingConfig = { ...POINTS, indicators: [{ match: "hộ nghèo", points: 4 }] };
    expect(scoreVillage(report("Nà Lầu", [[POOR, 40]]), config).score).toBe(4);
  });

  it("refuses a points ranking when no indicator has maximum points", () => {
    const bare = report("Khuôn Lùng", [[indicator("Số hộ nghèo giảm trong năm", "Hộ", 40), 40]]);
    const ranking = rankVillages([bare], POINTS);
    expect(ranking.villages).toEqual([]);
    expect(ranking.findings).toEqual([expect.objectContaining({ code: "config/invalid", details: { field: "method", problem: "points-need-max", foundText: true } })]);
  });

  it.each([
    ["all-or-nothing", 30, 0],
    ["all-or-nothing", 40, 10],
    ["full", 30, 10],
    ["proportional", 30, 7.5],
  ] as const)("award %s with actual %d gives %d before bands", (award, actual, expected) => {
    const line = pointsLine({ kind: "number", max: 10, ratio: actual / 40, actual, row: undefined, met: actual >= 40 }, { award });
    expect(line.award).toBe(expected);
  });

  it("gives no points and no band to a missing value", () => {
    const line = pointsLine({ kind: "number", max: 10, ratio: 0, actual: null, row: undefined, met: false }, { bands: BANDS });
    expect([line.award, line.band, line.earned]).toEqual([0, null, 0]);
  });
});

describe("bands at every boundary", () => {
  it.each([
    [94.99, 0, -2],
    [95, 1, -1],
    [99.99, 1, -1],
    [100, null, 0],
    [100.01, 2, 1],
    [119.99, 2, 1],
    [120, 3, 2],
  ])("%d %% falls in band %p (%d points)", (percent, index, points) => {
    const band = firstBand(BANDS, percent);
    expect(band === null ? null : band.index).toBe(index);
    // through the whole computation: an actual of `percent` against a target of 100
    const line = pointsLine({ kind: "number", max: 10, ratio: percent / 100, actual: percent, row: undefined, met: percent >= 100 }, { bands: BANDS });
    expect(line.bandPoints).toBe(points);
    expect(line.completion).toBe(percent);
  });

  it("clamps deductions with maxDeduction", () => {
    const line = pointsLine({ kind: "number", max: 10, ratio: 0.5, actual: 50, row: undefined, met: false }, { bands: BANDS, maxDeduction: 1.5 });
    expect([line.bandPoints, line.clamp]).toEqual([-1.5, "maxDeduction"]);
  });
});

describe("roster and prizes", () => {
  const village = (name: string, actual: number) => report(name, [[POOR, actual]]);

  it("lists roster villages without a report and reports outside the roster", () => {
    const config: RankingConfig = { ...POINTS, villages: ["Nà Lầu", "Khuổi Khâm", "Nặm Đin"] };
    const ranking = rankVillages([village("Thôn Nà Lầu", 40), village("Khuoi Kham", 30), village("Bản Mới", 20)], config);
    expect(ranking.missing).toEqual(["Nặm Đin"]);
    // Listed villages go by the roster's spelling; the one outside it keeps its own.
    expect(ranking.villages.map((v) => v.village)).toEqual(["Nà Lầu", "Khuổi Khâm", "Bản Mới"]);
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/missing-report", details: { village: "Nặm Đin" } }));
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/not-in-roster", sheet: "Bản Mới", details: { village: "Bản Mới" } }));
    expect(ranking.findings.filter((f) => f.code === "village/not-in-roster")).toHaveLength(1);
  });

  it("names the closest roster village when one is similar", () => {
    const ranking = rankVillages([village("Khuổi Khan", 30)], { ...POINTS, villages: ["Khuổi Khâm", "Nà Lầu"] });
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/not-in-roster", details: { village: "Khuổi Khan", closest: "Khuổi Khâm" } }));
  });

  it("gives a prize with a count to as many villages", () => {
    const config: RankingConfig = { ...POINTS, bands: [], prizes: [{ name: "Giải Nhất", amount: 5_000_000 }, { name: "Giải khuyến khích", amount: 500_000, count: 2 }] };
    const ranking = rankVillages([village("A", 40), village("B", 36), village("C", 32), village("D", 28)], config);
    expect(ranking.villages.map((v) => [v.village, v.prize])).toEqual([
      ["A", "Giải Nhất"],
      ["B", "Giải khuyến khích"],
      ["C", "Giải khuyến khích"],
      ["D", null],
    ]);
  });
});

describe("bad points configuration", () => {
  const problems = (json: unknown) => {
    const parsed = parseConfigJson(json, "cau-hinh.json");
    return parsed.ok ? [] : parsed.failures.map((f) => ({ field: f.details?.field, problem: f.details?.problem, other: f.details?.other }));
  };

  it.each([
    ["overlapping bands", { bands: [{ below: 96, points: -2 }, { from: 95, below: 100, points: -1 }] }, { field: "bands[1]", problem: "band-overlap", other: "bands[0]" }],
    ["unordered bands", { bands: [{ from: 95, below: 100, points: -1 }, { below: 95, points: -2 }] }, { field: "bands[1]", problem: "band-order", other: "bands[0]" }],
    ["an empty band", { bands: [{ from: 100, below: 95, points: 1 }] }, { field: "bands[0]", problem: "band-empty", other: undefined }],
    ["negative maximum points", { indicators: [{ match: "hộ nghèo", points: -5 }] }, { field: "indicators[0].points", problem: "negative", other: undefined }],
    ["tiers not best-first", { tiers: [{ name: "Tốt", min: 80 }, { name: "Xuất sắc", min: 90 }] }, { field: "tiers[1].min", problem: "tier-order", other: "tiers[0]" }],
    ["a village twice in the roster", { villages: ["Nà Lầu", "Khuổi Khâm", "Thôn Nà Lầu"] }, { field: "villages[2]", problem: "duplicate-village", other: "villages[0]" }],
    ["an unknown method", { method: "diem" }, { field: "method", problem: "not-allowed-value", other: undefined }],
    ["a prize count of zero", { prizes: [{ name: "Giải khuyến khích", amount: 500000, count: 0 }] }, { field: "prizes[0].count", problem: "below-one", other: undefined }],
  ])("%s", (_, json, expected) => {
    expect(problems({ year: 2024, ...json })).toEqual([expected]);
  });

  it("reads a full points configuration", () => {
    const parsed = parseConfigJson(
      { year: 2024, method: "points", award: "full", bands: BANDS, maxBonus: 2, maxDeduction: 2, tiers: [{ name: "Xuất sắc", min: 90, minShare: 0.85 }], villages: ["Nà Lầu"], adjustments: [{ village: "Nà Lầu", points: 10, reason: "Cờ" }] },
      "cau-hinh.json",
    );
    expect(parsed.ok).toBe(true);
  });
});

describe("points properties", () => {
  const maxArb = fc.integer({ min: 1, max: 30 });
  const targetArb = fc.integer({ min: 1, max: 1000 });

  it("raising an actual never lowers a village's points", () => {
    fc.assert(
      fc.property(maxArb, targetArb, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 500 }), (max, target, actual, raise) => {
        const ind = withMax(indicator("Số hộ nghèo giảm trong năm", "Hộ", target), max);
        const before = scoreVillage(report("A", [[ind, actual]]), POINTS).score;
        const after = scoreVillage(report("A", [[ind, actual + raise]]), POINTS).score;
        return after >= before;
      }),
    );
  });

  it("the total is the sum of its parts", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(maxArb, targetArb, fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null })), { minLength: 1, maxLength: 8 }), fc.integer({ min: -5, max: 10 }), (rows, adjustment) => {
        const lines = rows.map(([max, target, actual], index) => [withMax(indicator(`Chỉ tiêu số ${index + 1}`, "Hộ", target), max), actual as Value | null] as const);
        const ranking = rankVillages([report("A", lines)], { ...POINTS, adjustments: [{ village: "A", points: adjustment }] });
        const village = ranking.villages[0];
        const parts = village.lines.reduce((sum, line) => sum + (line.points?.earned ?? 0), 0) + adjustment;
        return Math.abs(village.score - parts) < 0.006;
      }),
    );
  });

  it("tiers are never out of order with the scores", () => {
    const tiers = [{ name: "Xuất sắc", min: 90 }, { name: "Tốt", min: 70 }, { name: "Khá", min: 40 }];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 10 }), (actuals) => {
        const ranking = rankVillages(actuals.map((actual, index) => report(`Thôn ${index}`, [[withMax(indicator("Số hộ nghèo giảm trong năm", "Hộ", 40), 100), actual]])), { ...POINTS, tiers });
        const order = ranking.villages.map((v) => (v.tier === null || v.tier === undefined ? tiers.length : tiers.findIndex((tier) => tier.name === v.tier)));
        return order.every((index, position) => position === 0 || index >= order[position - 1]);
      }),
    );
  });

  it("prize slots never exceed their counts, ties aside", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (actuals, count) => {
        const prizes = [{ name: "Giải Nhất", amount: 1 }, { name: "Giải khuyến khích", amount: 1, count }];
        const ranking = rankVillages(actuals.map((actual, index) => report(`Thôn ${index}`, [[withMax(indicator("Số hộ nghèo giảm trong năm", "Hộ", 400), 100), actual]])), { ...POINTS, bands: [], prizes });
        const given = (name: string) => ranking.villages.filter((v) => v.prize === name && !v.tie).length;
        return given("Giải Nhất") <= 1 && given("Giải khuyến khích") <= count;
      }),
    );
  });
});
