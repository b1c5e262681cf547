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

describe("isCumulative: rates and averages are levels (docs/reading-tables.md#units-and-semantics)", () => {
  it.each<[string | null, string, boolean]>([
    ["Tạ/ha", "Năng suất lúa bình quân", false],
    ["Tạ/ha", "Năng suất ngô", false],
    ["Triệu đồng/người/năm", "Thu nhập đầu người", false],
    ["Triệu đồng", "Thu nhập bình quân đầu người", false],
    ["Triệu đồng", "Thu nhập BÌNH QUÂN đầu người", false],
    ["Thôn/bản", "Số thôn đạt chuẩn văn hóa", true],
    ["Tấn", "Tổng sản lượng lương thực", true],
  ])("unit %j, %p → %p", (unit, name, expected) => {
    expect(isCumulative("number", unitKey(unit), unit, name)).toBe(expected);
  });
});
