import type * as ExcelJS from "exceljs";
import { writeSheet, writeSheets } from "../../src/excel";
import type { SheetModel } from "../../src/core/model/sheetModel";
import type { OfficeSimulator } from "../simulator";
import { rowBreaks } from "../simulator/pageBreaks";
import { simulate, villageReport } from "./fixtures";
import { rankingModel, villageNames } from "./rankingModel";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

const NAME = "Xếp hạng thi đua 2024";
const sheet = (name = NAME): ExcelJS.Worksheet => sim.workbook.getWorksheet(name) as ExcelJS.Worksheet;

/** The ranking as the core builds it when its columns need shrinking and its signature block would straddle a page. */
function scaled(villages: number, name = NAME): SheetModel {
  const model = rankingModel(villageNames(villages), name);
  const signature = 7 + villages + 2;
  return { ...model, print: { ...(model.print as NonNullable<SheetModel["print"]>), scale: 85, breaksBefore: [signature] } };
}

describe("the pane's ranking sheet prints as the command line's file does (docs/excel-adapter.md#print-fit)", () => {
  it("keeps the model's scale and puts the signature block on a page of its own, read back in the same two requests", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.17" });
    const model = scaled(28);
    const before = sim.stats.syncs;
    expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sim.stats.syncs - before).toBe(2);
    expect(sheet().pageSetup).toMatchObject({ fitToPage: false, scale: 85, orientation: "landscape" });
    expect(rowBreaks(sheet()).map((pb) => pb.id + 1)).toEqual([7 + 28 + 2]);
  });

  it("without a scale fits one page wide, and a model without breaks adds none", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.17" });
    expect(await writeSheet(rankingModel(villageNames(5)), { activate: false })).toEqual({ ok: true, value: { sheet: NAME, missing: [] } });
    expect(sheet().pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
    expect(rowBreaks(sheet())).toEqual([]);
  });

  it("replacing a ranking leaves one break, not the old sheet's and the new one's", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.17" });
    await writeSheet(scaled(28), { activate: true });
    await writeSheets([scaled(28), scaled(3, "Tổng hợp kết quả 2024")], { activate: true });
    expect(rowBreaks(sheet()).map((pb) => pb.id + 1)).toEqual([37]);
    expect(rowBreaks(sheet("Tổng hợp kết quả 2024")).map((pb) => pb.id + 1)).toEqual([12]);
  });

  it("when a later decoration is refused, the print fit sent again on its own is still read back and kept", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.17" });
    sim.rejectCommands(/^ChartCollection\.add$/);
    expect(await writeSheet(scaled(28), { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: ["chart"] } });
    expect(sheet().pageSetup).toMatchObject({ fitToPage: false, scale: 85 });
    expect(rowBreaks(sheet()).map((pb) => pb.id + 1)).toEqual([37]);
  });

  it("below ExcelApi 1.9 (no page layout) the sheet is written and marked to be set by hand", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.8" });
    expect(await writeSheet(scaled(28), { activate: true })).toEqual({ ok: true, value: { sheet: NAME, missing: [], printByHand: true } });
    expect(rowBreaks(sheet())).toEqual([]);
  });
});
