/**
 * @jest-environment node
 *
 * Round trips on the wire per pane operation (SPEC §9: check ≤ 3, rank ≤ 6 with the rescan after it),
 * counted by the simulator as Office.js sends them: every `context.sync()` that carries commands, and
 * the request releasing the ranges an `Excel.run` kept, when it kept any.
 */
import ExcelJS from "exceljs";
import { renderSheet } from "../../src/cli/writeWorkbook/renderSheet";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { clearSheets } from "../../src/taskpane/state/actions/clearSheets";
import { findSheets } from "../../src/taskpane/state/actions/findSheets";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";

jest.setTimeout(60_000);

const VILLAGES = ["Nà Lầu", "Khuổi Khâm", "Báo cáo", "Pác Nặm", "Sheet1", "Nặm Đin"];
const none = () => undefined;

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const built = new ExcelJS.Workbook();
  const reports = sampleSheets().filter((s) => !s.name.startsWith("Tổng hợp") && s.name !== "Cấu hình xếp hạng");
  for (const model of reports) renderSheet(built, model);
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(await built.xlsx.writeBuffer());
  return opened;
}

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
    const clean = await measure(() => checkSheet(excelAdapter, "vi", { report: "Nà Lầu", target: "Chỉ tiêu 2024" }, none));
    expect(clean).toMatchObject({ trips: 2, releases: 0 });
    const painted = await measure(async () => {
      const r = await checkSheet(excelAdapter, "vi", { report: "Khuổi Khâm", target: "Chỉ tiêu 2024" }, none);
      expect(r.ok && r.value.highlighted).toBeGreaterThan(0);
    });
    expect(painted).toMatchObject({ trips: 3, releases: 0 });
  });

  it("clear", async () => {
    await checkSheet(excelAdapter, "vi", { report: "Khuổi Khâm", target: "Chỉ tiêu 2024" }, none);
    const m = await measure(() => clearSheets(excelAdapter, "vi", ["Khuổi Khâm"]));
    expect(m).toMatchObject({ trips: 3, releases: 0 });
  });

  it("rank, then the rescan the pane makes after it; and again, replacing the ranking", async () => {
    const rankAndRescan = async () => {
      const r = await rankSheets(excelAdapter, "vi", { sheets: VILLAGES, target: "Chỉ tiêu 2024", period: "year" }, none);
      expect(r.ok).toBe(true);
      await findSheets(excelAdapter, "vi");
    };
    const first = await measure(rankAndRescan);
    expect(first).toMatchObject({ trips: 6, releases: 0 });
    const again = await measure(rankAndRescan);
    expect(again).toMatchObject({ trips: 6, releases: 0 });
  });
});
