import { dateFormatParts, isDateFormat } from "../../../src/core/values/isDateFormat";

describe("isDateFormat", () => {
  it.each<[string, boolean]>([
    ["dd/mm/yyyy", true],
    ["d/m/yyyy", true],
    ["m/d/yy", true],
    ["mmm-yy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["dd/mm/yyyy hh:mm", true],
    ["h:mm:ss", true],
    ["[h]:mm", true],
    ["General", false],
    ["", false],
    ["0", false],
    ["#,##0.0", false],
    ["0.0%", false],
    ["@", false],
    ["0.00E+00", false],
    ['#,##0 "ha"', false],
    ['0 "m"', false],
    ["[Red]#,##0", false],
    ["[$₫-42A]#,##0", false],
    ["0\\m", false],
  ])("%j → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it.each<[string, { date: boolean; time: boolean }]>([
    ["dd/mm/yyyy", { date: true, time: false }],
    ["mmm", { date: true, time: false }],
    ["hh:mm", { date: false, time: true }],
    ["[h]:mm", { date: false, time: true }],
    ["d/m/yyyy h:mm", { date: true, time: true }],
  ])("parts of %j", (format, expected) => {
    expect(dateFormatParts(format)).toEqual(expected);
  });
});
