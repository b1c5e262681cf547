import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import type { SheetCells, Value } from "../../../src/core/model";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { TEMPLATE_COLUMN } from "../../../src/core/template/buildTemplateSheet";
import { villageTemplates } from "../../../src/core/template/villageTemplates";
import { sheetCellsOf } from "../config/sheetCellsOf";

// Words that make names nothing else reads specially (no totals, no notes, no direction words).
const WORDS = ["diện tích", "sản lượng", "số hộ", "lúa", "ngô", "đường", "trường", "nước sạch", "vườn", "chăn nuôi", "thôn", "lao động"];
const NUMBER_UNITS = ["Ha", "Tấn", "Hộ", "%", "Triệu đồng", "Mét", "Lao động", "Tiêu chí"];
const RATINGS = ["Xuất sắc", "Tốt", "Khá", "Trung bình"] as const;

type Row = { unit: string; target: Value; written: unknown };

const numberRow = fc
  .tuple(fc.constantFrom(...NUMBER_UNITS), fc.integer({ min: 1, max: 100_000 }), fc.boolean())
  .map(([unit, raw, asText]): Row => {
    const target = unit === "%" ? (raw % 1000) / 10 : raw;
    // Targets are typed as numbers or as Vietnamese text ("1.417", "97,5").
    const written = asText ? String(target).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".") : target;
    return { unit, target, written };
  });
const wordRow = fc.oneof(
  fc.constant<Row>({ unit: "Đạt", target: "Đạt", written: "Đạt" }),
  fc.constant<Row>({ unit: "Lần", target: "Không xảy ra", written: "Không xảy ra" }),
  fc.constantFrom(...RATINGS).map((rating): Row => ({ unit: "Xếp loại", target: rating, written: rating })),
);
const table = fc.array(fc.array(fc.oneof(numberRow, numberRow, wordRow), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });

function targetSheet(groups: Row[][]): SheetCells {
  const values: unknown[][] = [["ỦY BAN NHÂN DÂN XÃ KHUÔN LÙNG"], ["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]];
  let n = 0;
  groups.forEach((rows, g) => {
    values.push([g + 1, `Nhóm chỉ tiêu ${g + 1} về ${WORDS[g % WORDS.length]}`, "", ""]);
    for (const row of rows) {
      n += 1;
      values.push(["-", `Chỉ tiêu ${n} về ${WORDS[n % WORDS.length]} của thôn`, row.unit, row.written]);
    }
  });
  return { name: "Chỉ tiêu", values, formats: [] };
}

function templateOf(source: SheetCells) {
  const { templates } = villageTemplates(source, { villages: ["Nà Lầu"], year: 2024, period: "year", rules: [] });
  return templates[0];
}

/** The template as the village returns it: each empty target filled by the commune, each actual = its target. */
function filledWithTargets(template: SheetCells): SheetCells {
  const values = template.values.map((row) => [...row]);
  const header = values.findIndex((row) => row[TEMPLATE_COLUMN.actual] === "Thực hiện");
  for (let r = header + 1; r < values.length; r++) {
    const row = values[r];
    if (row[TEMPLATE_COLUMN.unit] === undefined || row[TEMPLATE_COLUMN.unit] === "") continue;
    if (row[TEMPLATE_COLUMN.target] === "") row[TEMPLATE_COLUMN.target] = 12;
    row[TEMPLATE_COLUMN.actual] = row[TEMPLATE_COLUMN.target];
  }
  return { ...template, values };
}

describe("a report template read back (docs/outputs.md#report-templates)", () => {
  it("gives the same indicators and targets, with no finding but value/missing and target/missing", () => {
    fc.assert(
      fc.property(table, (groups) => {
        const source = targetSheet(groups);
        const template = templateOf(source);
        const back = checkReport(sheetCellsOf(template.sheet));
        const wanted = readIndicatorTable(source).indicators;
        expect(back.village).toBe("Nà Lầu");
        expect(back.indicators.map((i) => [i.indicator.name, i.indicator.unit, i.indicator.kind])).toEqual(wanted.map((i) => [i.name, i.unit, i.kind]));
        // Level indicators keep the commune's target; cumulative ones are left for the village's own.
        expect(back.indicators.map((i) => i.indicator.target)).toEqual(wanted.map((i) => (i.cumulative ? null : i.target)));
        expect(template.indicators).toBe(wanted.length);
        const codes = new Set(back.findings.map((f) => f.code));
        for (const code of codes) expect(["value/missing", "target/missing"]).toContain(code);
        expect(back.findings.filter((f) => f.code === "value/missing")).toHaveLength(wanted.length);
        expect(back.findings.filter((f) => f.code === "target/missing")).toHaveLength(wanted.filter((i) => i.cumulative).length);
      }),
      { numRuns: 60 },
    );
  });

  it("filled with its targets, checks with no error and every indicator met", () => {
    fc.assert(
      fc.property(table, (groups) => {
        const source = targetSheet(groups);
        const template = sheetCellsOf(templateOf(source).sheet);
        const filled = filledWithTargets(template);
        const alone = checkReport(filled);
        const againstCommune = checkReport(filled, { targets: source });
        for (const report of [alone, againstCommune]) {
          expect(report.findings.filter((f) => f.severity === "error" || f.severity === "shortfall")).toEqual([]);
          expect(report.indicators.map((i) => i.status)).toEqual(report.indicators.map(() => "met"));
        }
      }),
      { numRuns: 60 },
    );
  });
});
