import { checkReport } from "../../../src/core/checks/checkReport";
import { CONFIG_SHEET_NAME } from "../../../src/core/config/configSheetLayout";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import { formatFinding } from "../../../src/core/messages";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { sampleTargetSheet, sampleVillageSheet, SAMPLE_VILLAGES } from "../../../src/core/samples";
import { cellsOf, oneRowForm, twoRowForm } from "../table/scoringFormSheets";
import { sheetCellsOf } from "../config/sheetCellsOf";

const forms = [checkReport(cellsOf(oneRowForm("Nà Lầu"))), checkReport(cellsOf(twoRowForm("Khuổi Khâm")))];

describe("the ratio method on scoring forms", () => {
  it.each([
    ["absent", undefined, 2],
    ["points", "points" as const, 2],
  ])("ranks forms by points with method %s", (_, method, ranked) => {
    const config: RankingConfig = { ...defaultConfig(2024), ...(method === undefined ? {} : { method }) };
    expect(rankVillages(forms, config).villages.length).toBe(ranked);
  });

  it("refuses method ratio on a form, naming the setting and the form in both languages, and ranks nothing", () => {
    const ranking = rankVillages(forms, { ...defaultConfig(2024), method: "ratio" }, { sheet: "cau-hinh.json" });
    expect(ranking.villages).toEqual([]);
    expect(ranking.findings).toEqual([expect.objectContaining({ code: "config/invalid", severity: "error", sheet: "cau-hinh.json", details: expect.objectContaining({ field: "method", problem: "ratio-needs-target", form: "Nà Lầu" }) })]);
    const [f] = ranking.findings;
    expect(formatFinding(f, "vi")).toContain('trang "Nà Lầu" là bảng chấm điểm');
    expect(formatFinding(f, "vi")).toContain("hãy chọn thang điểm");
    expect(formatFinding(f, "en")).toContain("no target to compute a ratio from");
  });

  it("names the setting as the configuration sheet writes it, Cách xếp hạng", () => {
    const ranking = rankVillages(forms, { ...defaultConfig(2024), method: "ratio" });
    expect(ranking.findings[0].sheet).toBe(CONFIG_SHEET_NAME);
    expect(formatFinding(ranking.findings[0], "vi")).toContain('mục "Cách xếp hạng"');
  });

  it("keeps ranking reports with targets by the ratio method", () => {
    const targets = sheetCellsOf(sampleTargetSheet());
    const reports = SAMPLE_VILLAGES.map((village) => checkReport(sheetCellsOf(sampleVillageSheet(village)), { targets }));
    expect(rankVillages(reports, { ...defaultConfig(2024), method: "ratio" }).villages.length).toBe(SAMPLE_VILLAGES.length);
  });
});
