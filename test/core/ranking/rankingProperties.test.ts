import fc from "fast-check";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedReport, Value } from "../../../src/core/model";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { indicator, report } from "./reportBuilder";

const INDICATORS = [
  indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417),
  indicator("Số hộ nghèo giảm trong năm", "Hộ", 40),
  indicator("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn", "%", 15.9, { direction: "lower" }),
  indicator("Công tác tuyển quân", "Đạt", "Đạt", { kind: "pass" }),
  indicator("Ban hành kế hoạch thi đua", "Xếp loại", "Tốt", { kind: "rating" }),
];

const CONFIG: RankingConfig = { ...defaultConfig(2024), indicators: [{ match: "tuyển quân", mandatory: true }, { match: "lương thực", weight: 2 }] };

const actualsArb = fc.tuple(
  fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
  fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
  fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  fc.option(fc.constantFrom<Value>("Đạt", "Không đạt"), { nil: null }),
  fc.option(fc.constantFrom<Value>("Xuất sắc", "Tốt", "Khá", "Yếu"), { nil: null }),
);
const villagesArb = fc.array(fc.record({ actuals: actualsArb, errors: fc.integer({ min: 0, max: 2 }) }), { minLength: 0, maxLength: 12 });

function reportsOf(villages: { actuals: (Value | null)[]; errors: number }[]): CheckedReport[] {
  return villages.map(({ actuals, errors }, index) =>
    report(`Thôn ${index + 1}`, INDICATORS.map((ind, i) => [ind, actuals[i]] as const), { errors }),
  );
}

describe("ranking properties", () => {
  it("is a permutation of the villages, in rank order, with ranks from 1", () => {
    fc.assert(
      fc.property(villagesArb, (villages) => {
        const ranking = rankVillages(reportsOf(villages), CONFIG);
        const names = ranking.villages.map((v) => v.village);
        expect([...names].sort()).toEqual(villages.map((_, i) => `Thôn ${i + 1}`).sort());
        ranking.villages.forEach((v, i) => {
          expect(v.rank).toBeLessThanOrEqual(i + 1);
          if (i === 0) expect(v.rank).toBe(1);
          else expect(v.rank).toBeGreaterThanOrEqual(ranking.villages[i - 1].rank);
        });
      }),
    );
  });

  it("gives villages with equal inputs the same rank, score and prize", () => {
    fc.assert(
      fc.property(villagesArb, actualsArb, (villages, twin) => {
        const all = [...villages, { actuals: twin, errors: 0 }, { actuals: twin, errors: 0 }];
        const ranking = rankVillages(reportsOf(all), CONFIG);
        const [a, b] = [`Thôn ${all.length - 1}`, `Thôn ${all.length}`].map((name) => ranking.villages.find((v) => v.village === name)!);
        expect([a.rank, a.score, a.prize, a.tie]).toEqual([b.rank, b.score, b.prize, b.tie]);
      }),
    );
  });

  it("never lowers a village's score when one of its actuals rises", () => {
    fc.assert(
      fc.property(actualsArb, fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 500 }), (actuals, which, rise) => {
        const before = scoreVillage(reportsOf([{ actuals, errors: 0 }])[0], CONFIG).score;
        const raised = [...actuals];
        raised[which] = ((raised[which] as number | null) ?? 0) + rise;
        const after = scoreVillage(reportsOf([{ actuals: raised, errors: 0 }])[0], CONFIG).score;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("never raises a lower-is-better village's score when its actual rises", () => {
    fc.assert(
      fc.property(actualsArb, fc.integer({ min: 1, max: 20 }), (actuals, rise) => {
        fc.pre(actuals[2] !== null);
        const before = scoreVillage(reportsOf([{ actuals, errors: 0 }])[0], CONFIG).score;
        const raised = [...actuals];
        raised[2] = (raised[2] as number) + rise;
        expect(scoreVillage(reportsOf([{ actuals: raised, errors: 0 }])[0], CONFIG).score).toBeLessThanOrEqual(before);
      }),
    );
  });

  it("keeps the others' relative order when a village is added", () => {
    fc.assert(
      fc.property(villagesArb, actualsArb, (villages, extra) => {
        const order = (list: { village: string; rank: number }[]) =>
          list.filter((v) => v.village !== "Thôn mới").map((v) => v.village);
        const before = rankVillages(reportsOf(villages), CONFIG).villages;
        const withExtra = rankVillages([...reportsOf(villages), report("Thôn mới", INDICATORS.map((ind, i) => [ind, extra[i]] as const))], CONFIG).villages;
        expect(order(withExtra)).toEqual(order(before));
      }),
    );
  });

  it("awards each prize only to eligible villages, by their place among the eligible ones", () => {
    fc.assert(
      fc.property(villagesArb, (villages) => {
        const ranking = rankVillages(reportsOf(villages), CONFIG);
        const eligible = ranking.villages.filter((v) => v.eligible);
        for (const v of ranking.villages) {
          if (!v.eligible) {
            expect([v.prize, v.tie]).toEqual([null, false]);
            continue;
          }
          // The k-th place among eligible villages (1 + those ranked strictly above) takes the k-th prize,
          // shared with the villages of the same rank; past the last prize there is none.
          const place = 1 + eligible.filter((other) => other.rank < v.rank).length;
          const sharing = eligible.filter((other) => other.rank === v.rank).length;
          const prize = CONFIG.prizes[place - 1] ?? null;
          expect([v.prize, v.amount, v.tie]).toEqual(prize === null ? [null, null, false] : [prize.name, prize.amount, sharing > 1]);
        }
      }),
    );
  });
});
