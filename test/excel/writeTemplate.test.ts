import type * as ExcelJS from "exceljs";
import { guardsSupported, writeSheet } from "../../src/excel";
import { villageTemplates } from "../../src/core/template/villageTemplates";
import type { OfficeSimulator } from "../simulator";
import { seedTargetSheet } from "../fixtures/seedTargetSheet";
import { simulate, villageReport } from "./fixtures";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

const template = () => villageTemplates(seedTargetSheet(), { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] }).templates[0].sheet;

describe("a report template written through Office.js (docs/outputs.md#report-templates)", () => {
  it("at ExcelApi 1.17: validated input cells, only those unlocked, the sheet protected, header frozen", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const model = template();
    expect(guardsSupported()).toEqual({ validation: true, protection: true });
    expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: { sheet: model.name, missing: [] } });
    const ws = sim.workbook.getWorksheet(model.name) as ExcelJS.Worksheet;
    expect(ws.getCell("A3").value).toBe("Thôn: Nà Lầu");
    expect(ws.getCell("E8").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      showInputMessage: true,
      promptTitle: "Đơn vị: Triệu đồng",
      showErrorMessage: true,
      errorStyle: "stop",
    });
    expect(ws.getCell("E9").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(ws.getCell("E8").protection).toEqual({ locked: false });
    expect(ws.getCell("B8").protection?.locked).not.toBe(false);
    expect(ws.getCell("D9").protection?.locked).not.toBe(false);
    expect(await writeSheet({ ...model, name: "Khác", protection: null, validations: [] }, { activate: false })).toEqual({ ok: true, value: { sheet: "Khác", missing: [] } });
    // Writing the template again replaces it, protected as it is.
    expect((await writeSheet(model, { activate: false })).ok).toBe(true);
  });

  it("below ExcelApi 1.8 (validation) and 1.2 (protection), the sheet is still written, without them", async () => {
    for (const apiLevel of ["1.7", "1.1"]) {
      sim = await simulate(villageReport(5), "village-5.xlsx", { apiLevel });
      const model = template();
      expect(guardsSupported()).toEqual({ validation: false, protection: apiLevel === "1.7" });
      expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: { sheet: model.name, missing: [], printByHand: true } });
      const ws = sim.workbook.getWorksheet(model.name) as ExcelJS.Worksheet;
      expect(ws.getCell("A3").value).toBe("Thôn: Nà Lầu");
      expect(ws.getCell("E8").dataValidation).toBeUndefined();
      sim.uninstall();
    }
  });

  it("when Excel refuses the protection, every cell is still written and the guards are named as missing", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    sim.rejectCommands(/^WorksheetProtection\.protect$/);
    const model = template();
    expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: { sheet: model.name, missing: ["guards"] } });
    const ws = sim.workbook.getWorksheet(model.name) as ExcelJS.Worksheet;
    for (const cell of model.cells.filter((c) => c.value !== null)) expect([cell.address, ws.getCell(cell.address).value]).toEqual([cell.address, cell.value]);
    expect(ws.getCell("A3").value).toBe("Thôn: Nà Lầu");
  });
});
