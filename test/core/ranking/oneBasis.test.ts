import { checkReport } from "../../../src/core/checks/checkReport";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import { formatFinding } from "../../../src/core/messages";
import type { SheetCells } from "../../../src/core/model/cells";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { describeIneligibility } from "../../../src/core/rankingSheet/rankingWords";
import { reportSheet, targetSheet } from "../checks/reportSheet";

// The commune's targets: four indicators for every village.
const TARGETS = targetSheet([
  [1, "Số hộ nghèo giảm trong năm", "Hộ", 6],
  [2, "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
  [3, "Số lao động được giải quyết việc làm", "Lao động", 10],
  [4, "Tỷ lệ hộ dân tham gia bảo hiểm y tế", "%", 95],
]);
const ALL_MET = [
  [1, "Số hộ nghèo giảm trong năm", "Hộ", 6, 6],
  [2, "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97, 97],
  [3, "Số lao động được giải quyết việc làm", "Lao động", 10, 10],
  [4, "Tỷ lệ hộ dân tham gia bảo hiểm y tế", "%", 95, 95],
];

function rank(sheets: SheetCells[], config: RankingConfig = defaultConfig(2024), targets: SheetCells | null = TARGETS) {
  const read = readVillageReports(sheets, targets ? { targets } : {});
  return { read, ranking: rankVillages(read.reports, config) };
}

describe("a report none of whose rows matches a target (report/nothing-scored)", () => {
  const wrong = reportSheet(
    [
      [1, "Diện tích rừng trồng mới", "Ha", 50, 80],
      [2, "Số trâu bò xuất chuồng", "Con", 100, 160],
    ],
    { name: "Pác Lạ", title: "THÔN PÁC LẠ" },
  );

  it("is an error of the report, so validate exits 1", () => {
    const report = checkReport(wrong, { targets: TARGETS });
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: "report/nothing-scored", severity: "error", sheet: "Pác Lạ", cell: null, details: { targetSheet: "Chỉ tiêu", village: "Pác Lạ" } }),
    );
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(formatFinding(report.findings.find((f) => f.code === "report/nothing-scored")!, "vi")).toContain("không tính điểm được");
  });

  it("ranks last, takes no prize and says why, even below a village that scored little", () => {
    const poor = reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 6, 1]], { name: "Nà Lầu" });
    const { ranking } = rank([reportSheet(ALL_MET, { name: "Khuôn Lùng" }), wrong, poor]);
    const names = ranking.villages.map((v) => v.village);
    expect(names[names.length - 1]).toBe("Pác Lạ");
    const last = ranking.villages[ranking.villages.length - 1];
    expect(last).toMatchObject({ eligible: false, prize: null, nothingScored: true });
    expect(describeIneligibility(last.mandatoryMissed, "en", last.nothingScored)).toBe("Not eligible for a prize: nothing in the report could be scored");
    expect(ranking.villages.filter((v) => v.prize !== null).map((v) => v.village)).toEqual(["Khuôn Lùng", "Nà Lầu"]);
  });

  it("without targets, a report with no scorable row (no targets at all) is nothing-scored too", () => {
    const noTargets = reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", "", 6]], { name: "Nặm Đin" });
    const { ranking } = rank([reportSheet(ALL_MET, { name: "Khuôn Lùng" }), noTargets], defaultConfig(2024), null);
    expect(ranking.villages.map((v) => [v.village, v.eligible, v.prize])).toEqual([
      ["Khuôn Lùng", true, "Giải Nhất"],
      ["Nặm Đin", false, null],
    ]);
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "report/nothing-scored", sheet: "Nặm Đin", details: { targetSheet: null, village: "Nặm Đin" } }));
  });
});

describe("villages ranked together are compared on one basis (docs/scoring.md#scoring-and-ranking)", () => {
  it("a report listing only its best indicator scores 0 on the commune indicators others report, with a warning each", () => {
    const best = reportSheet([[2, "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97, 100]], { name: "Nặm Đin" });
    const { ranking } = rank([reportSheet(ALL_MET, { name: "Khuôn Lùng" }), best]);
    expect(ranking.villages.map((v) => [v.village, v.rank, v.prize])).toEqual([
      ["Khuôn Lùng", 1, "Giải Nhất"],
      ["Nặm Đin", 2, "Giải Nhì"],
    ]);
    const namDin = ranking.villages[1];
    expect(namDin.scored).toBe(4);
    expect(namDin.score).toBeCloseTo((100 * (100 / 97)) / 4, 2);
    const missing = ranking.findings.filter((f) => f.code === "row/missing-indicator");
    expect(missing).toHaveLength(3);
    expect(missing[0]).toMatchObject({ severity: "warning", sheet: "Nặm Đin", indicator: "Số hộ nghèo giảm trong năm", details: { targetSheet: "Chỉ tiêu", targetCell: "B2" } });
  });

  it("an indicator no ranked report holds is not added to anyone", () => {
    const three = ALL_MET.slice(0, 3);
    const { ranking } = rank([reportSheet(three, { name: "Khuôn Lùng" }), reportSheet(three, { name: "Nà Lầu" })]);
    expect(ranking.villages.map((v) => v.scored)).toEqual([3, 3]);
    expect(ranking.findings.filter((f) => f.code === "row/missing-indicator")).toEqual([]);
  });

  it("a rule's exempt list spares a village: no line, no warning, and not a missed mandatory indicator", () => {
    const noSchool = reportSheet([ALL_MET[0], ALL_MET[2], ALL_MET[3]], { name: "Khuổi Thử" });
    const config: RankingConfig = { ...defaultConfig(2024), indicators: [{ match: "trẻ 5 tuổi", mandatory: true, exempt: ["Thôn Khuổi Thử"] }] };
    const { ranking } = rank([reportSheet(ALL_MET, { name: "Khuôn Lùng" }), noSchool], config);
    const banThu = ranking.villages.find((v) => v.village === "Khuổi Thử")!;
    expect(banThu).toMatchObject({ scored: 3, score: 100, eligible: true, mandatoryMissed: [] });
    expect(ranking.findings.filter((f) => f.code === "row/missing-indicator")).toEqual([]);
  });

  it("without authoritative targets, reports holding different indicators get rank/different-indicators naming the villages", () => {
    const best = reportSheet([[2, "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97, 100]], { name: "Nặm Đin" });
    const { ranking } = rank([reportSheet(ALL_MET, { name: "Khuôn Lùng" }), best], defaultConfig(2024), null);
    const different = ranking.findings.filter((f) => f.code === "rank/different-indicators");
    expect(different).toEqual([expect.objectContaining({ severity: "warning", sheet: "Nặm Đin", details: { villages: "Nặm Đin" } })]);
    expect(formatFinding(different[0], "en")).toContain("Nặm Đin");
    const same = rank([reportSheet(ALL_MET, { name: "Khuôn Lùng" }), reportSheet(ALL_MET, { name: "Nà Lầu" })], defaultConfig(2024), null);
    expect(same.ranking.findings.filter((f) => f.code === "rank/different-indicators")).toEqual([]);
  });
});

describe("a row pasted twice", () => {
  it("gives only the duplicate warning: never matched to a similar target, never scored twice", () => {
    const targets = targetSheet([
      [1, "Tỷ lệ hộ nghèo", "%", 5],
      [2, "Tỷ lệ hộ cận nghèo", "Hộ", 8],
    ]);
    const twice = reportSheet([
      [1, "Tỷ lệ hộ nghèo", "%", 5, 4],
      [1, "Tỷ lệ hộ nghèo", "%", 5, 4],
    ]);
    const report = checkReport(twice, { targets });
    const codes = report.findings.filter((f) => f.cell === "B3" || f.cell === "C3" || f.cell === "E3").map((f) => f.code);
    expect(codes).toEqual(["row/duplicate-indicator"]);
    expect(report.findings.map((f) => f.code)).not.toContain("unit/mismatch");
    expect(report.indicators.filter((checked) => checked.scored)).toHaveLength(1);
  });

  it("without targets the copy is not scored either", () => {
    const twice = reportSheet([
      [1, "Số hộ nghèo giảm trong năm", "Hộ", 6, 12],
      [1, "Số hộ nghèo giảm trong năm", "Hộ", 6, 12],
      [2, "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97, 48.5],
    ]);
    const { ranking } = rank([twice], defaultConfig(2024), null);
    expect(ranking.villages[0]).toMatchObject({ scored: 2, score: 85 });
  });
});

describe("a formula cell with no calculated value (value/uncalculated)", () => {
  it("is not 'no value, fill it in' but 'open it in Excel, save, run again', in both languages", () => {
    const report = checkReport(reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 6, { formula: "=SUM(F5:F9)" }]]), { targets: TARGETS });
    const found = report.findings.filter((f) => f.cell === "E2");
    expect(found).toEqual([
      expect.objectContaining({ code: "value/uncalculated", severity: "error", actual: "=SUM(F5:F9)", indicator: "Số hộ nghèo giảm trong năm" }),
    ]);
    expect(formatFinding(found[0], "en")).toContain("Open it in Excel, save, and run again.");
    expect(formatFinding(found[0], "vi")).toContain("Hãy mở tệp bằng Excel, lưu lại rồi chạy lại.");
    expect(report.indicators[0]).toMatchObject({ actual: null, status: "unknown" });
  });

  it("a formula with its result is read as the result", () => {
    const report = checkReport(reportSheet([[1, "Số hộ nghèo giảm trong năm", "Hộ", 6, { formula: "=SUM(F5:F9)", result: 6 }]]), { targets: TARGETS });
    expect(report.indicators[0]).toMatchObject({ actual: 6, status: "met" });
  });
});
