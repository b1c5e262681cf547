import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";

type Cell = string | number;
const HEADER = ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"];

/** A unit's form: the title naming the unit, the header, then rows TT | name | maximum | own | verified. */
function form(village: string, rows: Cell[][]): SheetCells {
  return { name: village, values: [["BẢNG CHẤM ĐIỂM THÔN VĂN HÓA NĂM 2024"], [`Thôn: ${village}`], HEADER, ...rows], formats: [] };
}

const config: RankingConfig = defaultConfig(2024);

describe("a scoring form is scored on its criteria (docs/scoring.md#points-method)", () => {
  it.each([
    // [case, own, verified, earned, code at the row's cell]
    ["verified points count", 4, 3, 3, "points/self-differs"],
    ["own points count where none are verified", 4, "", 4, "points/unverified"],
    ["points above the maximum count as the maximum", "", 7, 5, "points/over-maximum"],
    ["neither filled earns 0", "", "", 0, "value/missing"],
  ])("%s", (_, own, verified, earned, code) => {
    const report = checkReport(form("Nà Lầu", [[1, "Có nhà văn hóa", 5, own, verified], [2, "Có đội văn nghệ", 5, 5, 5]]));
    const score = scoreVillage(report, config);
    expect(score.lines.map((line) => line.points?.earned)).toEqual([earned, 5]);
    expect(score.score).toBe(earned + 5);
    expect(score.notes?.filter((f) => f.cell?.endsWith("4"))).toEqual([expect.objectContaining({ code })]);
  });

  it.each([
    ["the standard's own points", ["I", "Đời sống kinh tế", 10, 9, ""], "D4", 8, 9],
    ["the standard's maximum", ["I", "Đời sống kinh tế", 12, "", ""], "C4", 10, 12],
  ])("never counts a parent twice, and says where %s differ from its criteria's sum", (_, standard, cell, expected, actual) => {
    const report = checkReport(form("Nà Lầu", [standard, [1, "Việc làm ổn định", 5, 4, ""], [2, "Thu nhập", 5, 4, ""]]));
    const score = scoreVillage(report, config);
    expect(score.lines.map((line) => line.name)).toEqual(["Việc làm ổn định", "Thu nhập"]);
    expect(score.score).toBe(8);
    expect(score.notes).toContainEqual(expect.objectContaining({ code: "points/parent-total", cell, expected, actual }));
  });

  it("adds the own total over the criteria only (points/self-total)", () => {
    const report = checkReport(form("Nà Lầu", [["I", "Đời sống kinh tế", 10, 8, ""], [1, "Việc làm", 5, 4, ""], [2, "Thu nhập", 5, 4, ""], ["", "Tổng cộng", 10, 9, ""]]));
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "points/self-total", cell: "D7", expected: 8, actual: 9 }));
  });

  it("takes the maxima of the commune's table, and says which maxima and criteria the form changed or left out", () => {
    const targets = { name: "Bảng điểm", values: [["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn"], ["I", "Đời sống kinh tế", 15], [1, "Việc làm", 5], [2, "Thu nhập", 10]], formats: [] };
    const report = checkReport(form("Nà Lầu", [[1, "Việc làm", 6, 6, ""]]), { targets });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "target/changed", cell: "C4", expected: 5, actual: 6 }));
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "row/missing-indicator", indicator: "Thu nhập" }));
    expect(report.findings.filter((f) => f.code === "row/missing-indicator")).toHaveLength(1);
    const score = scoreVillage(report, config);
    expect(score.lines.map((line) => [line.name, line.points?.max, line.points?.earned])).toEqual([["Việc làm", 5, 5], ["Thu nhập", 10, 0]]);
  });

  it("ranks scoring forms by points when the configuration names no method", () => {
    const ranking = rankVillages(
      [checkReport(form("Nà Lầu", [[1, "Việc làm", 5, 5, 4]])), checkReport(form("Khuổi Khâm", [[1, "Việc làm", 5, 5, 5]]))],
      config,
    );
    expect(ranking.method).toBe("points");
    expect(ranking.villages.map((v) => [v.village, v.score])).toEqual([["Khuổi Khâm", 5], ["Nà Lầu", 4]]);
  });

  it("gives a unit the sum of its criteria whatever its parents write", () => {
    const criterion = fc.record({ max: fc.integer({ min: 1, max: 20 }), own: fc.option(fc.integer({ min: 0, max: 25 })), verified: fc.option(fc.integer({ min: 0, max: 25 })) });
    fc.assert(
      fc.property(fc.array(fc.array(criterion, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 9, maxLength: 9 }), (standards, written) => {
        let n = 0;
        const rows: Cell[][] = standards.flatMap((criteria, s) => [
          [["I", "II", "III"][s], `Tiêu chuẩn ${s + 1}`, written[3 * s], written[3 * s + 1], written[3 * s + 2]],
          ...criteria.map((c) => [++n, `Tiêu chí ${n}`, c.max, c.own ?? "", c.verified ?? ""]),
        ]);
        const expected = standards.flat().reduce((sum, c) => sum + Math.min(c.verified ?? c.own ?? 0, c.max), 0);
        expect(scoreVillage(checkReport(form("Nà Lầu", rows)), config).score).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
