import * as ExcelJS from "exceljs";
import { insertWorkbooks, isSupported, listWorksheets, readActiveWorksheetName, selectCell } from "../../src/excel";
import type { OfficeSimulator } from "../simulator";
import { VILLAGE, simulate, villageReport } from "./fixtures";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

async function base64Of(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

describe("listWorksheets and readActiveWorksheetName", () => {
  it("lists the visible sheets in tab order with the active one, in one sync", async () => {
    const wb = villageReport(5);
    wb.addWorksheet("Ẩn", { state: "hidden" });
    wb.addWorksheet("Chỉ tiêu");
    sim = await simulate(wb, "village-hidden.xlsx");
    const r = await listWorksheets();
    expect(r).toEqual({ ok: true, value: [
      { name: VILLAGE, active: true, position: 0 },
      { name: "Ghi chú", active: false, position: 1 },
      { name: "Chỉ tiêu", active: false, position: 3 },
    ] });
    expect(sim.stats.syncs).toBe(1);
    expect(await readActiveWorksheetName()).toEqual({ ok: true, value: VILLAGE });
  });
});

describe("selectCell", () => {
  it("activates the finding's sheet and selects its cell", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    expect(await selectCell("Ghi chú", "B7")).toEqual({ ok: true, value: undefined });
    expect(sim.selection).toEqual({ sheet: "Ghi chú", address: "B7" });
    expect(sim.activeSheet).toBe("Ghi chú");
    expect(await readActiveWorksheetName()).toEqual({ ok: true, value: "Ghi chú" });
  });

  it("fails clearly for a sheet deleted meanwhile or a cell that is not an address", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    expect(await selectCell("Thôn cũ", "E4")).toEqual({ ok: false, failures: expect.objectContaining({ code: "sheet-missing", sheet: "Thôn cũ" }) });
    expect(await selectCell(VILLAGE, "E")).toEqual({ ok: false, failures: expect.objectContaining({ code: "unknown", sheet: VILLAGE }) });
  });
});

describe("insertWorkbooks", () => {
  it("copies village workbooks' sheets in (ExcelApi 1.13) and returns the names Excel gave them", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const other = villageReport(5, "Thôn Khuổi Khon");
    const clash = villageReport(3);
    const r = await insertWorkbooks([
      { fileName: "Khuoi Khon.xlsx", base64: await base64Of(other) },
      { fileName: "Na Lau lan 2.xlsx", base64: await base64Of(clash) },
    ]);
    expect(r).toEqual({ ok: true, value: ["Thôn Khuổi Khon", "Ghi chú (2)", `${VILLAGE} (2)`, "Ghi chú (3)"] });
    expect(sim.workbook.getWorksheet("Thôn Khuổi Khon")?.getCell("B4").value).toBe("Thu ngân sách nhà nước trên địa bàn (1)");
    expect(sim.stats.syncs).toBe(2);
  });

  it("says the operation is unsupported below ExcelApi 1.13, without calling Excel", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx", { apiLevel: "1.12" });
    expect(await insertWorkbooks([{ fileName: "x.xlsx", base64: "AAAA" }])).toEqual({ ok: false, failures: expect.objectContaining({ code: "unsupported" }) });
    expect(sim.stats.syncs).toBe(0);
  });

  it("turns a file Excel cannot read into a typed failure", async () => {
    sim = await simulate(villageReport(5), "village-5.xlsx");
    const r = await insertWorkbooks([{ fileName: "hỏng.xlsx", base64: Buffer.from("not a workbook").toString("base64") }]);
    expect(r).toEqual({ ok: false, failures: expect.objectContaining({ code: "unknown", detail: expect.stringContaining("InvalidArgument") }) });
  });
});

describe("isSupported", () => {
  it.each([
    ["1.1", { insertWorksheets: false, pageLayout: false, settings: false, charts: true }],
    ["1.4", { insertWorksheets: false, pageLayout: false, settings: true, charts: true }],
    ["1.9", { insertWorksheets: false, pageLayout: true, settings: true, charts: true }],
    ["1.10", { insertWorksheets: false, pageLayout: true, settings: true, charts: true }],
    ["1.17", { insertWorksheets: true, pageLayout: true, settings: true, charts: true }],
  ])("at ExcelApi %s", async (apiLevel, expected) => {
    sim = await simulate(villageReport(1), "village-1.xlsx", { apiLevel });
    const features = ["insertWorksheets", "pageLayout", "settings", "charts"] as const;
    expect(Object.fromEntries(features.map((f) => [f, isSupported(f)]))).toEqual(expected);
  });

  it("is false for everything outside Office", () => {
    expect(isSupported("charts")).toBe(false);
  });
});

describe("outside Office", () => {
  it("every operation returns an 'unsupported' failure instead of throwing", async () => {
    expect(await listWorksheets()).toEqual({ ok: false, failures: expect.objectContaining({ code: "unsupported" }) });
    expect(await selectCell("A", "B2")).toEqual({ ok: false, failures: expect.objectContaining({ code: "unsupported" }) });
  });
});
