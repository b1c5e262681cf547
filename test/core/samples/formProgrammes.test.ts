import { checkReport } from "../../../src/core/checks/checkReport";
import { readTable } from "../../../src/core/table/readIndicatorTable";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { formProgrammes, type FormProgramme } from "../../../src/core/samples";
import { sheetCellsOf } from "../config/sheetCellsOf";

function ranked(programme: FormProgramme) {
  const table = sheetCellsOf(programme.workbooks[0].sheets[0]);
  const reports = programme.workbooks.slice(1).map((workbook) => checkReport(sheetCellsOf(workbook.sheets[0]), { targets: table }));
  return { reports, ranking: rankVillages(reports, programme.config) };
}

const [culture, countryside] = formProgrammes();

describe("the sample programmes scored on forms", () => {
  it.each([
    [culture.title, culture, 20, 100],
    [countryside.title, countryside, 14, 400],
  ])("%s: the commune's table is read as a table of maxima, its criteria summing to the total", (_, programme, rows, total) => {
    const table = readTable(sheetCellsOf(programme.workbooks[0].sheets[0]));
    expect(table.parsed.layout).toBe("targets");
    expect(table.parsed.findings).toEqual([]);
    expect(table.parsed.indicators).toHaveLength(rows);
    const leaves = table.parsed.indicators.filter((indicator) => !table.parsed.groups.some((group) => group.name === indicator.name));
    expect(leaves.reduce((sum, indicator) => sum + (indicator.maxPoints ?? 0), 0)).toBe(total);
  });

  it("Thôn, tổ dân phố văn hóa: six units ranked with their tier; Hợp Nhất is kept from it by standard IV, Bắc Sơn counts its own points", () => {
    const { reports, ranking } = ranked(culture);
    expect(reports.every((report) => report.form === true)).toBe(true);
    // every form's subtotals add up: nothing but the points notes
    expect(reports.flatMap((report) => report.findings).filter((f) => !f.code.startsWith("points/"))).toEqual([]);
    const tier = "Thôn, tổ dân phố văn hóa";
    expect(ranking.villages.map((v) => [v.village, v.score, v.tier])).toEqual([
      ["Đồng Tâm", 92, tier],
      ["Hợp Nhất", 89, null],
      ["Bắc Sơn", 88, tier],
      ["Tân Tiến", 85, tier],
      ["Khe Mạ", 83, tier],
      ["Nam Sơn", 73, null],
    ]);
    const floors = ranking.findings.filter((f) => f.code === "points/below-floor");
    expect(floors.map((f) => [f.details?.village, f.details?.share, f.details?.needed, f.cell])).toEqual([["Hợp Nhất", 0.4667, 0.5, "B21"]]);
    expect(String(floors[0].details?.group)).toMatch(/^Chấp hành tốt/);
    const unverified = ranking.findings.filter((f) => f.code === "points/unverified");
    expect(new Set(unverified.map((f) => f.sheet))).toEqual(new Set(["Bắc Sơn"]));
    expect(unverified).toHaveLength(14);
  });

  it("nông thôn mới: every criterion at 85 is Đạt chuẩn, at 75 Cơ bản đạt, and the criterion below is named", () => {
    const { reports, ranking } = ranked(countryside);
    expect(reports.flatMap((report) => report.findings).filter((f) => !f.code.startsWith("points/"))).toEqual([]);
    expect(ranking.villages.map((v) => [v.village, v.score, v.tier])).toEqual([
      ["Chiềng", 381, "Đạt chuẩn"],
      ["Nà Hin", 370, "Đạt chuẩn"],
      ["Phiêng Luông", 335, "Cơ bản đạt"],
      ["Co Muông", 285, null],
    ]);
    const floors = ranking.findings.filter((f) => f.code === "points/below-floor");
    expect(floors.map((f) => [f.details?.village, f.details?.tier, f.details?.group, f.details?.share])).toEqual([
      ["Phiêng Luông", "Đạt chuẩn", "Tiêu chí 3: Thu nhập và hộ nghèo", 0.8],
      ["Co Muông", "Đạt chuẩn", "Tiêu chí 3: Thu nhập và hộ nghèo", 0.65],
      ["Co Muông", "Cơ bản đạt", "Tiêu chí 3: Thu nhập và hộ nghèo", 0.65],
    ]);
  });
});
