import { isPercentFormat } from "../../../src/core/values/isPercentFormat";

describe("isPercentFormat", () => {
  it.each<[string, boolean]>([
    ["0%", true],
    ["0.0%", true],
    ["0.00%", true],
    ["#,##0.0%", true],
    ["0.00%;[Red]-0.00%", true],
    ["[Blue]0%", true],
    ["General", false],
    ["", false],
    ["0", false],
    ["#,##0", false],
    ["@", false],
    ['0" %"', false],
    ['0"%"', false],
    ["0\\%", false],
    ["[$%-409]0", false],
    ["dd/mm/yyyy", false],
  ])("%j → %p", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});
