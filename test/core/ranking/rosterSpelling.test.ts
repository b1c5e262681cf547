import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { villageOf } from "../../../src/core/checks/villageOf";
import { rosterKey } from "../../../src/core/config/rosterKey";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { communeResults } from "../../../src/core/results/communeResults";
import { POINTS_VILLAGES, pointsConfig, pointsTargetSheet, pointsVillageSheet } from "../../../src/core/samples";
import { sheetCellsOf } from "../config/sheetCellsOf";

// docs/reading-tables.md#layouts: a report's village comes from its title ("BẢN PIỀNG", "THÔN NÀ PỒNG"); docs/scoring.md#roster: the roster
// compares names folded and without a leading Thôn / Bản. The ranking shows a listed village as the
// commune writes it in the roster.
describe("villages named as the roster writes them", () => {
  const targets = sheetCellsOf(pointsTargetSheet());
  const sheets = POINTS_VILLAGES.map((village) => sheetCellsOf(pointsVillageSheet(village)));
  const { reports } = readVillageReports(sheets, { targets });

  it("reads the title's name without the word Thôn or Bản, which the roster folds away", () => {
    const title = (village: string) => ({ village, commune: null, year: null });
    expect(villageOf({ title: title("Piềng"), sheet: "Sheet1" })).toBe("Piềng");
    expect(reports.map((report) => report.village)).toContain("Piềng");
    expect(rosterKey("Bản Piềng")).toBe(rosterKey("Piềng"));
    expect(rosterKey("Thôn Nà Pồng")).toBe(rosterKey("NÀ PỒNG"));
  });

  it("keeps the word of a village known by its number: Thôn 3 and Tổ dân phố 3 are two villages", () => {
    expect(rosterKey("Thôn 3")).not.toBe(rosterKey("Tổ dân phố 3"));
    expect(rosterKey("TDP 3")).toBe(rosterKey("Tổ dân phố 3"));
    expect(rosterKey("THÔN SỐ 12A")).toBe(rosterKey("thôn số 12a"));
    expect(rosterKey("Tên thôn 3")).toBe(rosterKey("Thôn 3"));
  });

  it('shows "BẢN PIỀNG" as the roster\'s "Bản Piềng" in the ranking and in the results across the villages, with no roster warning', () => {
    const ranking = rankVillages(reports, pointsConfig());
    const names = ranking.villages.map((village) => village.village);
    expect(names).toContain("Bản Piềng");
    expect(names).not.toContain("Piềng");
    expect([...names].sort()).toEqual(POINTS_VILLAGES.map((village) => village.name).filter((name) => ranking.missing?.includes(name) !== true).sort());
    expect(ranking.findings.filter((f) => f.code === "village/not-in-roster")).toEqual([]);
    const results = communeResults(reports, ranking, targets, null).sheet;
    const written = results.cells.map((cell) => cell.value);
    expect(written).toContain("Bản Piềng");
    expect(written).not.toContain("Piềng");
  });

  it("keeps the name as read when there is no roster", () => {
    const { villages, ...config } = pointsConfig();
    expect(villages).toBeDefined();
    expect(rankVillages(reports, config).villages.map((village) => village.village)).toContain("Piềng");
  });
});
