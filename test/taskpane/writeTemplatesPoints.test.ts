import { checkReport } from "../../src/core/checks/checkReport";
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { rankingConfigSchema } from "../../src/core/config/rankingConfig";
import type { SheetModel } from "../../src/core/model";
import { pointsTargetSheet } from "../../src/core/samples/pointsCommune";
import { writeTemplates } from "../../src/taskpane/state/actions/writeTemplates";
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

const at = (model: SheetModel, address: string) => model.cells.find((cell) => cell.address === address)?.value;
const pointsConfig = rankingConfigSchema.parse({ year: 2024, method: "points", bands: [{ below: 95, points: -2 }, { from: 120, points: 2 }] });

describe("the pane's report templates under the points method (docs/scoring.md#points-method, docs/outputs.md#report-templates)", () => {
  it("add Điểm chuẩn from the target sheet and a validated Điểm tự chấm, and read back with the same maximum points", async () => {
    const excel = new ModernExcel([cellsOf(pointsTargetSheet()), cellsOf(configSheetModel(pointsConfig))]);
    const written = await writeTemplates(excel, "vi", { source: "Chỉ tiêu 2024", villages: ["Nà Pồng"], period: "year" }, () => undefined);
    expect(written.ok).toBe(true);
    const model = excel.models[0];
    expect(["F7", "G7", "H7"].map((a) => at(model, a))).toEqual(["Ghi chú", "Điểm chuẩn", "Điểm tự chấm"]);
    expect(model.validations?.find((v) => v.range.startsWith("H8"))?.rule).toEqual({ type: "decimal", min: -2, max: 17 });
    expect(model.protection?.unlocked).toContain("H8:H15");
    const back = checkReport(excel.sheets.get(model.name)!);
    expect(back.indicators.map((i) => i.indicator.maxPoints)).toEqual([15, 15, 10, 15, 15, 10, 10, 10]);
  });

  it("under the ratio method keep the six columns", async () => {
    const excel = new ModernExcel([cellsOf(pointsTargetSheet())]);
    await writeTemplates(excel, "vi", { source: "Chỉ tiêu 2024", villages: ["Nà Pồng"], period: "year" }, () => undefined);
    expect(at(excel.models[0], "G7")).toBeUndefined();
  });
});

describe("the pane's report templates and the configuration sheet", () => {
  it("name a rule that matches no indicator", async () => {
    const config = rankingConfigSchema.parse({ year: 2024, indicators: [{ match: "thu ngân sách huyện", template: false }] });
    const excel = new ModernExcel([cellsOf(pointsTargetSheet()), cellsOf(configSheetModel(config))]);
    const written = await writeTemplates(excel, "vi", { source: "Chỉ tiêu 2024", villages: ["Nà Pồng"], period: "year" }, () => undefined);
    expect(written.ok && written.value.notice.intent).toBe("warning");
    expect(written.ok && written.value.notice.items).toContainEqual(expect.stringMatching(/quy tắc "thu ngân sách huyện" .*không khớp với tên chỉ tiêu nào/u));
  });

  it("say when a configuration sheet with errors is left aside", async () => {
    const model = configSheetModel(pointsConfig);
    const broken = { ...model, cells: model.cells.map((cell) => (cell.value === 1.2 ? { ...cell, value: "một phẩy hai" } : cell)) };
    expect(broken.cells.some((cell) => cell.value === "một phẩy hai")).toBe(true);
    const excel = new ModernExcel([cellsOf(pointsTargetSheet()), cellsOf(broken)]);
    const written = await writeTemplates(excel, "vi", { source: "Chỉ tiêu 2024", villages: ["Nà Pồng"], period: "year" }, () => undefined);
    expect(written.ok && written.value.notice.items).toContainEqual(expect.stringMatching(/^Trang Cấu hình xếp hạng có lỗi nên các mẫu được tạo theo cấu hình mặc định/u));
    expect(at(excel.models[0], "G7")).toBeUndefined();
  });
});
