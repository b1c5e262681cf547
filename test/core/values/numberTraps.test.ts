import { compareUnits, convertToUnit } from "../../../src/core/units/unitCatalogue";
import { interpretValue } from "../../../src/core/values/interpretValue";
import { readCell } from "../../../src/core/values/readCell";

/** A village's actual cell as the engine reads it against its row's unit: value, or why there is none. */
function actualIn(rowUnit: string, value: unknown, format?: string): number | string {
  const reading = readCell(value, format);
  const interpreted = interpretValue(reading, "number");
  if (!interpreted.ok) return interpreted.reason;
  const number = interpreted.value as number;
  if (reading.type !== "number" || reading.unit === null || reading.percentFormat) return number;
  const comparison = compareUnits(reading.unit, rowUnit);
  return comparison.kind === "mismatch" ? "mismatch" : convertToUnit(number, comparison);
}

describe("number traps, from cell to value in the row's unit", () => {
  it.each<[string, unknown, string | undefined, number | string]>([
    // "1.417" typed as text is one thousand four hundred and seventeen; the number 1.417 is not
    ["Tấn", "1.417", undefined, 1417],
    ["Tấn", 1.417, undefined, 1.417],
    ["Tấn", 1417, "#,##0", 1417],
    // rates
    ["%", "97,5%", undefined, 97.5],
    ["%", "97,5", undefined, 97.5],
    ["%", 0.975, "0.0%", 97.5],
    ["%", 0.975, "General", 0.975],
    ["%", 97.5, "0.0", 97.5],
    // leading zeros
    ["Học viên", "02", undefined, 2],
    ["Số lần", "04", undefined, 4],
    // units written with the figure
    ["Triệu đồng", "1.000.000 đồng", undefined, 1],
    ["Triệu đồng", "54.000.000đ", undefined, 54],
    ["Triệu đồng", "0,054 tỷ đồng", undefined, 54],
    ["Tấn", "264.000 kg", undefined, 264],
    ["Tấn", "2.640 tạ", undefined, 264],
    ["Ha", "4.005.000 m2", undefined, 400.5],
    ["Mét", "1,4 km", undefined, 1400],
    ["Hộ", " 40 hộ ", undefined, 40],
    ["Hộ", "40 hộ gia đình", undefined, 40],
    ["Hộ", "40 hé", undefined, 40],
    ["Tấn", "264 ha", undefined, "mismatch"],
    ["Hộ", "97,5%", undefined, "mismatch"],
    // decomposed text
    ["Hộ", "40 hộ".normalize("NFD"), undefined, 40],
    // not numbers
    ["Tấn", "Đạt", undefined, "invalid"],
    ["Tấn", "khoảng 40", undefined, "invalid"],
    ["Tấn", "§¹t", undefined, "invalid"],
    ["Tấn", "#DIV/0!", undefined, "error"],
    ["Tấn", "#N/A", undefined, "error"],
    ["Tấn", "", undefined, "missing"],
    ["Tấn", "-", undefined, "missing"],
    ["Tấn", "—", undefined, "missing"],
    ["Tấn", "…", undefined, "missing"],
    ["Tấn", null, undefined, "missing"],
    ["Tấn", "-5", undefined, -5],
  ])("%s row, cell %p (format %j) → %p", (rowUnit, value, format, expected) => {
    expect(actualIn(rowUnit, value, format)).toEqual(expected);
  });
});
