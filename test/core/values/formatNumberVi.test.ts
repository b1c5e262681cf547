import { formatNumberVi } from "../../../src/core/values/formatNumberVi";

describe("formatNumberVi", () => {
  it.each<[number, number | undefined, string]>([
    [1417, undefined, "1.417"],
    [400.5, undefined, "400,5"],
    [5000000, undefined, "5.000.000"],
    [-3, undefined, "-3"],
    [0.1 + 0.2, undefined, "0,3"],
    [0, undefined, "0"],
    [-0, undefined, "0"],
    [999, undefined, "999"],
    [1000, undefined, "1.000"],
    [97.5, undefined, "97,5"],
    [15.9, undefined, "15,9"],
    [1.005, undefined, "1,01"],
    [1.0449, 2, "1,04"],
    [1.0451, 1, "1"],
    [2.675, 2, "2,68"],
    [0.999, 2, "1"],
    [99.995, 2, "100"],
    [999999.999, 2, "1.000.000"],
    [-0.001, 2, "0"],
    [-1234.567, 1, "-1.234,6"],
    [1234.5678, 3, "1.234,568"],
    [1.417, 3, "1,417"],
    [123456789.123, 2, "123.456.789,12"],
    [0.0000001, 2, "0"],
    [0.0000001, 7, "0,0000001"],
    [1e21, 0, "1.000.000.000.000.000.000.000"],
    [2.5, 0, "3"],
    [-2.5, 0, "-3"],
    [Infinity, undefined, "Infinity"],
    [NaN, undefined, "NaN"],
  ])("%p (max %p decimals) → %j", (n, maxDecimals, expected) => {
    expect(maxDecimals === undefined ? formatNumberVi(n) : formatNumberVi(n, maxDecimals)).toBe(expected);
  });
});
