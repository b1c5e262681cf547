import { writeCellValue } from "../../src/excel";
import type { OfficeSimulator } from "../simulator";
import { VILLAGE, simulate, villageReport } from "./fixtures";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

describe("writeCellValue", () => {
  it("writes one word into one cell in one round trip, the cell's look kept", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const cell = sim.workbook.getWorksheet(VILLAGE)!.getCell("B2");
    const fill = JSON.stringify(cell.fill ?? null);
    expect(await writeCellValue(VILLAGE, "B2", "Sơ kết (6 tháng)")).toEqual({ ok: true, value: undefined });
    expect(sim.stats.syncs).toBe(1);
    expect(sim.workbook.getWorksheet(VILLAGE)!.getCell("B2").value).toBe("Sơ kết (6 tháng)");
    expect(JSON.stringify(sim.workbook.getWorksheet(VILLAGE)!.getCell("B2").fill ?? null)).toBe(fill);
  });

  it("says which sheet is missing, and refuses what is not a cell address", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const missing = await writeCellValue("Không có", "B6", "Sơ kết (6 tháng)");
    expect(!missing.ok && missing.failures.code).toBe("sheet-missing");
    const before = sim.stats.syncs;
    const bad = await writeCellValue(VILLAGE, "Kỳ đánh giá", "Sơ kết (6 tháng)");
    expect(!bad.ok && bad.failures.code).toBe("unknown");
    // Refused before asking Excel anything.
    expect(sim.stats.syncs).toBe(before);
  });
});
