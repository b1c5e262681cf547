import fc from "fast-check";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedIndicator, CheckedReport, Value } from "../../../src/core/model";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { readLines } from "../../../src/core/scoring/lineColumns";
import { rankVillages as previousRankVillages } from "../../../bench/previous/ranking/rankVillages";
import { indicator, report } from "./reportBuilder";

// A ranking keeps its villages' lines as columns and makes its findings when read: whatever is read
// first, it must give what the previous implementation (kept in bench/previous) gave, key for key.

const INDICATORS = [
  indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417),
  indicator("Số hộ nghèo giảm trong năm", "Hộ", 40),
  indicator("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn", "%", 15.9, { direction: "lower" }),
  indicator("Công tác tuyển quân", "Đạt", "Đạt", { kind: "pass" }),
  indicator("Ban hành kế hoạch thi đua", "Xếp loại", "Tốt", { kind: "rating" }),
];

const pointsArb = fc.option(fc.constantFrom(0, 1, 2.5, 3, 10), { nil: null });
const rowArb = fc.record({ max: fc.option(fc.constantFrom(10, 10, 10, 10, 5, 15), { nil: undefined, freq: 8 }), self: pointsArb, verified: pointsArb });
const villageArb = fc.record({
  actuals: fc.tuple(
    fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
    fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    fc.option(fc.constantFrom<Value>("Đạt", "Không đạt"), { nil: null }),
    fc.option(fc.constantFrom<Value>("Xuất sắc", "Tốt", "Khá", "Yếu"), { nil: null }),
  ),
  rows: fc.array(rowArb, { minLength: 5, maxLength: 5 }),
  leaveOut: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
  errors: fc.integer({ min: 0, max: 2 }),
});

const configArb: fc.Arbitrary<RankingConfig> = fc
  .record({
    method: fc.constantFrom<"ratio" | "points">("ratio", "points"),
    communeFilled: fc.boolean(),
    tiers: fc.boolean(),
    roster: fc.boolean(),
    mandatory: fc.constantFrom("tuyển quân", "hộ nghèo"),
  })
  .map((keys) => {
    const config: RankingConfig = {
      ...defaultConfig(2024),
      method: keys.method,
      communeFilled: keys.communeFilled,
      bands: [{ below: 95, points: -1 }, { from: 120, points: 2 }],
      maxBonus: 1,
      indicators: [{ match: keys.mandatory, mandatory: true }, { match: "lương thực", weight: 2 }],
    };
    if (keys.tiers) config.tiers = [{ name: "Xuất sắc", min: 30, minShare: 0.5 }, { name: "Khá", min: 10 }];
    if (keys.roster) config.villages = ["Thôn 1", "Thôn 2", "Thôn 9"];
    return config;
  });

type Village = typeof villageArb extends fc.Arbitrary<infer V> ? V : never;

function reportsOf(villages: Village[]): CheckedReport[] {
  return villages.map(({ actuals, rows, leaveOut, errors }, index) => {
    const written = report(`Thôn ${index + 1}`, INDICATORS.map((ind, i) => [ind, actuals[i]] as const), { errors });
    const indicators: CheckedIndicator[] = written.indicators.map((checked, i) => ({
      ...checked,
      indicator: rows[i].max === undefined ? checked.indicator : { ...checked.indicator, maxPoints: rows[i].max },
      points: { maxPoints: rows[i].max ?? null, bonus: null, deduction: null, selfPoints: rows[i].self, verifiedPoints: rows[i].verified, cells: { selfPoints: `G${5 + i}`, verifiedPoints: `H${5 + i}` } },
    }));
    return { ...written, indicators: indicators.filter((_, i) => i !== leaveOut) };
  });
}

describe("a ranking whose lines and findings are made when read", () => {
  it("gives what the previous implementation gave, by ratios and by points", () => {
    fc.assert(
      fc.property(fc.array(villageArb, { maxLength: 6 }), configArb, fc.boolean(), (villages, config, findingsFirst) => {
        const reports = reportsOf(villages);
        const now = rankVillages(reports, config);
        const before = previousRankVillages(reports, config);
        // Read in either order: the findings before the lines, or the lines before the findings.
        if (findingsFirst) expect(now.findings).toStrictEqual(before.findings);
        expect(JSON.stringify(now)).toBe(JSON.stringify(before));
        expect(now).toStrictEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("reads the same lines from its columns as a view reads from its objects", () => {
    const config: RankingConfig = { ...defaultConfig(2024), method: "points", tiers: [{ name: "Khá", min: 0, minShare: 0.5 }] };
    const reports = reportsOf([
      { actuals: [1417, 30, 12, "Đạt", "Tốt"], rows: INDICATORS.map(() => ({ max: 10, self: 10, verified: null })), leaveOut: null, errors: 0 },
      { actuals: [700, 50, 20, "Không đạt", "Khá"], rows: INDICATORS.map(() => ({ max: 10, self: 3, verified: null })), leaveOut: 1, errors: 0 },
    ]);
    const village = rankVillages(reports, config).villages[0];
    const columns = readLines(village);
    const names = Array.from({ length: columns.length }, (_, index) => [columns.name(index), columns.earned(index), columns.max(index), columns.mandatory(index)]);
    const lines = village.lines;
    expect(lines.map((line) => [line.name, line.points?.earned, line.points?.max, line.mandatory])).toEqual(names);
    expect(lines).toBe(village.lines);
    // A view may replace the lines; ranking then reads what it put there.
    village.lines = lines.slice(0, 1);
    expect(readLines(village).length).toBe(1);
  });
});
