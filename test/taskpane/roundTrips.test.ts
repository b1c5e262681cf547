/**
 * @jest-environment node
 *
 * Round trips on the wire per pane operation (CONTRIBUTING.md#quality-bars: check ≤ 3, rank ≤ 6 with the relisting after it),
 * counted by the simulator as Office.js sends them: every `context.sync()` that carries commands, and
 * the request releasing the ranges an `Excel.run` kept, when it kept any.
 */
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { clearSheets } from "../../src/taskpane/state/actions/clearSheets";
import { findSheets, relistSheets } from "../../src/taskpane/state/actions/findSheets";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { SAMPLE_REPORTS as VILLAGES, noProgress as none, sampleWorkbook } from "./sampleOverSimulator";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());
beforeEach(async () => {
  sim = installOfficeSimulator(globalThis, await sampleWorkbook(), { apiLevel: "1.17" });
});

/** Round trips and the largest request of what `operation` sends. */
async function measure(operation: () => Promise<unknown>): Promise<{ trips: number; releases: number; largest: number }> {
  sim.reset();
  await operation();
  const requests = sim.stats.requests;
  return {
    trips: sim.stats.syncs,
    releases: requests.filter((r) => r.kind === "release").length,
    largest: Math.max(0, ...requests.map((r) => r.bytes)),
  };
}

describe("round trips per operation, as on the wire", () => {
  it("scan", async () => {
    const m = await measure(() => findSheets(excelAdapter, "vi"));
    expect(m).toMatchObject({ trips: 2, releases: 0 });
  });

  it("check, nothing to paint and then shortfalls painted", async () => {
    // Nà Lầu meets every target; Khuổi Khâm has shortfalls.
    const clean = await measure(() => checkSheet(excelAdapter, "vi", { reports: ["Nà Lầu"], target: "Chỉ tiêu 2024" }, none));
    // The report is shown, its first finding's cell selected, in the request that paints: no trip of its own.
    expect(clean).toMatchObject({ trips: 3, releases: 0 });
    const painted = await measure(async () => {
      const r = await checkSheet(excelAdapter, "vi", { reports: ["Khuổi Khâm"], target: "Chỉ tiêu 2024" }, none);
      expect(r.ok && r.value.highlighted).toBeGreaterThan(0);
    });
    expect(painted).toMatchObject({ trips: 3, releases: 0 });
  });

  it("clear", async () => {
    await checkSheet(excelAdapter, "vi", { reports: ["Khuổi Khâm"], target: "Chỉ tiêu 2024" }, none);
    const m = await measure(() => clearSheets(excelAdapter, "vi", ["Khuổi Khâm"]));
    expect(m).toMatchObject({ trips: 3, releases: 0 });
  });

  it("rank, then the relisting the pane makes after it; and again, replacing the ranking", async () => {
    const opened = await findSheets(excelAdapter, "vi");
    if (!opened.ok) throw new Error("the sample workbook could not be scanned");
    const rankAndRelist = async () => {
      const r = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: "Chỉ tiêu 2024", period: "year" }, none);
      expect(r.ok).toBe(true);
      // The ranking added only its own sheets: the list is read again, the reports are not.
      const relisted = await relistSheets(excelAdapter, "vi", opened.value);
      expect(relisted.ok && relisted.value.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...VILLAGES, "Xếp hạng thi đua 2024"]));
    };
    const first = await measure(rankAndRelist);
    expect(first).toMatchObject({ trips: 5, releases: 0 });
    const again = await measure(rankAndRelist);
    expect(again).toMatchObject({ trips: 5, releases: 0 });
  });
});
