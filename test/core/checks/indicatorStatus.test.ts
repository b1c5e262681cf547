import { indicatorStatus } from "../../../src/core/checks/indicatorStatus";
import type { Direction, IndicatorKind, Value } from "../../../src/core/model/indicator";

const of = (kind: IndicatorKind, target: Value | null, direction: Direction = "higher") => ({ kind, target, direction });

describe("indicatorStatus", () => {
  it.each([
    ["number, higher is better, below", of("number", 40), 30, "shortfall", 0.75],
    ["number, higher is better, at", of("number", 40), 40, "met", 1],
    ["number, higher is better, above", of("number", 40), 50, "exceeded", 1.25],
    ["number, float noise is still at", of("number", 0.3), 0.1 + 0.2, "met", 1.0000000000000002],
    ["number, target 0 and 0", of("number", 0), 0, "met", 1],
    ["number, target 0 and more", of("number", 0), 3, "exceeded", 1],
    ["number, lower is better, above", of("number", 15.9, "lower"), 20, "shortfall", 0.795],
    ["number, lower is better, below", of("number", 16, "lower"), 8, "exceeded", 2],
    ["number, lower is better, actual 0", of("number", 15.9, "lower"), 0, "exceeded", null],
    ["number, lower is better, both 0", of("number", 0, "lower"), 0, "met", 1],
    ["pass achieved", of("pass", "Đạt"), "Đạt", "met", 1],
    ["pass not achieved", of("pass", "Đạt"), "Không đạt", "shortfall", 0],
    ["none achieved", of("none", "Không xảy ra"), "Không xảy ra", "met", 1],
    ["none not achieved", of("none", "Không xảy ra"), "Xảy ra", "shortfall", 0],
    ["rating better than asked", of("rating", "Tốt"), "Xuất sắc", "met", 1],
    ["rating worse than asked", of("rating", "Tốt"), "Khá", "shortfall", 0],
    ["no value", of("number", 40), null, "unknown", null],
    ["no target", of("number", null), 40, "unknown", null],
  ] as const)("%s", (_, indicator, actual, status, completion) => {
    const result = indicatorStatus(indicator, actual);
    expect(result.status).toBe(status);
    if (completion === null) expect(result.completion).toBeNull();
    else expect(result.completion).toBeCloseTo(completion, 10);
  });
});
