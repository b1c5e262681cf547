import fc from "fast-check";
import { checkReport } from "../../../src/core/checks/checkReport";
import { readVillageReports } from "../../../src/core/checks/readVillageReports";
import type { SheetCells } from "../../../src/core/model/cells";
import { planHighlights } from "../../../src/core/highlights/planHighlights";
import { formatFinding } from "../../../src/core/messages";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { REPORT_COLUMNS } from "./reportSheet";

// Cells as Excel and ExcelJS give them, plus the words and labels that steer the reader.
const cell = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("", "#N/A", "#DIV/0!", "#REF!", "-", "…", "Đạt", "Không xảy ra", "Tốt", "1.417", "97,5%", "264.000 kg", "§¹t"),
  fc.constantFrom(...REPORT_COLUMNS, "KH", "TH", "Tổng cộng", "Thôn Nà Lầu", "I", "+", "a)", "Nơi nhận:"),
  fc.constant({ error: "#N/A" }),
  fc.constant([1, 2]),
);
const row = fc.array(cell, { maxLength: 9 });
const matrix = fc.array(row, { maxLength: 40 });
const withHeader = matrix.map((rows) => [REPORT_COLUMNS as unknown[], ...rows]);
const sheet = fc.record({
  name: fc.oneof(fc.string(), fc.constantFrom("Sheet1", "Nà Lầu")),
  values: fc.oneof(matrix, withHeader),
  formats: fc.array(fc.array(fc.constantFrom("", "General", "0%", "0.0%", "#,##0"), { maxLength: 9 }), { maxLength: 40 }),
});

describe("the engine never throws on arbitrary cell matrices", () => {
  it("readIndicatorTable", () => {
    fc.assert(
      fc.property(sheet, (cells) => {
        const table = readIndicatorTable(cells as SheetCells);
        // A sheet read as no table says why, with an error; rows are read only below a header.
        if (table.layout === null) expect(table.findings.some((f) => f.severity === "error")).toBe(true);
        if (table.headerRow === null) expect(table.indicators).toEqual([]);
        for (const indicator of table.indicators) expect(indicator.row).toBeGreaterThan(table.headerRow!);
        for (const f of table.findings) expect(f.sheet).toBe(table.sheet);
      }),
      { numRuns: 300 },
    );
  });

  it("checkReport, with and without targets, and everything said of it formats in both languages", () => {
    fc.assert(
      fc.property(sheet, sheet, (report, targets) => {
        for (const checked of [checkReport(report as SheetCells), checkReport(report as SheetCells, { targets: targets as SheetCells })]) {
          const { indicators, met, exceeded, shortfall, unknown } = checked.summary;
          expect(met + exceeded + shortfall + unknown).toBe(indicators);
          expect(indicators).toBe(checked.indicators.length);
          planHighlights(checked, { good: true });
          for (const f of checked.findings) expect(formatFinding(f, "vi").length + formatFinding(f, "en").length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("readVillageReports", () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
        const { reports, findings } = readVillageReports(sheets as SheetCells[]);
        // Every report is one of the sheets given, counted whole, and everything said of them can be read.
        const names = new Set((sheets as SheetCells[]).map((s) => readIndicatorTable(s).sheet));
        for (const r of reports) {
          expect(names).toContain(r.sheet);
          const { indicators, met, exceeded, shortfall, unknown } = r.summary;
          expect(met + exceeded + shortfall + unknown).toBe(indicators);
        }
        for (const f of findings) expect(formatFinding(f, "vi").length + formatFinding(f, "en").length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
