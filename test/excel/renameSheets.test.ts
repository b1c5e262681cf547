import { listWorksheets, renameSheets } from "../../src/excel";
import type { OfficeSimulator } from "../simulator";
import { VILLAGE, simulate, villageReport } from "./fixtures";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

describe("renameSheets", () => {
  it("renames sheets in one sync, keeping their place", async () => {
    sim = await simulate(villageReport(5, "Báo cáo"), "ban-tat-ma.xlsx");
    expect(await renameSheets([{ from: "Báo cáo", to: "Tát Mạ" }])).toEqual({ ok: true, value: undefined });
    expect(sim.stats.syncs).toBe(1);
    const listed = await listWorksheets();
    expect(listed.ok && listed.value.map((s) => s.name)).toEqual(["Tát Mạ", "Ghi chú"]);
  });

  it("refuses a name Excel cannot take, renaming nothing", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const r = await renameSheets([{ from: "Ghi chú", to: "Ghi chú 2" }, { from: VILLAGE, to: "Thôn A/B" }]);
    expect(r).toEqual({ ok: false, failures: { code: "invalid-name", sheet: "Thôn A/B", detail: "invalid sheet name" } });
    expect(sim.stats.syncs).toBe(0);
  });

  it("says which sheet is missing", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const r = await renameSheets([{ from: "Không có", to: "Tát Mạ" }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.failures.code).toBe("sheet-missing");
  });
});
