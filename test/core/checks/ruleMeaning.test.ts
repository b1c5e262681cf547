import { applyRules } from "../../../src/core/checks/applyRules";
import { checkReport } from "../../../src/core/checks/checkReport";
import { defaultConfig, type IndicatorRule, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import type { CheckedReport } from "../../../src/core/model/report";
import { rankReportsOnce } from "../../../src/core/ranking/rankReportsOnce";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";

// Issue 23, "direction" and "targets dropped or misread": a rule's direction holds everywhere, ceilings by
// nature, shares of a whole as context, leading words, ratings "trở lên", targets relative to the commune.

type Row = [name: string, unit: string, target: unknown, actual: unknown];

/** A village's report as a clerk types it: the commune and village in merged title rows, numbered rows. */
function villageSheet(village: string, rows: readonly Row[]): SheetCells {
  return {
    name: village,
    values: [
      ["UBND XÃ NÀ PHẶC", "", "", "", ""],
      [`THÔN ${village.toUpperCase()}`, "", "", "", ""],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024", "", "", "", ""],
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024"],
      ...rows.map(([name, unit, target, actual], index) => [index + 1, name, unit, target, actual]),
    ],
    formats: [],
  };
}

const statusOf = (report: CheckedReport, name: string) => report.indicators.find((checked) => checked.indicator.name.startsWith(name))!;
const codesOf = (report: CheckedReport, name: string) => report.findings.filter((f) => f.indicator?.startsWith(name)).map((f) => f.code);

const GROWTH = "Tỷ lệ tăng dân số tự nhiên";
const POOR = "Tỷ lệ hộ nghèo";

describe("a rule's direction holds for status, met count, findings and score (docs/reading-tables.md#units-and-semantics)", () => {
  const rows: Row[] = [
    [POOR, "%", "5%", "4%"],
    ["Số hộ được công nhận gia đình văn hóa", "Hộ", 40, 40],
  ];
  const rules: IndicatorRule[] = [{ match: "hộ nghèo", direction: "lower" }];
  const config: RankingConfig = { ...defaultConfig(2024), indicators: rules };

  it("without the rule, 4 % against 5 % is short (higher is better by its name)", () => {
    const report = checkReport(villageSheet("Nà Lầu", rows));
    expect(statusOf(report, POOR).status).toBe("shortfall");
    expect(codesOf(report, POOR)).toContain("target/shortfall");
  });

  it("with the rule, it is exceeded in the status, the summary, the findings and the score", () => {
    const report = applyRules(checkReport(villageSheet("Nà Lầu", rows)), rules);
    expect(statusOf(report, POOR)).toMatchObject({ status: "exceeded", completion: 5 / 4 });
    expect(statusOf(report, POOR).indicator.direction).toBe("lower");
    expect(codesOf(report, POOR)).not.toContain("target/shortfall");
    expect(report.summary).toMatchObject({ met: 1, exceeded: 1, shortfall: 0 });
    const score = scoreVillage(report, config);
    expect([score.met, score.shortfalls, score.lines[0].ratio]).toEqual([2, [], 1.25]);
  });

  it("holds in the ranking's reports and met count", () => {
    const { ranking, reports } = rankReportsOnce([checkReport(villageSheet("Nà Lầu", rows))], config);
    expect(ranking.villages[0]).toMatchObject({ met: 2, scored: 2 });
    expect(statusOf(reports[0], POOR).status).toBe("exceeded");
  });

  it("applied twice changes nothing", () => {
    const once = applyRules(checkReport(villageSheet("Nà Lầu", rows)), rules);
    expect(applyRules(once, rules)).toBe(once);
  });
});

describe("population growth and birth rates are ceilings by default (docs/reading-tables.md#units-and-semantics)", () => {
  const rows: Row[] = [
    [GROWTH, "%", "0,9%", "0,85%"],
    ["Tỷ suất sinh giảm so với năm trước", "‰", 0.2, 0.3],
    ["Tỷ lệ sinh con thứ 3 trở lên", "%", "5%", "6%"],
  ];

  it("reads 0,85 % against 0,9 % as exceeded, with no configuration", () => {
    const report = checkReport(villageSheet("Nà Lầu", rows));
    expect(report.indicators.map((checked) => [checked.indicator.direction, checked.status])).toEqual([
      ["lower", "exceeded"],
      // a fall counted: more is better
      ["higher", "exceeded"],
      ["lower", "shortfall"],
    ]);
    // "thứ 3 trở lên" is the third child, not a target of at least 3
    expect(statusOf(report, "Tỷ lệ sinh con").indicator).toMatchObject({ target: 5 });
  });

  it("the issue's rule agrees; a rule saying higher turns it round everywhere", () => {
    const lower = applyRules(checkReport(villageSheet("Nà Lầu", rows)), [{ match: "tăng dân số tự nhiên", direction: "lower" }]);
    expect(statusOf(lower, GROWTH).status).toBe("exceeded");
    const higher = applyRules(checkReport(villageSheet("Nà Lầu", rows)), [{ match: "tăng dân số tự nhiên", direction: "higher" }]);
    expect(statusOf(higher, GROWTH).status).toBe("shortfall");
    expect(codesOf(higher, GROWTH)).toContain("target/shortfall");
    expect(scoreVillage(higher, { ...defaultConfig(2024), indicators: [{ match: "tăng dân số tự nhiên", direction: "higher" }] }).lines[0].met).toBe(false);
  });
});

describe("shares of a whole are context (docs/reading-tables.md#units-and-semantics)", () => {
  const rows: Row[] = [
    ["Cơ cấu kinh tế: nông nghiệp", "%", "75%", "70%"],
    ["Tỷ trọng: công nghiệp 5%, dịch vụ 20%", "%", "20%", "25%"],
    ["Diện tích chuyển đổi cơ cấu cây trồng", "Ha", 10, 8],
    ["Tỷ trọng giá trị chăn nuôi/giá trị sản xuất nông nghiệp", "%", 39, 40],
  ];

  it("are read and shown, neither met nor short, and not scored", () => {
    const report = checkReport(villageSheet("Nà Lầu", rows));
    expect(report.indicators.map((checked) => [checked.actual, checked.status, checked.indicator.context])).toEqual([
      [70, "unknown", true],
      [25, "unknown", true],
      [8, "shortfall", undefined],
      // the seed's row 6: a share the commune means to raise, with its target
      [40, "exceeded", undefined],
    ]);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "indicator/context", severity: "info", cell: "E5", indicator: "Cơ cấu kinh tế: nông nghiệp", actual: 70 }));
    expect(codesOf(report, "Cơ cấu kinh tế")).not.toContain("target/shortfall");
    expect(scoreVillage(report, defaultConfig(2024)).lines.map((line) => line.name)).toEqual(["Diện tích chuyển đổi cơ cấu cây trồng", "Tỷ trọng giá trị chăn nuôi/giá trị sản xuất nông nghiệp"]);
  });

  it("are scored in the direction a rule gives them", () => {
    const rules: IndicatorRule[] = [{ match: "cơ cấu kinh tế", direction: "higher" }];
    const report = applyRules(checkReport(villageSheet("Nà Lầu", rows)), rules);
    expect(statusOf(report, "Cơ cấu kinh tế")).toMatchObject({ status: "shortfall" });
    expect(codesOf(report, "Cơ cấu kinh tế")).toEqual(["target/shortfall"]);
    expect(scoreVillage(report, { ...defaultConfig(2024), indicators: rules }).lines).toHaveLength(3);
  });
});

describe("target phrases (docs/reading-tables.md#values)", () => {
  const rows: Row[] = [
    ["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "duy trì đạt từ 98,4% trở lên", "98,4%"],
    ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", "giữ vững 100%", "100%"],
    ["Tỷ lệ trẻ em trong độ tuổi được tiêm chủng", "%", "phấn đấu đạt trên 90%", "90%"],
    ["Số lớp học xóa mù chữ", "Lớp", "đạt ít nhất 12", 12],
    ["Xếp loại chi bộ", "Xếp loại", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành xuất sắc nhiệm vụ"],
    ["Xếp loại Ban công tác mặt trận", "Xếp loại", "Khá trở lên", "Trung bình"],
    ["Tỷ lệ đảng viên hoàn thành nhiệm vụ", "% tổng số chi bộ", 100, 100],
  ];

  it("reads every target, with the comparison its words give", () => {
    const report = checkReport(villageSheet("Nà Lầu", rows));
    expect(report.indicators.map((checked) => [checked.indicator.target, checked.indicator.comparison, checked.status])).toEqual([
      [98.4, ">=", "met"],
      [100, undefined, "met"],
      [90, ">", "shortfall"],
      [12, ">=", "met"],
      ["Tốt", undefined, "met"],
      ["Khá", undefined, "shortfall"],
      [100, undefined, "met"],
    ]);
    expect(report.findings.filter((f) => f.code === "target/missing")).toEqual([]);
  });

  it("keeps rates in '% …' units as levels: the mid-year review does not halve them", () => {
    const report = checkReport(villageSheet("Nà Lầu", rows));
    expect(statusOf(report, "Tỷ lệ đảng viên").indicator.cumulative).toBe(false);
    const half = scoreVillage(report, { ...defaultConfig(2024), period: "half" });
    expect(half.lines.find((line) => line.name.startsWith("Tỷ lệ đảng viên"))).toMatchObject({ target: 100, met: true });
    expect(half.lines.find((line) => line.name.startsWith("Số lớp học"))).toMatchObject({ target: 6 });
  });
});

describe("a target relative to the commune's own rate (docs/reading-tables.md#values)", () => {
  const RATE = "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa";
  const village = (actual: unknown) => villageSheet("Nà Lầu", [[RATE, "%", "bằng hoặc cao hơn tỷ lệ chung của xã", actual]]);
  /** The commune's target sheet with its own results beside the targets. */
  function communeSheet(communeActual: unknown): SheetCells {
    return {
      name: "Chỉ tiêu 2024",
      values: [
        ["UBND XÃ NÀ PHẶC", "", "", "", ""],
        ["CHỈ TIÊU THI ĐUA CÁC THÔN NĂM 2024", "", "", "", ""],
        ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện của xã năm 2023"],
        [1, RATE, "%", "bằng hoặc cao hơn tỷ lệ chung của xã", communeActual],
      ],
      formats: [],
    };
  }

  it("without a figure of the commune, is target/missing naming what to fill", () => {
    const report = checkReport(village("93%"));
    expect(statusOf(report, RATE).status).toBe("unknown");
    expect(report.findings).toContainEqual(expect.objectContaining({ code: "target/missing", indicator: RATE, details: expect.objectContaining({ relative: "commune" }) }));
  });

  it("takes a rule's target", () => {
    const report = applyRules(checkReport(village("93%")), [{ match: "gia đình văn hóa", target: 92.5 }]);
    expect(statusOf(report, RATE)).toMatchObject({ status: "exceeded" });
    expect(statusOf(report, RATE).indicator).toMatchObject({ target: 92.5, comparison: ">=" });
    expect(codesOf(report, RATE)).toEqual([]);
    const short = applyRules(checkReport(village("92%")), [{ match: "gia đình văn hóa", target: "92,5%" }]);
    expect(codesOf(short, RATE)).toEqual(["target/shortfall"]);
  });

  it("takes the commune sheet's actual for that indicator", () => {
    const report = checkReport(village("93%"), { targets: communeSheet(0.925) });
    expect(statusOf(report, RATE).indicator.target).toBe(0.925);
    const percent = checkReport(village("93%"), { targets: communeSheet("92,5%") });
    expect(statusOf(percent, RATE)).toMatchObject({ status: "exceeded" });
    expect(codesOf(percent, RATE)).toEqual([]);
  });

  it("takes a rule's target before the commune sheet's actual, and applied twice changes nothing", () => {
    const report = applyRules(checkReport(village("93%"), { targets: communeSheet("92,5%") }), [{ match: "gia đình văn hóa", target: 94 }]);
    expect(statusOf(report, RATE)).toMatchObject({ status: "shortfall" });
    expect(statusOf(report, RATE).indicator.target).toBe(94);
    expect(applyRules(report, [{ match: "gia đình văn hóa", target: 94 }])).toBe(report);
  });
});
