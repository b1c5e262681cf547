import { ttLevel } from "../../../src/core/table/ttLevel";

describe("ttLevel", () => {
  it.each([
    ["IV", 0],
    ["II.", 0],
    ["9", 1],
    ["10.", 1],
    ["1.1", 2],
    ["1.1.2", 3],
    ["-", 2],
    ["–", 2],
    ["a)", 2],
    ["b.", 2],
    ["+", 3],
    ["", null],
    ["ghi chú", null],
  ])("%p is level %p", (tt, level) => {
    expect(ttLevel(tt)).toBe(level);
  });
});
