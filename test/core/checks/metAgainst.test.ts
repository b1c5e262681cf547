import { isMet, metAgainst, statusAgainst } from "../../../src/core/checks/indicatorStatus";
import type { Direction, Indicator, IndicatorKind, Value } from "../../../src/core/model/indicator";

type Comparison = NonNullable<Indicator["comparison"]>;

// Every combination a commune's targets can take: "trên 95%", "dưới 5%", "7,5 - 8,0%", a count of zero, words.
const kinds: IndicatorKind[] = ["number", "pass", "none", "rating"];
const directions: Direction[] = ["higher", "lower"];
const comparisons: (Comparison | undefined)[] = [undefined, ">", ">=", "<", "<=", "range"];
const targets: (Value | null)[] = [null, 0, 5, 95, 0.3, -2, "Đạt", "Không xảy ra", "Tốt"];
const actuals: (Value | null)[] = [null, 0, 3, 5, 95, 96, 0.1 + 0.2, -1, Number.NaN, "Đạt", "Không đạt", "Không xảy ra", "Xảy ra", "Xuất sắc", "Khá"];

describe("metAgainst", () => {
  it("answers as isMet(statusAgainst(…).status) for every kind, direction, comparison, target and figure", () => {
    let asked = 0;
    for (const kind of kinds)
      for (const direction of directions)
        for (const comparison of comparisons)
          for (const context of [false, true])
            for (const target of targets)
              for (const actual of actuals) {
                const indicator = { kind, direction, targetMax: 8, ...(comparison === undefined ? {} : { comparison }), ...(context ? { context: true as const } : {}) };
                expect([kind, direction, comparison, context, target, actual, metAgainst(indicator, target, actual)]).toEqual([
                  kind,
                  direction,
                  comparison,
                  context,
                  target,
                  actual,
                  isMet(statusAgainst(indicator, target, actual).status),
                ]);
                asked += 1;
              }
    expect(asked).toBe(kinds.length * directions.length * comparisons.length * 2 * targets.length * actuals.length);
  });

  it("holds a figure exactly at a strict target short, and a figure at a range's upper bound met", () => {
    expect(metAgainst({ kind: "number", direction: "higher", comparison: ">" }, 95, 95)).toBe(false);
    expect(metAgainst({ kind: "number", direction: "lower", comparison: "<" }, 0, 0)).toBe(false);
    expect(metAgainst({ kind: "number", direction: "higher", comparison: "range", targetMax: 8 }, 7.5, 8)).toBe(true);
  });
});
