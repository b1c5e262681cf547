import { checkReport } from "../../src/core/checks/checkReport";
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { rankingConfigSchema } from "../../src/core/config/rankingConfig";
import type { SheetModel } from "../../src/core/model";
import { writeTemplates } from "../../src/taskpane/state/actions/writeTemplates";
import { communeTable, modelOf } from "../core/table/scoringFormSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";

/** A host that writes data validation and protection, keeping the models it was given. */
class ModernExcel extends FakeExcel {
  models: SheetModel[] = [];
  guardsSupported() {
    return { validation: true, protection: true };
  }
  override writeSheet(model: SheetModel, options: { activate: boolean }) {
    this.models.push(model);
    return super.writeSheet(model, options);
  }
}

describe("the pane's templates from a commune's scoring table (docs/outputs.md#scoring-form-templates)", () => {
  it("write each unit's scoring form, with subtotals as formulas, read back as that unit's form", async () => {
    const excel = new ModernExcel([cellsOf(modelOf(communeTable()))]);
    const written = await writeTemplates(excel, "vi", { source: "Bảng điểm", villages: ["Nà Lầu", "Khuổi Khâm"], period: "year" }, () => undefined);
    expect(written.ok).toBe(true);
    expect(excel.models.map((model) => model.name)).toEqual(["Mẫu Nà Lầu", "Mẫu Khuổi Khâm"]);
    const [model] = excel.models;
    expect(model.cells.find((cell) => cell.address === "D7")?.value).toBe("Điểm tự chấm");
    // own and verified points of I, II and 4; the Tổng cộng row's maximum, own and verified
    expect(model.cells.filter((cell) => cell.formula !== undefined).length).toBe(3 * 2 + 3);
    expect(model.protection?.unlocked.some((range) => range.startsWith("E"))).toBe(false);
    const back = checkReport(excel.sheets.get(model.name)!);
    expect(back.form).toBe(true);
    expect(back.village).toBe("Nà Lầu");
  });

  it("open Điểm thẩm định when the configuration sheet says the commune fills it", async () => {
    const config = rankingConfigSchema.parse({ year: 2024, communeFilled: true });
    const excel = new ModernExcel([cellsOf(modelOf(communeTable())), cellsOf(configSheetModel(config))]);
    await writeTemplates(excel, "vi", { source: "Bảng điểm", villages: ["Nà Lầu"], period: "year" }, () => undefined);
    expect(excel.models[0].protection?.unlocked).toContain("E9");
  });
});
