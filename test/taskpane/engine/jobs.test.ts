/**
 * @jest-environment node
 *
 * The engine's jobs give plain data: what the worker posts back is the same, field for field and type for
 * type, as what the job made (docs/pane.md#the-engine-off-the-main-thread).
 */
import { CONFIG_SHEET_NAME } from "../../../src/core/config/configSheetName";
import type { SheetCells } from "../../../src/core/model";
import { checkJob } from "../../../src/taskpane/engine/checkJob";
import { rankJob } from "../../../src/taskpane/engine/rankJob";
import { templatesJob } from "../../../src/taskpane/engine/templatesJob";
import { sampleSheets } from "../../../src/taskpane/state/actions/sampleSheets";
import { cellsOf } from "../fakeExcel";

const sheets = new Map<string, SheetCells>(sampleSheets().map((model) => [model.name, cellsOf(model)]));
const sheet = (name: string) => sheets.get(name)!;
const REPORTS = ["Nà Lầu", "Khuổi Khâm", "Nặm Đin"];
const date = { day: 8, month: 12, year: 2024 };

describe("the engine's jobs", () => {
  it("checks reports into findings and highlights that survive the trip to and from a worker unchanged", async () => {
    const done = await checkJob({ reports: REPORTS.map(sheet), targets: sheet("Chỉ tiêu 2024"), config: sheet(CONFIG_SHEET_NAME), village: null });
    expect(done.wrong).toBeNull();
    expect(done.villages.map((v) => v.sheet)).toEqual(REPORTS);
    expect(done.highlights.map(([name]) => name)).toEqual(REPORTS);
    expect(done.highlights.find(([name]) => name === "Khuổi Khâm")?.[1].length).toBeGreaterThan(0);
    expect(structuredClone(done)).toStrictEqual(done);
  });

  it("says a target sheet chosen as a report is none, checking nothing", async () => {
    const done = await checkJob({ reports: [sheet("Chỉ tiêu 2024")], targets: null, config: null, village: null });
    expect(done).toEqual({ wrong: expect.objectContaining({ code: "sheet/not-a-report", sheet: "Chỉ tiêu 2024", details: { kind: "targets" } }), villages: [], highlights: [] });
  });

  it("ranks the villages and builds the ranking and results sheets as plain data", async () => {
    const done = await rankJob({ reports: REPORTS.map(sheet), targets: sheet("Chỉ tiêu 2024"), config: sheet(CONFIG_SHEET_NAME), period: "year", date });
    expect(done.kind).toBe("ranked");
    if (done.kind !== "ranked") return;
    expect(done.ranking.villages.map((v) => v.rank).sort()).toEqual([1, 2, 3]);
    expect(done.sheet.name).toMatch(/^Xếp hạng thi đua/);
    expect(done.results.cells.length).toBeGreaterThan(0);
    expect(structuredClone(done)).toStrictEqual(done);
  });

  it("gives a configuration's errors back with their cells instead of ranking", async () => {
    const config = sheet(CONFIG_SHEET_NAME);
    // The highest factor typed in words by a clerk.
    const values = config.values.map((r) => (r[0] === "Hệ số tối đa" ? ["Hệ số tối đa", "một phẩy hai", ...r.slice(2)] : r));
    const done = await rankJob({ reports: REPORTS.map(sheet), targets: sheet("Chỉ tiêu 2024"), config: { ...config, values }, period: "year", date });
    expect(done.kind).toBe("config");
    expect(done.kind === "config" && done.findings).toContainEqual(expect.objectContaining({ sheet: CONFIG_SHEET_NAME, cell: "B7" }));
  });

  it("builds a report template per village named, as plain data", async () => {
    const done = await templatesJob({ source: sheet("Chỉ tiêu 2024"), config: null, reports: [], villages: ["Nà Lầu", "Pác Nặm"], period: "year", taken: ["Chỉ tiêu 2024"] });
    expect(done.templates.map((t) => t.sheet.name)).toEqual(["Mẫu Nà Lầu", "Mẫu Pác Nặm"]);
    expect(structuredClone(done)).toStrictEqual(done);
  });
});
