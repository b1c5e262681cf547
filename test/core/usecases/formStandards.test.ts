import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { formScoring } from "../../../src/core/usecases/formStandards";
import { cellsOf, criterionTable, oneRowForm } from "../table/scoringFormSheets";

const config = defaultConfig(2024);

function scoringOf(form: ReturnType<typeof oneRowForm>, tiers?: Parameters<typeof formScoring>[2]) {
  const report = checkReport(cellsOf(form));
  return formScoring(report, scoreVillage(report, config), tiers);
}

describe("a unit's form by standard", () => {
  it("puts each criterion under its standard, sub-items one step in, with the standards' subtotals", () => {
    const scoring = scoringOf(oneRowForm());
    expect(scoring.standards.map((s) => [s.tt, s.max, s.own, s.earned])).toEqual([
      ["I", 20, 20.5, 18.5],
      ["II", 10, 9, 9],
    ]);
    expect(scoring.standards[1].criteria.map((c) => [c.tt, c.depth, c.max, c.own, c.verified, c.earned])).toEqual([
      ["4.1", 1, 6, 6, 6, 6],
      ["4.2", 1, 4, 3, null, 3],
    ]);
    expect(scoring.unverified).toBe(2);
    expect(scoring.tier).toBeUndefined();
  });

  it.each([
    // [floor, standards below it with the points they lack]
    [0.92, [["II", 0.2]]],
    [0.95, [["I", 0.5], ["II", 0.5]]],
    [0.9, []],
  ])("names every standard below a %d floor and the points it lacks", (floor, below) => {
    const scoring = scoringOf(oneRowForm(), [{ name: "Thôn văn hóa", groupMinShare: floor }, { name: "Đạt", min: 0 }]);
    expect(scoring.standards.flatMap((s) => s.below.map((b) => [s.tt, b.needed]))).toEqual(below);
    expect(scoring.tier).toBe(below.length === 0 ? "Thôn văn hóa" : "Đạt");
  });

  it("makes each criterion of a table without standards its own standard", () => {
    const scoring = scoringOf(criterionTable());
    expect(scoring.standards.map((s) => [s.name, s.max, s.earned, s.criteria.length])).toEqual([
      ["Quy hoạch và thực hiện quy hoạch", 25, 25, 1],
      ["Giao thông nông thôn", 25, 18, 1],
      ["Thủy lợi", 25, 25, 1],
      ["Điện nông thôn", 25, 25, 1],
    ]);
  });
});
