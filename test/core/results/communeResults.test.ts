import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { communeResults } from "../../../src/core/results/communeResults";
import { SAMPLE_VILLAGES, sampleTargetSheet, sampleVillageSheet } from "../../../src/core/samples";
import { sheetCellsOf } from "../config/sheetCellsOf";

const targets = sheetCellsOf(sampleTargetSheet());
const villages = SAMPLE_VILLAGES.map((village) => sheetCellsOf(sampleVillageSheet(village)));
const { reports } = readVillageReports(villages, { targets });

describe("results across the villages (docs/outputs.md#results-across-the-villages)", () => {
  const half = communeResults(reports, { ...rankVillages(reports, { ...defaultConfig(2024), period: "half" }) }, targets, "Khuôn Lùng");
  const { totals, sheet } = communeResults(reports, rankVillages(reports, defaultConfig(2024)), targets, "Khuôn Lùng");
  const byName = (start: string) => totals.find((total) => total.name.startsWith(start))!;

  it("sums a cumulative indicator's actuals against the commune's target", () => {
    const grain = byName("Tổng sản lượng lương thực");
    const actuals = reports.map((r) => r.indicators.find((i) => i.indicator.name.startsWith("Tổng sản lượng lương thực"))!.actual as number);
    expect(grain.total).toBeCloseTo(actuals.reduce((a, b) => a + b, 0), 6);
    expect(grain).toMatchObject({ unit: "Tấn", target: 1417, villagesScored: 6 });
    expect(grain.status).toBe(grain.total! >= 1417 ? (grain.total === 1417 ? "met" : "exceeded") : "shortfall");
    expect(half.totals.find((t) => t.id === grain.id)?.target).toBe(1417 / 2);
  });

  it("counts the villages that met a level indicator, and calls it met only when all did", () => {
    const conscription = byName("Công tác tuyển quân");
    expect(conscription).toMatchObject({ total: null, target: "Đạt", villagesScored: 6 });
    expect(conscription.status).toBe(conscription.villagesMet === 6 ? "met" : "shortfall");
    const rate = byName("Tỷ lệ huy động trẻ 5 tuổi");
    expect(rate.total).toBeNull();
    expect(rate.villagesMet).toBeLessThanOrEqual(6);
  });

  it("writes the sheet: villages with KH | TH, the Toàn xã column, statuses coloured", () => {
    expect(sheet.name).toBe("Tổng hợp kết quả 2024");
    expect(half.sheet.name).toBe("Tổng hợp kết quả 2024 (sơ kết)");
    const values = sheet.cells.map((cell) => cell.value);
    expect(values).toContain("Toàn xã");
    expect(values).toContain("Mục tiêu xã");
    expect(values.filter((v) => v === "KH")).toHaveLength(6);
    const conscription = byName("Công tác tuyển quân");
    expect(values).toContain(`${conscription.villagesMet}/6 thôn đạt`);
    const coloured = sheet.cells.filter((cell) => cell.style?.fill === "#FFC7CE" || cell.style?.fill === "#C6EFCE");
    expect(coloured.length).toBeGreaterThan(totals.length * 6);
    expect(sheet.print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: 1 });
  });
});
