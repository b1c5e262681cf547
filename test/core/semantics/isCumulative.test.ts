import type { IndicatorKind } from "../../../src/core/model/indicator";
import { isCumulative } from "../../../src/core/semantics/isCumulative";
import { unitKey } from "../../../src/core/units/unitCatalogue";

describe("isCumulative", () => {
  it.each<[IndicatorKind, string | null, boolean]>([
    ["number", "Tấn", true],
    ["number", "Hộ", true],
    ["number", "Triệu đồng", true],
    ["number", "Học viên", true],
    ["number", null, true],
    ["number", "Vụ", true],
    ["number", "%", false],
    ["number", "Phần trăm", false],
    ["pass", "Đạt", false],
    ["none", "Không xảy ra", false],
    ["rating", "Xếp loại", false],
  ])("%s with unit %j → %p", (kind, unit, expected) => {
    expect(isCumulative(kind, unitKey(unit))).toBe(expected);
  });
});
