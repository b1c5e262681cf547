import * as ExcelJS from "exceljs";
import { checkReport } from "../../src/core/checks/checkReport";
import { CONFIG_SHEET_NAME, configSheetModel, readConfigSheet } from "../../src/core/config/configSheet";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import { planHighlights } from "../../src/core/highlights/planHighlights";
import { rankVillages } from "../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../src/core/rankingSheet/buildRankingSheet";
import { applyHighlights, clearHighlights, readWorksheets, writeSheet } from "../../src/excel";
import type { OfficeSimulator } from "../simulator";
import { VILLAGE, fillReport, simulate, snapshot, villageReport } from "./fixtures";

/** The adapter joined to the core as the task pane joins them: check a report, rank villages, configure. */

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

describe.each(["1.17", "1.1"])("at ExcelApi %s", (apiLevel) => {
  it.each([60, 6000])("checks a %i-row report in at most 3 syncs; clearing leaves values and fills as they were", async (rows) => {
    sim = await simulate(villageReport(rows), `village-${rows}.xlsx`, { apiLevel });
    const ws = sim.workbook.getWorksheet(VILLAGE) as ExcelJS.Worksheet;
    const values = snapshot(ws, "values");
    const fills = snapshot(ws, "fills");
    const read = await readWorksheets([VILLAGE]);
    if (!read.ok) throw new Error(read.failures.detail);
    const report = checkReport(read.value[0], { village: "Nà Lầu" });
    const highlights = planHighlights(report);
    expect(highlights.length).toBeGreaterThan(0);
    expect(await applyHighlights(VILLAGE, highlights)).toMatchObject({ ok: true, value: { notPainted: 0 } });
    // Below ExcelApi 1.4 (no intersection that may be empty) a sheet's size is read before its cells: one more.
    expect(sim.stats.syncs).toBeLessThanOrEqual(apiLevel === "1.1" ? 4 : 3);
    expect(highlights.find((h) => h.cell === "E7")).toEqual({ cell: "E7", style: "neutral" });
    expect(ws.getCell("E7").fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(snapshot(ws, "values")).toEqual(values);
    await clearHighlights(VILLAGE);
    expect(snapshot(ws, "values")).toEqual(values);
    if (apiLevel === "1.17") expect(snapshot(ws, "fills")).toEqual(fills);
  });

  it("ranks villages into the ranking sheet in at most 6 syncs, village text kept as text", async () => {
    const wb = new ExcelJS.Workbook();
    const names = ["Thôn Nà Lầu", "=1+1", "@SUM(A1)"];
    names.forEach((name, i) => fillReport(wb.addWorksheet(name), 12 + i));
    sim = await simulate(wb, "three-villages.xlsx", { apiLevel });
    const read = await readWorksheets(names);
    if (!read.ok) throw new Error(read.failures.detail);
    const reports = read.value.map((cells) => checkReport(cells, { village: cells.name }));
    const ranking = rankVillages(reports, defaultConfig(2024));
    const model = buildRankingSheet(ranking, { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 } });
    // Below ExcelApi 1.9 there is no page layout: staff are told to set the print size by hand.
    const written = { sheet: model.name, missing: [], ...(apiLevel === "1.1" ? { printByHand: true } : {}) };
    expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: written });
    expect(sim.stats.syncs).toBeLessThanOrEqual(6);
    const sheet = sim.workbook.getWorksheet(model.name) as ExcelJS.Worksheet;
    const texts = new Set<unknown>();
    sheet.eachRow((row) => row.eachCell((cell) => texts.add(cell.value)));
    expect(texts).toContain("=1+1");
    expect(texts).toContain("@SUM(A1)");
    expect([...texts].some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
    expect(await writeSheet(model, { activate: true })).toEqual({ ok: true, value: written });
    expect(sim.workbook.worksheets.filter((w) => w.name === model.name)).toHaveLength(1);
  });

  it("creates the configuration sheet with defaults and reads it back", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx", { apiLevel });
    const config = defaultConfig(2024);
    expect(await writeSheet(configSheetModel(config), { activate: true })).toMatchObject({ ok: true, value: { missing: [] } });
    const read = await readWorksheets([CONFIG_SHEET_NAME]);
    if (!read.ok) throw new Error(read.failures.detail);
    expect(readConfigSheet(read.value[0], { year: 2026 })).toEqual({ ok: true, value: config });
  });
});
