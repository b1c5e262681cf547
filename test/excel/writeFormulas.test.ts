import type * as ExcelJS from "exceljs";
import { writeSheet } from "../../src/excel";
import type { OfficeSimulator } from "../simulator";
import { scoringFormSheet } from "../../src/core/template/scoringFormSheet";
import { simulate, villageReport } from "./fixtures";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

// Standard I of two criteria; the form's subtotals and total are the engine's own formulas.
const FORM = scoringFormSheet(
  [
    { tt: "I", name: "Đời sống kinh tế", path: [], maxPoints: 10 },
    { tt: "1", name: "Việc làm ổn định", path: ["Đời sống kinh tế"], maxPoints: 5 },
    { tt: "2", name: "=1+1 thu nhập", path: ["Đời sống kinh tế"], maxPoints: 5 },
  ],
  { village: "Nà Lầu", sheetName: "Mẫu Nà Lầu", year: 2024, commune: null, verifiedUnlocked: false },
);

describe("writeSheet with a scoring form's formulas", () => {
  it("sets the subtotals as formulas and keeps text that looks like one as text", async () => {
    sim = await simulate(villageReport(3), "village-3.xlsx");
    expect(await writeSheet(FORM, { activate: true })).toMatchObject({ ok: true });
    const ws = sim.workbook.getWorksheet("Mẫu Nà Lầu") as ExcelJS.Worksheet;
    const subtotal = ws.getCell("D8").value as { formula?: string } | string;
    expect(typeof subtotal === "object" ? subtotal.formula : subtotal).toMatch(/^=?SUM\(D9:D10\)$/);
    expect(ws.getCell("D8").numFmt).not.toBe("@");
    expect(ws.getCell("B10").value).toBe("=1+1 thu nhập");
    expect(ws.getCell("B10").numFmt).toBe("@");
  });
});
