import * as ExcelJS from "exceljs";
import { scanWorksheets } from "../../src/excel";
import { installOfficeSimulator } from "../simulator";
import { fillReport } from "./fixtures";
jest.setTimeout(300_000);
it("profile", async () => {
  let t = Date.now();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("A"); fillReport(ws, 200_000);
  console.log("build", Date.now() - t); t = Date.now();
  const sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
  const r = await scanWorksheets(["A"], { progress: () => { console.log("step", Date.now() - t); } });
  console.log("scan", Date.now() - t, sim.stats.requests.map((q) => [q.actions, q.responseBytes]), r.ok && r.value[0].outside);
  sim.uninstall();
});
