/**
 * @jest-environment node
 *
 * The pane reads directions, strict targets and target phrases with the engine's own code: a rule on the
 * configuration sheet holds for the check's statuses and highlights, and for the ranking's met count.
 */
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { defaultConfig, type RankingConfig } from "../../src/core/config/rankingConfig";
import type { SheetCells } from "../../src/core/model";
import { checkSheet } from "../../src/taskpane/state/actions/checkSheet";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { cellsOf, FakeExcel } from "./fakeExcel";

const none = () => undefined;

function report(village: string, rows: [string, string, unknown, unknown][]): SheetCells {
  return {
    name: village,
    values: [
      ["UBND XÃ NÀ PHẶC", "", "", "", ""],
      [`THÔN ${village.toUpperCase()}`, "", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024"],
      ...rows.map((row, index) => [index + 1, ...row]),
    ],
    formats: [],
  };
}

const POOR = "Tỷ lệ hộ nghèo";
const rows = (poor: string, insurance: string): [string, string, unknown, unknown][] => [
  [POOR, "%", "5%", poor],
  ["Tỷ lệ hộ dân tham gia bảo hiểm y tế", "%", "trên 95%", insurance],
  ["Xếp loại chi bộ", "Xếp loại", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành xuất sắc nhiệm vụ"],
];

const config: RankingConfig = { ...defaultConfig(2024), indicators: [{ match: "tỷ lệ hộ nghèo", direction: "lower" }, { match: "bảo hiểm y tế", mandatory: true }] };

function workbook(): FakeExcel {
  return new FakeExcel([report("Nà Lầu", rows("4%", "95%")), report("Khuổi Khâm", rows("4,5%", "96%")), cellsOf(configSheetModel(config))]);
}

describe("the pane, with a rule and a strict target", () => {
  it("checks with the rule's direction: no shortfall highlighted for 4 % against 5 %, one for exactly 95 % against 'trên 95%'", async () => {
    const checked = await checkSheet(workbook(), "vi", { reports: ["Nà Lầu"], target: null, config: true }, none);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.checked.indicators.map((i) => i.status)).toEqual(["exceeded", "shortfall", "met"]);
    expect(checked.value.checked.findings.filter((f) => f.code === "target/shortfall").map((f) => f.cell)).toEqual(["E5"]);
  });

  it("ranks the village at exactly 95 % with one indicator fewer met, and without a prize", async () => {
    const ranked = await rankSheets(workbook(), "vi", { sheets: ["Nà Lầu", "Khuổi Khâm"], target: null, period: "year" }, none);
    expect(ranked.ok).toBe(true);
    if (!ranked.ok) return;
    const by = Object.fromEntries(ranked.value.ranking.villages.map((v) => [v.village, v]));
    expect(by["Nà Lầu"]).toMatchObject({ met: 2, eligible: false, prize: null });
    expect(by["Khuổi Khâm"]).toMatchObject({ met: 3, eligible: true, prize: "Giải Nhất" });
  });
});
