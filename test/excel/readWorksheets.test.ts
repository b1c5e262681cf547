import { readWorksheets } from "../../src/excel";
import type { OfficeSimulator } from "../simulator";
import { VILLAGE, communeWorkbook, simulate, villageReport } from "./fixtures";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

describe("readWorksheets", () => {
  it("reads a village report as Excel gives it, row 0 being row 1 of the sheet, in one sync", async () => {
    sim = await simulate(villageReport(60), "village-60.xlsx");
    const r = await readWorksheets([VILLAGE]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [cells] = r.value;
    expect(cells.name).toBe(VILLAGE);
    expect(cells.values[0][0]).toBe("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024 - THÔN NÀ LẦU");
    expect(cells.values[0][1]).toBe("");
    expect(cells.values[1]).toEqual(["", "", "", "", "", ""]);
    expect(cells.values[2]).toEqual(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Ghi chú"]);
    expect(cells.values[3].slice(0, 4)).toEqual([1, "Thu ngân sách nhà nước trên địa bàn (1)", "Triệu đồng", 54]);
    expect(cells.values[4][4]).toBeCloseTo(0.9);
    expect(cells.formats[4][4]).toBe("0%");
    expect(cells.values[6][4]).toBe("#DIV/0!");
    expect(cells.values[8][4]).toBe("1.417");
    expect(cells.values[10][4]).toBe("");
    expect(cells.values).toHaveLength(63);
    expect(sim.stats.syncs).toBe(1);
  });

  it("reads several sheets, a target sheet and a consolidated sheet, in the same single sync", async () => {
    sim = await simulate(communeWorkbook(), "commune.xlsx");
    const r = await readWorksheets(["Chỉ tiêu", "Tổng hợp"]);
    expect(r.ok && r.value.map((s) => s.name)).toEqual(["Chỉ tiêu", "Tổng hợp"]);
    if (!r.ok) return;
    expect(r.value[0].values[1]).toEqual([1, "Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 54]);
    expect(r.value[1].values[0]).toEqual(["", "", "", "", "", "", "", ""]);
    expect(r.value[1].values[1]).toEqual(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Nà Lầu", "Khuổi Khon", "Lùng Vài", "Tổng"]);
    expect(sim.stats.syncs).toBe(1);
  });

  it("names the missing sheet when one was deleted meanwhile", async () => {
    sim = await simulate(communeWorkbook(), "commune.xlsx");
    const r = await readWorksheets(["Chỉ tiêu", "Thôn đã xóa"]);
    expect(r).toEqual({ ok: false, failures: expect.objectContaining({ code: "sheet-missing", sheet: "Thôn đã xóa" }) });
  });

  it("reads a 6 000-row sheet in one sync when it fits one response", async () => {
    sim = await simulate(villageReport(6000), "village-6000.xlsx");
    const r = await readWorksheets([VILLAGE]);
    expect(r.ok && r.value[0].values).toHaveLength(6003);
    expect(sim.stats.syncs).toBe(1);
    expect(Math.max(...sim.stats.requests.map((q) => q.responseBytes))).toBeLessThan(5_000_000);
  });

  it("reads again in blocks, each under the limit, when the response is too large", async () => {
    sim = await simulate(villageReport(6000), "village-6000.xlsx", { payloadLimitBytes: 150_000 });
    const r = await readWorksheets([VILLAGE]);
    sim.uninstall();
    const whole = await simulate(villageReport(6000), "village-6000.xlsx");
    const expected = await readWorksheets([VILLAGE]);
    expect(r.ok).toBe(true);
    expect(r).toEqual(expected);
    expect(sim.stats.requests.filter((q) => q.error === null).every((q) => q.responseBytes <= 150_000)).toBe(true);
    expect(sim.stats.requests[0].error).toBe("ResponsePayloadSizeLimitExceeded");
    whole.uninstall();
  });

  it("works at ExcelApi 1.1, where getUsedRange takes no valuesOnly", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.1" });
    const r = await readWorksheets([VILLAGE]);
    expect(r.ok && r.value[0].values[2][0]).toBe("TT");
  });

  it("reads nothing for no names, without a request", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx");
    expect(await readWorksheets([])).toEqual({ ok: true, value: [] });
    expect(sim.stats.syncs).toBe(0);
  });

  it("gives a typed failure in cell-edit mode below ExcelApi 1.11, which cannot wait for it", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.10" });
    sim.setCellEditMode(true);
    expect(await readWorksheets([VILLAGE])).toEqual({ ok: false, failures: expect.objectContaining({ code: "cell-edit", sheet: VILLAGE }) });
  });

  it("waits while a cell is being edited from ExcelApi 1.11 (delayForCellEdit), and reads once editing ends", async () => {
    sim = await simulate(villageReport(10), "village-10.xlsx", { apiLevel: "1.11" });
    sim.setCellEditMode(true);
    let done = false;
    const reading = readWorksheets([VILLAGE]).then((r) => ((done = true), r));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    sim.setCellEditMode(false);
    expect(await reading).toMatchObject({ ok: true });
  });
});

