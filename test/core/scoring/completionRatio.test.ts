import { completionRatio } from "../../../src/core/scoring/completionRatio";
import type { Direction, IndicatorKind, Value } from "../../../src/core/model";

describe("completionRatio (docs/scoring.md#scoring-and-ranking)", () => {
  it.each<[string, IndicatorKind, Direction, Value, Value | null, number]>([
    ["higher: actual / target", "number", "higher", 40, 30, 0.75],
    ["higher: above target, uncapped here", "number", "higher", 40, 60, 1.5],
    ["higher: target 0, actual 0", "number", "higher", 0, 0, 1],
    ["higher: target 0, actual positive", "number", "higher", 0, 5, 1],
    ["higher: negative actual never scores below 0", "number", "higher", 40, -5, 0],
    ["lower: target / actual", "number", "lower", 15.9, 31.8, 0.5],
    ["lower: better than target", "number", "lower", 15.9, 12, 1.325],
    ["lower: actual 0 scores the cap", "number", "lower", 15.9, 0, 1.2],
    ["lower: target 0, actual positive", "number", "lower", 0, 3, 0],
    ["number: missing actual", "number", "higher", 40, null, 0],
    ["number: a word where a number is due", "number", "higher", 40, "Đạt", 0],
    ["number: not a finite number", "number", "higher", 40, Number.NaN, 0],
    ["number: infinite", "number", "higher", 40, Number.POSITIVE_INFINITY, 0],
    ["pass: Đạt", "pass", "higher", "Đạt", "Đạt", 1],
    ["pass: Không đạt", "pass", "higher", "Đạt", "Không đạt", 0],
    ["pass: missing", "pass", "higher", "Đạt", null, 0],
    ["none: Không xảy ra", "none", "higher", "Không xảy ra", "Không xảy ra", 1],
    ["none: Xảy ra", "none", "higher", "Không xảy ra", "Xảy ra", 0],
    ["none: a count of 0", "none", "higher", "Không xảy ra", 0, 1],
    ["none: a positive count", "none", "higher", "Không xảy ra", 2, 0],
    ["rating: above target", "rating", "higher", "Tốt", "Xuất sắc", 1],
    ["rating: at target", "rating", "higher", "Tốt", "Tốt", 1],
    ["rating: below target", "rating", "higher", "Tốt", "Khá", 0],
    ["rating: a word of another family", "rating", "higher", "Tốt", "Đạt", 0],
  ])("%s", (_, kind, direction, target, actual, expected) => {
    expect(completionRatio(kind, direction, target, actual, 1.2)).toBeCloseTo(expected, 10);
  });
});
