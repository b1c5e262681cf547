import fc from "fast-check";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedIndicator, CheckedReport, Indicator, RowPoints, Value } from "../../../src/core/model";
import { finding } from "../../../src/core/model/finding";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { scoreVillage as previousScoreVillage } from "./previous/scoreVillage";

// The scoring of one village was rewritten for speed (one pass, one object per line, shared band answers
// and details): for every input it must give what the previous implementation, kept in ./previous, gave —
// the same values, the same keys in the same order, the same findings.

const NAMES = ["Tổng sản lượng lương thực có hạt", "Số hộ nghèo giảm trong năm", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn", "Công tác tuyển quân", "Ban hành kế hoạch thi đua", "Không để xảy ra cháy rừng"];

const numberArb = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double({ min: -10, max: 3000, noNaN: true }), fc.constantFrom(0, 1.4, 0.1 + 0.2));
const wordArb = fc.constantFrom<Value>("Đạt", "Không đạt", "Xuất sắc", "Tốt", "Khá", "Yếu", "Không xảy ra", "Xảy ra");
const valueArb = fc.option(fc.oneof(numberArb, wordArb), { nil: null });
const pointArb = fc.option(fc.oneof(fc.integer({ min: -3, max: 30 }), fc.double({ min: -3, max: 30, noNaN: true })), { nil: null });

const rowPointsArb: fc.Arbitrary<RowPoints | undefined> = fc.option(
  fc.record({
    maxPoints: pointArb,
    bonus: pointArb,
    deduction: pointArb,
    selfPoints: pointArb,
    verifiedPoints: pointArb,
    cells: fc.constantFrom({}, { selfPoints: "G9" }, { selfPoints: "G9", verifiedPoints: "H9" }),
  }),
  { nil: undefined },
);

const rowArb = fc.record({
  name: fc.integer({ min: 0, max: NAMES.length - 1 }),
  kind: fc.constantFrom<Indicator["kind"]>("number", "number", "pass", "rating", "none"),
  target: valueArb,
  direction: fc.constantFrom<Indicator["direction"]>("higher", "lower"),
  cumulative: fc.boolean(),
  maxPoints: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  actual: valueArb,
  scored: fc.boolean(),
  cell: fc.constantFrom("E5", "E6", ""),
  points: rowPointsArb,
});

type Row = typeof rowArb extends fc.Arbitrary<infer R> ? R : never;

function reportOf(rows: Row[], nothingScored: boolean, errors: number): CheckedReport {
  const indicators: CheckedIndicator[] = rows.map((row, index) => {
    // Names repeat, ids do not: a row pasted twice takes its own points now, where the previous scoring took
    // the last row's (pointsMethod.test.ts holds that case).
    const indicator: Indicator = {
      id: `nhom/${row.name}/${index}`,
      tt: "-",
      path: [],
      name: NAMES[row.name],
      unit: row.kind === "number" ? "%" : null,
      unitKey: row.kind === "number" ? "%" : null,
      kind: row.kind,
      target: row.target,
      direction: row.direction,
      cumulative: row.cumulative,
      sheet: "Chỉ tiêu",
      row: 5,
    };
    if (row.maxPoints !== undefined) indicator.maxPoints = row.maxPoints;
    const checked: CheckedIndicator = { indicator, actual: row.actual, status: "unknown", completion: null, cell: row.cell, scored: row.scored };
    if (row.points !== undefined) checked.points = row.points;
    return checked;
  });
  const findings = Array.from({ length: errors }, (_, i) => finding("value/invalid", { sheet: "Thôn 1", cell: `E${90 + i}` }));
  if (nothingScored) findings.push(finding("report/nothing-scored", { sheet: "Thôn 1", cell: null }));
  return { village: "Thôn 1", sheet: "Thôn 1", indicators, findings, summary: { indicators: rows.length, met: 0, exceeded: 0, shortfall: 0, unknown: 0, errors, warnings: 0 } };
}

type Band = NonNullable<RankingConfig["bands"]>[number];

const bandsArb = fc.option(
  fc.constantFrom<Band[]>(
    [{ below: 95, points: -2 }, { from: 95, below: 100, points: -1 }, { above: 100, below: 120, points: 1 }, { from: 120, points: 2 }],
    [{ to: 50, points: -3 }, { above: 50, points: 0.5 }],
    [{ from: 100, points: -0 }],
  ),
  { nil: undefined },
);

const ruleArb = fc.record(
  {
    match: fc.constantFrom("lương thực", "hộ nghèo", "suy dinh dưỡng", "tuyển quân", "thi đua", "cháy"),
    mandatory: fc.boolean(),
    weight: fc.constantFrom(0, 1, 2, 0.5),
    direction: fc.constantFrom<"higher" | "lower">("higher", "lower"),
    exclude: fc.boolean(),
    points: fc.integer({ min: 0, max: 15 }),
  },
  { requiredKeys: ["match"] },
);

const configArb: fc.Arbitrary<RankingConfig> = fc
  .record({
    method: fc.constantFrom<"ratio" | "points" | undefined>("ratio", "points", undefined),
    period: fc.constantFrom<"year" | "half">("year", "half"),
    cap: fc.constantFrom(1, 1.2, 2),
    award: fc.constantFrom<RankingConfig["award"]>(undefined, "proportional", "all-or-nothing", "full"),
    bands: bandsArb,
    maxBonus: fc.option(fc.constantFrom(0, 1, 1.5), { nil: undefined }),
    maxDeduction: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
    indicators: fc.array(ruleArb, { maxLength: 4 }),
  })
  .map((keys) => {
    // The previous scoring counted the commune's columns in every report: as the commune having filled them.
    const config: RankingConfig = { ...defaultConfig(2024), period: keys.period, cap: keys.cap, indicators: keys.indicators, communeFilled: true };
    if (keys.method !== undefined) config.method = keys.method;
    if (keys.award !== undefined) config.award = keys.award;
    if (keys.bands !== undefined) config.bands = keys.bands;
    if (keys.maxBonus !== undefined) config.maxBonus = keys.maxBonus;
    if (keys.maxDeduction !== undefined) config.maxDeduction = keys.maxDeduction;
    return config;
  });

describe("scoring a village gives what the previous implementation gave", () => {
  it("for every report and configuration, by ratios and by points", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.boolean(), fc.integer({ min: 0, max: 2 }), configArb, (rows, nothingScored, errors, config) => {
        const report = reportOf(rows, nothingScored, errors);
        const now = scoreVillage(report, config);
        const before = previousScoreVillage(report, config);
        expect(now).toStrictEqual(before);
        // The same keys in the same order: the command line's JSON and the sheets are written from them.
        expect(JSON.stringify(now)).toBe(JSON.stringify(before));
      }),
      { numRuns: 500 },
    );
  });

  it("scores a second ranking with the same bands, edited in place, by the new points", () => {
    const bands = [{ below: 95, points: -2 }, { from: 95, points: 1 }];
    const config: RankingConfig = { ...defaultConfig(2024), method: "points", bands };
    const report = reportOf([{ name: 0, kind: "number", target: 100, direction: "higher", cumulative: false, maxPoints: 10, actual: 90, scored: true, cell: "E5", points: undefined }], false, 0);
    expect(scoreVillage(report, config).lines[0].points?.band).toEqual({ index: 0, points: -2 });
    bands[0].points = -3;
    expect(scoreVillage(report, config).lines[0].points?.band).toEqual({ index: 0, points: -3 });
    expect(scoreVillage(report, config)).toStrictEqual(previousScoreVillage(report, config));
  });
});
