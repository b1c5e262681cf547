/**
 * What a checked report shows is one answer for the pane's check and `thidua validate` (docs/usecases.md#checking).
 */
import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig, rankingConfigSchema } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model";
import { checkVillages } from "../../../src/core/usecases/checkVillages";
import { scoreChecked } from "../../../src/core/usecases/scoreChecked";
import { reportSheet } from "../checks/reportSheet";

const FORM_HEADER = ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"];

/** A unit's scoring form as the commune hands it out: the title naming the unit, then the criteria. */
const form: SheetCells = {
  name: "Nà Lầu",
  values: [["BẢNG CHẤM ĐIỂM THÔN VĂN HÓA NĂM 2024"], ["Thôn: Nà Lầu"], FORM_HEADER, [1, "Có nhà văn hóa", 5, 4, 3], [2, "Có đội văn nghệ", 5, 5, 5]],
  formats: [],
};

describe("scoreChecked", () => {
  it("scores a scoring form in points without a configuration, with the defaults of the year assessed, and counts its notes", () => {
    const scored = scoreChecked(checkReport(form), null, 2024);
    expect(scored.points?.score).toBe(8);
    expect(scored.report.findings).toContainEqual(expect.objectContaining({ code: "points/self-differs", cell: "D4" }));
    expect(scored.report.summary.warnings + scored.report.summary.errors).toBeGreaterThan(0);
  });

  it("gives no points for a report the configuration scores by ratio, and applies its rules to the statuses", () => {
    const report = checkReport(reportSheet([[1, "Số hộ sửa chữa nhà ở", "Hộ", 5, 4]]));
    const lower = rankingConfigSchema.parse({ year: 2024, indicators: [{ match: "sửa chữa nhà ở", direction: "lower" }] });
    const higher = scoreChecked(report, defaultConfig(2024), 2024);
    const ruled = scoreChecked(report, lower, 2024);
    expect(higher.points).toBeNull();
    expect(ruled.points).toBeNull();
    expect(higher.report.indicators[0].status).toBe("shortfall");
    expect(ruled.report.indicators[0].status).toBe("exceeded");
  });

  it("is what the pane's check shows for a village: the same points and findings", () => {
    const [village] = checkVillages(form, { config: null, year: 2024 });
    const scored = scoreChecked(checkReport(form), null, 2024);
    expect(village.points?.score).toBe(scored.points?.score);
    expect(village.findings).toEqual(scored.report.findings);
  });
});
