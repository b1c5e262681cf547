import fc from "fast-check";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedReport, Value } from "../../../src/core/model";
import { rankReportsOnce } from "../../../src/core/ranking/rankReportsOnce";
import { selectReports } from "../../../src/core/ranking/selectReports";
import { rosterKey } from "../../../src/core/config/rosterKey";
import { indicator, report } from "./reportBuilder";

const INDICATORS = [indicator("Tổng sản lượng lương thực có hạt", "Tấn", 100), indicator("Số hộ nghèo giảm trong năm", "Hộ", 40)];

/** A village's own report sheet, or with `cell` one column of the consolidated sheet "Tổng hợp". */
function village(name: string, actuals: readonly (Value | null)[], place: { sheet?: string; cell?: string } = {}): CheckedReport {
  const built = report(name, INDICATORS.map((ind, i) => [ind, actuals[i] ?? null] as const), { sheet: place.sheet ?? (place.cell ? "Tổng hợp" : name) });
  return place.cell === undefined ? built : { ...built, consolidatedCell: place.cell };
}

const NA_LAU = village("Nà Lầu", [120, 50]);
const KHUON_LUNG = village("Khuôn Lùng", [90, 40]);
const PAC_NAM = village("Pác Nặm", [80, 30]);

describe("selectReports: one report per village", () => {
  it.each([
    {
      case: "the village's own report wins over its column in a consolidated sheet, whatever the order",
      reports: [village("NÀ LẦU", [60, 10], { cell: "F4" }), NA_LAU, KHUON_LUNG],
      kept: ["Nà Lầu|Nà Lầu", "Khuôn Lùng|Khuôn Lùng"],
      findings: [{ code: "village/report-left-out", severity: "warning", sheet: "Tổng hợp", cell: "F4", details: { village: "Nà Lầu", keptSheet: "Nà Lầu", keptCell: null, keptFile: null, reason: "own-report" } }],
      unranked: [],
    },
    {
      case: "names compare as the roster does: a title \"Thôn Nà Lầu\" and a column \"Nà Lầu\"",
      reports: [village("Thôn Nà Lầu", [120, 50]), village("Nà Lầu", [120, 50], { cell: "D5" })],
      kept: ["Thôn Nà Lầu|Thôn Nà Lầu"],
      findings: [{ code: "village/report-left-out", sheet: "Tổng hợp", cell: "D5", details: { reason: "own-report", keptSheet: "Thôn Nà Lầu" } }],
      unranked: [],
    },
    {
      case: "a copy of the same report (\"Nà Lầu (2)\") is counted once",
      reports: [NA_LAU, village("Nà Lầu", [120, 50], { sheet: "Nà Lầu (2)" }), KHUON_LUNG],
      kept: ["Nà Lầu|Nà Lầu", "Khuôn Lùng|Khuôn Lùng"],
      findings: [{ code: "village/report-left-out", severity: "warning", sheet: "Nà Lầu (2)", cell: null, details: { village: "Nà Lầu", keptSheet: "Nà Lầu", reason: "same-figures" } }],
      unranked: [],
    },
    {
      case: "two own reports with different figures: the village is not ranked, an error names both",
      reports: [NA_LAU, village("Nà Lầu", [60, 50], { sheet: "Nà Lầu (2)" }), KHUON_LUNG],
      kept: ["Khuôn Lùng|Khuôn Lùng"],
      findings: [{ code: "village/duplicate-report", severity: "error", sheet: "Nà Lầu", cell: null, details: { village: "Nà Lầu", otherSheet: "Nà Lầu (2)", otherCell: null, otherFile: null, more: 0 } }],
      unranked: ["Nà Lầu"],
    },
    {
      case: "two own reports that differ, and a consolidated column: not ranked, the column counted among the others",
      reports: [NA_LAU, village("Nà Lầu", [60, 50], { sheet: "Nà Lầu (2)" }), village("Nà Lầu", [120, 50], { cell: "F4" })],
      kept: [],
      findings: [{ code: "village/duplicate-report", details: { otherSheet: "Nà Lầu (2)", more: 1 } }],
      unranked: ["Nà Lầu"],
    },
    {
      case: "the same village in two consolidated sheets with different figures: not ranked",
      reports: [village("Nà Lầu", [120, 50], { cell: "F4" }), village("Nà Lầu", [100, 50], { sheet: "Tổng hợp 2", cell: "H5" }), PAC_NAM],
      kept: ["Pác Nặm|Pác Nặm"],
      findings: [{ code: "village/duplicate-report", sheet: "Tổng hợp", cell: "F4", details: { otherSheet: "Tổng hợp 2", otherCell: "H5" } }],
      unranked: ["Nà Lầu"],
    },
    {
      case: "the same village in two consolidated sheets with the same figures: the first is ranked",
      reports: [village("Nà Lầu", [120, 50], { cell: "F4" }), village("Nà Lầu", [120, 50], { sheet: "Tổng hợp 2", cell: "H5" })],
      kept: ["Nà Lầu|Tổng hợp"],
      findings: [{ code: "village/report-left-out", sheet: "Tổng hợp 2", cell: "H5", details: { keptSheet: "Tổng hợp", keptCell: "F4", reason: "same-figures" } }],
      unranked: [],
    },
    {
      case: "villages known by their number keep their word: \"Thôn 3\" and \"Tổ dân phố 3\" are two villages",
      reports: [village("Thôn 3", [120, 50]), village("Tổ dân phố 3", [60, 10]), village("TDP 3", [60, 10], { cell: "F4" })],
      kept: ["Thôn 3|Thôn 3", "Tổ dân phố 3|Tổ dân phố 3"],
      findings: [{ code: "village/report-left-out", sheet: "Tổng hợp", cell: "F4", details: { keptSheet: "Tổ dân phố 3", reason: "own-report" } }],
      unranked: [],
    },
    {
      case: "villages of different names are all kept",
      reports: [NA_LAU, KHUON_LUNG, PAC_NAM],
      kept: ["Nà Lầu|Nà Lầu", "Khuôn Lùng|Khuôn Lùng", "Pác Nặm|Pác Nặm"],
      findings: [],
      unranked: [],
    },
  ])("$case", ({ reports, kept, findings, unranked }) => {
    const choice = selectReports(reports);
    expect(choice.reports.map((r) => `${r.village}|${r.sheet}`)).toEqual(kept);
    expect(choice.findings).toHaveLength(findings.length);
    findings.forEach((expected, index) => expect(choice.findings[index]).toMatchObject(expected));
    expect(choice.unranked).toEqual(unranked);
  });

  it("names the files where the command line gives them", () => {
    const choice = selectReports([NA_LAU, village("Nà Lầu", [1, 1], { sheet: "Sheet1" })], ["a/thon-na-lau.xlsx", "b/na-lau.xlsx"]);
    expect(choice.findings).toEqual([
      expect.objectContaining({ file: "a/thon-na-lau.xlsx", details: expect.objectContaining({ otherSheet: "Sheet1", otherFile: "b/na-lau.xlsx" }) }),
    ]);
  });
});

describe("rankReportsOnce", () => {
  it("gives a village its own report's place only, so its consolidated column takes no second prize", () => {
    // Nà Lầu's column is better than every report: ranked twice it would take the first and second prizes.
    const reports = [NA_LAU, KHUON_LUNG, PAC_NAM, village("Nà Lầu", [200, 80], { cell: "F4" })];
    const { ranking, reports: ranked } = rankReportsOnce(reports, defaultConfig(2024));
    expect(ranking.villages.map((v) => [v.village, v.prize])).toEqual([
      ["Nà Lầu", "Giải Nhất"],
      ["Khuôn Lùng", "Giải Nhì"],
      ["Pác Nặm", "Giải Ba"],
    ]);
    expect(ranked).toHaveLength(3);
    expect(ranking.findings[0]).toMatchObject({ code: "village/report-left-out", sheet: "Tổng hợp", cell: "F4" });
  });

  it("lists a village with differing reports as not ranked, not as a roster village without a report", () => {
    const config = { ...defaultConfig(2024), villages: ["Nà Lầu", "Khuôn Lùng", "Lũng Vài"] };
    const { ranking } = rankReportsOnce([village("NÀ LẦU", [1, 1]), village("Nà Lầu", [2, 2], { sheet: "Nà Lầu (2)" }), KHUON_LUNG], config);
    expect(ranking.villages.map((v) => v.village)).toEqual(["Khuôn Lùng"]);
    expect(ranking.unranked).toEqual(["Nà Lầu"]);
    expect(ranking.missing).toEqual(["Lũng Vài"]);
    expect(ranking.findings.filter((f) => f.code === "village/missing-report").map((f) => f.details?.village)).toEqual(["Lũng Vài"]);
    expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/duplicate-report", severity: "error" }));
  });
});

const NAMES = ["Nà Lầu", "NÀ LẦU", "Thôn Nà Lầu", "Khuôn Lùng", "Bản Piềng", "BẢN PIỀNG", "Pác Nặm", "Thôn 3", "Tổ dân phố 3", "TDP 3"];
const reportArb = fc.record({
  name: fc.constantFrom(...NAMES),
  consolidated: fc.boolean(),
  actuals: fc.tuple(fc.integer({ min: 0, max: 3 }).map((n) => n * 50), fc.integer({ min: 0, max: 2 }).map((n) => n * 20)),
});

describe("selectReports properties", () => {
  it("ranks each village at most once and gives prizes to distinct villages, whatever sheets are chosen", () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 10 }), (chosen) => {
        const reports = chosen.map((r, index) => village(r.name, r.actuals, r.consolidated ? { sheet: `Tổng hợp ${index}`, cell: `F${index + 4}` } : { sheet: `Trang ${index}` }));
        const { ranking } = rankReportsOnce(reports, { ...defaultConfig(2024), prizes: [{ name: "Nhất", amount: 3 }, { name: "Nhì", amount: 2 }, { name: "Ba", amount: 1 }] });
        const keys = ranking.villages.map((v) => rosterKey(v.village));
        expect(new Set(keys).size).toBe(keys.length);
        const prized = ranking.villages.filter((v) => v.prize !== null).map((v) => rosterKey(v.village));
        expect(new Set(prized).size).toBe(prized.length);
        // No village vanishes silently: each one named is ranked, or said to be unranked with an error.
        const named = new Set(reports.map((r) => rosterKey(r.village)));
        const said = new Set([...keys, ...(ranking.unranked ?? []).map(rosterKey)]);
        expect(said).toEqual(named);
        for (const name of ranking.unranked ?? []) {
          expect(ranking.findings).toContainEqual(expect.objectContaining({ code: "village/duplicate-report", details: expect.objectContaining({ village: name }) }));
        }
      }),
    );
  });
});
