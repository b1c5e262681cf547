import { indicatorDirection } from "../../../src/core/semantics/indicatorDirection";
import { isCumulative } from "../../../src/core/semantics/isCumulative";
import { isShareOfWhole } from "../../../src/core/semantics/isShareOfWhole";

describe("ceilings by nature (docs/reading-tables.md#units-and-semantics)", () => {
  it.each([
    ["Tỷ lệ tăng dân số tự nhiên", "lower"],
    ["Tỷ lệ tăng dân số tự nhiên dưới 1%", "lower"],
    ["Ty le tang dan so tu nhien", "lower"],
    ["Tỷ suất sinh thô", "lower"],
    ["Tỷ lệ sinh con thứ 3 trở lên", "lower"],
    ["Tỷ lệ người sinh con thứ ba trở lên", "lower"],
    ["Mức giảm tỷ suất sinh", "higher"],
    ["Tỷ lệ sinh con thứ 3 trở lên giảm so với năm trước", "higher"],
    ["Dân số trung bình", "higher"],
  ] as const)("%p: %s is better", (name, direction) => {
    expect(indicatorDirection(name)).toBe(direction);
  });
});

describe("shares of a whole (docs/reading-tables.md#units-and-semantics)", () => {
  it.each([
    ["Cơ cấu kinh tế: nông nghiệp 75%, dịch vụ 20%", [], true],
    ["Cơ cấu lao động", [], true],
    ["Tỷ trọng ngành dịch vụ", ["Cơ cấu kinh tế"], true],
    ["Tỷ trọng: nông nghiệp 40%, dịch vụ 35%", [], true],
    ["Tỷ trọng giá trị chăn nuôi/giá trị sản xuất nông nghiệp", [], false],
    ["Diện tích chuyển đổi cơ cấu cây trồng", [], false],
    ["Tỷ lệ hộ nghèo", [], false],
  ] as const)("%p under %p: %p", (name, path, share) => {
    expect(isShareOfWhole(name, path)).toBe(share);
  });
});

describe("'%…' units are rates (docs/reading-tables.md#units-and-semantics)", () => {
  it.each([["% chỉ tiêu"], ["% tổng số chi bộ"], ["% KH"], ["%"]])("%p is a level, not a running total", (unit) => {
    expect(isCumulative("number", null, unit, "Tỷ lệ chi bộ đạt trong sạch vững mạnh")).toBe(false);
  });
});
