import { configSheetModel } from "../../../src/core/config/configSheetModel";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { readConfigSheet } from "../../../src/core/config/readConfigSheet";
import { formatFinding } from "../../../src/core/messages";
import { sheetCellsOf } from "./sheetCellsOf";

/** The default configuration sheet with one cell, found by the text beside it, typed over. */
function typedOver(label: string, column: number, value: unknown) {
  const cells = sheetCellsOf(configSheetModel(defaultConfig(2024)));
  const row = cells.values.findIndex((r) => r[0] === label);
  cells.values[row][column] = value;
  return cells;
}

// A problem on the configuration sheet is said with the sheet's own words, never a field path (docs/pane.md#checking).
describe("configuration problems in the sheet's words", () => {
  it.each([
    ["Giải Nhì", 1, "ba triệu", "Tiền thưởng của Giải Nhì"],
    ["Hệ số tối đa", 1, "không biết", "Hệ số tối đa"],
  ])("a bad cell beside %p is named %p", (label, column, value, named) => {
    const read = readConfigSheet(typedOver(label, column, value), { year: 2024 });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const said = read.failures.map((f) => formatFinding(f, "vi")).join(" ");
    expect(said).toContain(`"${named}"`);
    expect(said).not.toMatch(/prizes\[|\bcap\b/);
  });
});
