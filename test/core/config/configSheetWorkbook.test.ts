import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import { CONFIG_SHEET_NAME, configSheetModel, readConfigSheet } from "../../../src/core/config/configSheet";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";

// The staff's path: the add-in writes the sheet, Excel saves it, the next ranking reads it back.
describe("the configuration sheet through a real workbook", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cau-hinh-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<[string, RankingConfig]>([
    ["defaults", defaultConfig(2024)],
    [
      "rules and a fourth prize",
      {
        ...defaultConfig(2024),
        period: "half",
        commune: "Khuôn Lùng",
        place: "Khuôn Lùng",
        prizes: [...defaultConfig(2024).prizes, { name: "Giải Khuyến khích", amount: 500_000 }],
        indicators: [
          { match: "an toàn về an ninh, trật tự", mandatory: true, weight: 2 },
          { match: "suy dinh dưỡng", direction: "lower" },
          { match: "thu ngân sách", exclude: true, template: false },
        ],
      },
    ],
  ])("reads back what was written (%s)", async (name, config) => {
    const file = path.join(dir, `${name}.xlsx`);
    await writeWorkbook(file, [configSheetModel(config)]);
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.failures)}`);
    const sheet = read.value.find((cells) => cells.name === CONFIG_SHEET_NAME)!;
    expect(readConfigSheet(sheet, { year: 1999 })).toEqual({ ok: true, value: config });
  });

  it("keeps the method's dropdown in the saved workbook", async () => {
    const file = path.join(dir, "dropdown.xlsx");
    const model = configSheetModel(defaultConfig(2024));
    await writeWorkbook(file, [model]);
    const method = model.validations!.find((validation) => validation.prompt.title === "Cách xếp hạng")!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet(CONFIG_SHEET_NAME)!.getCell(method.range).dataValidation).toMatchObject({ type: "list", formulae: ['"Tỷ lệ hoàn thành,Thang điểm"'] });
  });
});
