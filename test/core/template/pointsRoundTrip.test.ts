import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import { rankingConfigSchema, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells, Value } from "../../../src/core/model";
import { scoreVillage } from "../../../src/core/scoring/scoreVillage";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { TEMPLATE_COLUMN } from "../../../src/core/template/buildTemplateSheet";
import { selfPointsRange, selfPointsValidation } from "../../../src/core/template/selfPointsValidation";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { sheetCellsOf } from "../config/sheetCellsOf";

// Words that make names nothing else reads specially (no totals, no notes, no direction words).
const WORDS = ["diện tích", "sản lượng", "số hộ", "lúa", "ngô", "đường", "trường", "nước sạch", "vườn", "chăn nuôi", "thôn", "lao động"];
const NUMBER_UNITS = ["Ha", "Tấn", "Hộ", "%", "Triệu đồng", "Mét", "Lao động", "Tiêu chí"];
const RATINGS = ["Xuất sắc", "Tốt", "Khá", "Trung bình"] as const;

/** A row of the commune's target sheet: its unit, target and maximum points (null: none written). */
type Row = { unit: string; target: Value; points: number | null };

const points = fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constantFrom(0.5, 2.5, 7.5));
const numberRow = fc.tuple(fc.constantFrom(...NUMBER_UNITS), fc.integer({ min: 1, max: 100_000 }), points).map(([unit, raw, max]): Row => ({
  unit,
  target: unit === "%" ? (raw % 1000) / 10 : raw,
  points: max,
}));
const wordRow = fc.tuple(
  fc.oneof(
    fc.constant({ unit: "Đạt", target: "Đạt" as Value }),
    fc.constant({ unit: "Lần", target: "Không xảy ra" as Value }),
    fc.constantFrom(...RATINGS).map((rating) => ({ unit: "Xếp loại", target: rating as Value })),
  ),
  points,
).map(([row, max]): Row => ({ ...row, points: max }));
const table = fc.array(fc.array(fc.oneof(numberRow, numberRow, wordRow), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });

const BANDS = [
  { below: 95, points: -2 },
  { from: 95, below: 100, points: -1 },
  { above: 100, below: 120, points: 1 },
  { from: 120, points: 2 },
];
const config = fc
  .record({
    award: fc.constantFrom(undefined, "proportional", "all-or-nothing", "full"),
    bands: fc.constantFrom(undefined, BANDS),
    maxBonus: fc.constantFrom(undefined, 1),
    // A rule's points replace the sheet's Điểm chuẩn of the indicators it matches.
    rulePoints: fc.constantFrom(null, 3),
  })
  .map(({ award, bands, maxBonus, rulePoints }): RankingConfig =>
    rankingConfigSchema.parse({
      year: 2024,
      method: "points",
      ...(award === undefined ? {} : { award }),
      ...(bands === undefined ? {} : { bands }),
      ...(maxBonus === undefined ? {} : { maxBonus }),
      indicators: rulePoints === null ? [] : [{ match: "về lúa", points: rulePoints }],
    }),
  );

function targetSheet(groups: Row[][]): SheetCells {
  const values: unknown[][] = [["ỦY BAN NHÂN DÂN XÃ KHUÔN LÙNG"], ["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Điểm chuẩn"]];
  let n = 0;
  groups.forEach((rows, g) => {
    values.push([g + 1, `Nhóm chỉ tiêu ${g + 1} về ${WORDS[g % WORDS.length]}`, "", "", ""]);
    for (const row of rows) {
      n += 1;
      values.push(["-", `Chỉ tiêu ${n} về ${WORDS[n % WORDS.length]} của thôn`, row.unit, row.target, row.points ?? ""]);
    }
  });
  return { name: "Chỉ tiêu", values, formats: [] };
}

function templateOf(source: SheetCells, settings: RankingConfig) {
  return villageTemplates(source, { villages: ["Nà Lầu"], year: 2024, period: "year", rules: settings.indicators, points: settings }).templates[0];
}

const headerRowOf = (values: unknown[][]) => values.findIndex((row) => row[TEMPLATE_COLUMN.actual] === "Thực hiện");
const isIndicatorRow = (row: unknown[]) => row[TEMPLATE_COLUMN.unit] !== undefined && row[TEMPLATE_COLUMN.unit] !== "";

/** The template as the village returns it: each empty target filled by the commune, each actual = its target. */
function filledWithTargets(template: SheetCells): SheetCells {
  const values = template.values.map((row) => [...row]);
  for (let r = headerRowOf(values) + 1; r < values.length; r++) {
    const row = values[r];
    if (!isIndicatorRow(row)) continue;
    if (row[TEMPLATE_COLUMN.target] === "") row[TEMPLATE_COLUMN.target] = 12;
    row[TEMPLATE_COLUMN.actual] = row[TEMPLATE_COLUMN.target];
  }
  return { ...template, values };
}

/** The filled template with each Điểm tự chấm set to the points the indicator earns, rounded as written. */
function withSelfPoints(filled: SheetCells, earned: ReadonlyMap<string, number>): SheetCells {
  const values = filled.values.map((row) => [...row]);
  for (let r = headerRowOf(values) + 1; r < values.length; r++) {
    const row = values[r];
    const own = earned.get(String(row[TEMPLATE_COLUMN.name]));
    if (isIndicatorRow(row) && own !== undefined) row[TEMPLATE_COLUMN.selfPoints] = Math.round(own * 100) / 100;
  }
  return { ...filled, values };
}

describe("a points-method report template (docs/scoring.md#points-method, docs/outputs.md#report-templates)", () => {
  it("reads back with the same indicators, targets and maximum points, and no finding but value/missing and target/missing", () => {
    fc.assert(
      fc.property(table, config, (groups, settings) => {
        const source = targetSheet(groups);
        const template = templateOf(source, settings);
        const back = checkReport(sheetCellsOf(template.sheet));
        const wanted = readIndicatorTable(source).indicators;
        const maxOf = (name: string, own: number | undefined) => (settings.indicators.length > 0 && name.includes("về lúa") ? 3 : (own ?? null));
        expect(back.indicators.map((i) => [i.indicator.name, i.indicator.unit, i.indicator.kind])).toEqual(wanted.map((i) => [i.name, i.unit, i.kind]));
        expect(back.indicators.map((i) => i.indicator.target)).toEqual(wanted.map((i) => (i.cumulative ? null : i.target)));
        expect(back.indicators.map((i) => i.indicator.maxPoints ?? null)).toEqual(wanted.map((i) => maxOf(i.name, i.maxPoints)));
        expect(template.withoutPoints).toBe(0);
        for (const code of new Set(back.findings.map((f) => f.code))) expect(["value/missing", "target/missing"]).toContain(code);
      }),
      { numRuns: 30 },
    );
  });

  it("filled with its targets and the points it earns as Điểm tự chấm, checks with no error, every indicator met, no points/self-differs", () => {
    fc.assert(
      fc.property(table, config, (groups, settings) => {
        const source = targetSheet(groups);
        const filled = filledWithTargets(sheetCellsOf(templateOf(source, settings).sheet));
        const computed = scoreVillage(checkReport(filled), settings);
        const earned = new Map(computed.lines.map((line) => [line.name, line.points!.earned]));
        const checked = checkReport(withSelfPoints(filled, earned));
        const scored = scoreVillage(checked, settings);
        expect(checked.findings.filter((f) => f.severity === "error" || f.severity === "shortfall")).toEqual([]);
        expect(checked.indicators.map((i) => i.status)).toEqual(checked.indicators.map(() => "met"));
        expect(scored.notes ?? []).toEqual([]);
        expect(scored.lines.every((line) => line.points!.self === Math.round(line.points!.earned * 100) / 100)).toBe(true);
        expect(scored.lines).toHaveLength(checked.indicators.length);
      }),
      { numRuns: 30 },
    );
  });

  it("lets Điểm tự chấm take every value the indicator can earn from its actual, and no more", () => {
    fc.assert(
      fc.property(config, fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 5, noNaN: true }), (settings, max, ratio) => {
        const source = targetSheet([[{ unit: "Ha", target: 100, points: max }]]);
        const filled = filledWithTargets(sheetCellsOf(templateOf(source, settings).sheet));
        const header = headerRowOf(filled.values);
        filled.values[header + 2][TEMPLATE_COLUMN.actual] = Math.round(100 * ratio * 100) / 100;
        const line = scoreVillage(checkReport(filled), settings).lines[0];
        const range = selfPointsRange(max, "number", settings);
        expect(line.points!.earned).toBeGreaterThanOrEqual(range.min - 1e-9);
        expect(line.points!.earned).toBeLessThanOrEqual(range.max + 1e-9);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the Điểm tự chấm cells of a template", () => {
  const source = targetSheet([
    [
      { unit: "Ha", target: 100, points: 10 },
      { unit: "Đạt", target: "Đạt", points: null },
    ],
  ]);
  const settings = rankingConfigSchema.parse({ year: 2024, method: "points", bands: BANDS, maxBonus: 1 });
  const template = templateOf(source, settings);
  const at = (address: string) => template.sheet.cells.find((cell) => cell.address === address)?.value;

  it("adds Điểm chuẩn | Điểm tự chấm to the header, the maximum points locked, the own points an input", () => {
    expect(["A7", "B7", "C7", "D7", "E7", "F7", "G7", "H7"].map(at)).toEqual(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Ghi chú", "Điểm chuẩn", "Điểm tự chấm"]);
    expect(at("G9")).toBe(10);
    // D9, a target only the commune's total gives, is the commune's to fill: locked for the village.
    expect(template.sheet.protection?.unlocked).toEqual(["E9:F10", "H9"]);
    expect(template.sheet.print?.orientation).toBe("landscape");
  });

  it("validates the own points from -2 to 11 with a Vietnamese message, and says which indicator has no maximum", () => {
    const validation = template.sheet.validations?.find((v) => v.range === "H9");
    expect(validation).toEqual({ range: "H9", ...selfPointsValidation(10, "number", settings) });
    expect(validation?.rule).toEqual({ type: "decimal", min: -2, max: 11 });
    expect(validation?.error.message).toBe("Điểm tự chấm phải là một số từ -2 đến 11 (điểm chuẩn 10, cộng hoặc trừ điểm theo mức hoàn thành); không ghi chữ vào ô.");
    expect(template.sheet.validations?.some((v) => v.range.startsWith("H10"))).toBe(false);
    expect(template.withoutPoints).toBe(1);
  });

  it.each([
    [10, "number", {}, { min: 0, max: 10 }],
    [10, "pass", { bands: BANDS }, { min: 0, max: 10 }],
    [10, "number", { bands: BANDS }, { min: -2, max: 12 }],
    [7.5, "number", { bands: BANDS, maxBonus: 0.5, maxDeduction: 1 }, { min: -1, max: 8 }],
  ] as const)("a maximum of %s (%s), scale %#", (max, kind, scale, range) => {
    expect(selfPointsRange(max, kind, scale)).toEqual(range);
  });
});
