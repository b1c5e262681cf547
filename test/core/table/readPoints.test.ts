import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";

const HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Điểm chuẩn", "Điểm tự chấm", "Điểm thưởng", "Điểm trừ", "Điểm thẩm định"];

function sheet(rows: unknown[][]) {
  return { name: "Nà Lầu", values: [["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"], HEADER, ...rows], formats: [] };
}

describe("points columns of a report", () => {
  it("reads maximum, own, bonus, deduction and verified points as written", () => {
    const report = checkReport(
      sheet([
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 40, "10 điểm", "+ 10,5", "+0,5", "- 0,25", ""],
        [2, "Diện tích gieo trồng lúa", "Ha", 100, 90, 20, 18, "", "", 17.5],
      ]),
    );
    expect(report.indicators.map((line) => [line.indicator.maxPoints, line.points?.selfPoints, line.points?.bonus, line.points?.deduction, line.points?.verifiedPoints])).toEqual([
      [10, 10.5, 0.5, -0.25, null],
      [20, 18, null, null, 17.5],
    ]);
    // 10 + 0,5 − 0,25 = 10,25 computed; the verified 17,5 replaces 18 for lúa (the commune filled those columns).
    const score = scoreVillage(report, { ...defaultConfig(2024), method: "points", communeFilled: true });
    expect(score.lines.map((line) => line.points?.earned)).toEqual([10.25, 17.5]);
    expect(score.score).toBe(27.75);
    expect(score.notes).toEqual([
      expect.objectContaining({ code: "points/self-differs", cell: "G3", expected: 10.25, actual: 10.5 }),
      expect.objectContaining({ code: "points/self-differs", cell: "G4", expected: 17.5, actual: 18 }),
    ]);
  });

  it('says "abc" in a points cell is value/invalid at that cell', () => {
    const report = checkReport(sheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 40, 10, "abc", "", "", ""]]));
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "value/invalid", cell: "G3", actual: "abc", details: { kind: "points", column: "selfPoints" } }));
    expect(report.indicators[0].points?.selfPoints).toBeNull();
  });

  it("warns when the own total does not add up", () => {
    const report = checkReport(
      sheet([
        [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 40, 10, 9, "", "", ""],
        [2, "Diện tích gieo trồng lúa", "Ha", 100, 90, 20, 18, "", "", ""],
        ["", "Tổng cộng", "", "", "", 30, 28, "", "", ""],
      ]),
    );
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "points/self-total", cell: "G5", expected: 27, actual: 28 }));
  });

  it("takes Điểm chuẩn from a target sheet", () => {
    const targets = { name: "Chỉ tiêu", values: [["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Điểm chuẩn"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 12]], formats: [] };
    expect(readIndicatorTable(targets).indicators[0].maxPoints).toBe(12);
    const report = checkReport({ name: "Nà Lầu", values: [["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"], [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 20]], formats: [] }, { targets });
    expect(scoreVillage(report, { ...defaultConfig(2024), method: "points" }).score).toBe(6);
  });
});
