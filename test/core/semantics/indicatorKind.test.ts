import type { IndicatorKind } from "../../../src/core/model/indicator";
import { indicatorKind } from "../../../src/core/semantics/indicatorKind";
import { readCell } from "../../../src/core/values/readCell";

describe("indicatorKind", () => {
  it.each<[string | null, unknown, IndicatorKind]>([
    // the seed's rows
    ["Triệu đồng", 54, "number"],
    ["Ha", "400,5", "number"],
    ["Tấn", "1.417", "number"],
    ["%", "97,5", "number"],
    [null, 59, "number"],
    ["Học viên", "02", "number"],
    ["Đạt", "Đạt", "pass"],
    ["Giảm 3 tiêu chí", "Đạt", "pass"],
    ["Không xảy ra", "Không xảy ra", "none"],
    ["Xếp loại", "Tốt", "rating"],
    // the target decides over the unit
    ["Xếp loại", "Đạt", "pass"],
    ["Đạt", 1, "number"],
    ["Không xảy ra", 0, "none"],
    ["Không xảy ra", "0", "none"],
    ["Vụ", 0, "number"],
    [null, "Hoàn thành", "pass"],
    [null, "Hoàn thành tốt nhiệm vụ", "rating"],
    [null, "Khá", "rating"],
    [null, "Xuất sắc", "rating"],
    [null, "không xảy ra", "none"],
    ["Vụ", "Không xảy ra", "none"],
    [null, "Kh«ng x¶y ra", "none"],
    [null, "Ñaït", "pass"],
    // "Không" reads both ways: the unit settles it
    ["Không xảy ra", "Không", "none"],
    [null, "Không", "pass"],
    // no readable target: the unit decides
    ["Đạt", "", "pass"],
    ["Đạt", null, "pass"],
    ["Xếp loại", "", "rating"],
    ["Không xảy ra", null, "none"],
    ["Tấn", "", "number"],
    ["Hộ", "#N/A", "number"],
    [null, null, "number"],
    ["Triệu đồng", "khoảng 50", "number"],
  ])("unit %j, target %p → %s", (unit, target, expected) => {
    expect(indicatorKind(unit, readCell(target))).toBe(expected);
  });
});
