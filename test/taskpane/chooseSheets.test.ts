import { defaultRankSheets, defaultReportSheet, defaultTargetSheet, rankableSheets } from "../../src/taskpane/state/chooseSheets";
import { isOutputSheet, isOwnSheet } from "../../src/taskpane/state/actions/ownSheets";
import type { SheetInfo } from "../../src/taskpane/state/sheetInfo";

const sheet = (name: string, layout: SheetInfo["layout"]): SheetInfo => ({ name, layout, village: null, year: 2024 });

describe("choosing sheets for staff", () => {
  const workbook = [
    sheet("Sheet1", null),
    sheet("Chỉ tiêu 2024", "targets"),
    sheet("Nà Lầu", "report"),
    sheet("Khuôn Lùng", "report"),
    sheet("Tổng hợp", "consolidated"),
    sheet("Cấu hình xếp hạng", null),
  ];

  it("preselects the first village report and the target sheet", () => {
    expect(defaultReportSheet(workbook)).toBe("Nà Lầu");
    expect(defaultTargetSheet(workbook)).toBe("Chỉ tiêu 2024");
    expect(defaultReportSheet([sheet("Sheet1", null)])).toBeNull();
    expect(defaultReportSheet(workbook.map((s) => ({ ...s, active: s.name === "Khuôn Lùng" })))).toBe("Khuôn Lùng");
    expect(defaultReportSheet(workbook.map((s) => ({ ...s, active: s.name === "Chỉ tiêu 2024" })))).toBe("Nà Lầu");
    expect(defaultTargetSheet([sheet("Nà Lầu", "report")])).toBeNull();
  });

  it("ranks the village reports, or the consolidated sheet when there are no reports — never both", () => {
    expect(defaultRankSheets(workbook)).toEqual(["Nà Lầu", "Khuôn Lùng"]);
    expect(defaultRankSheets(workbook.filter((s) => s.layout !== "report"))).toEqual(["Tổng hợp"]);
    expect(defaultRankSheets([sheet("Sheet1", null)])).toEqual([]);
  });

  it("offers every sheet for ranking but target sheets and the pane's own", () => {
    const withRanking = [...workbook, sheet("Xếp hạng thi đua 2024", null), sheet("Tổng hợp kết quả 2024 (sơ kết)", null)];
    expect(rankableSheets(withRanking, isOwnSheet).map((s) => s.name)).toEqual(["Sheet1", "Nà Lầu", "Khuôn Lùng", "Tổng hợp"]);
  });

  it("knows the pane's output sheets, which are never read as input, from a village's sheet of the same words", () => {
    expect(["Xếp hạng thi đua 2024", "Tổng hợp kết quả 2024", "Tổng hợp kết quả 2024 (sơ kết)", "Tổng hợp", "Tổng hợp kết quả", "Cấu hình xếp hạng"].filter(isOutputSheet)).toEqual([
      "Xếp hạng thi đua 2024",
      "Tổng hợp kết quả 2024",
      "Tổng hợp kết quả 2024 (sơ kết)",
    ]);
  });
});
