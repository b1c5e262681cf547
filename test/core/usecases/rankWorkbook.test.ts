import { configSheetModel } from "../../../src/core/config/configSheet";
import { rankingConfigSchema } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model";
import { assessedYear } from "../../../src/core/usecases/assessedYear";
import { rankWorkbook } from "../../../src/core/usecases/rankWorkbook";
import { cellsOf } from "../../taskpane/fakeExcel";
import { reportSheet, targetSheet } from "../checks/reportSheet";

const TODAY = { day: 8, month: 12, year: 2026 };
const ROWS = [
  [1, "Số hộ nghèo giảm trong năm", "Hộ", 6],
  [2, "Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
];

function report(name: string, actuals: unknown[], title = `BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 CỦA THÔN ${name.toLocaleUpperCase("vi")}`): SheetCells {
  return reportSheet(ROWS.map((row, index) => [...row, actuals[index]]), { name, title });
}

const typed = targetSheet(ROWS, { name: "Chỉ tiêu 2024", title: "CÁC CHỈ TIÊU THI ĐUA NĂM 2024" });
const targets: SheetCells = { ...typed, values: [["UBND XÃ KHUÔN LÙNG"], ...typed.values] };

describe("assessedYear", () => {
  it.each([
    [[{ year: null }, { year: 2024 }, { year: 2023 }], 2024],
    [[{ year: null }], 2026],
    [[], 2026],
  ])("%p → %p", (titles, year) => {
    expect(assessedYear(titles, TODAY)).toBe(year);
  });
});

describe("rankWorkbook", () => {
  it("takes the year of the sheets' titles when no configuration names one, and the current year when they name none either", () => {
    const titled = rankWorkbook({ workbooks: [{ sheets: [report("Nà Lầu", [7, 98])] }], targets, config: null, today: TODAY });
    const untitled = rankWorkbook({ workbooks: [{ sheets: [report("Nà Lầu", [7, 98], "")] }], config: null, today: TODAY });
    expect(titled.ok && titled.ranking.year).toBe(2024);
    expect(untitled.ok && untitled.ranking.year).toBe(2026);
  });

  it("applies the targets of the one workbook that holds only them to the reports of the others, and says so", () => {
    const ranked = rankWorkbook({
      workbooks: [
        { sheets: [report("Nà Lầu", [7, 98])], file: "bao-cao/na-lau.xlsx" },
        { sheets: [targets], file: "chi-tieu.xlsx" },
        { sheets: [report("Tát Mạ", [5, 99])], file: "bao-cao/tat-ma.xlsx" },
      ],
      config: null,
      today: TODAY,
    });
    if (!ranked.ok) throw new Error("no configuration to fail");
    expect(ranked.workbooks).toEqual([{ kind: "reports", villages: 1 }, { kind: "targets" }, { kind: "reports", villages: 1 }]);
    expect(ranked.foundTargets).toEqual({ index: 1, sheet: targets });
    expect(ranked.ranking.villages.map((v) => [v.village, v.rank])).toEqual([
      ["Nà Lầu", 1],
      ["Tát Mạ", 2],
    ]);
    // A village's findings say which file they are in: villages' sheets often share a name.
    expect(ranked.findings.filter((f) => f.sheet === "Tát Mạ").every((f) => f.file === "bao-cao/tat-ma.xlsx")).toBe(true);
    expect(ranked.findings.some((f) => f.sheet === "Tát Mạ")).toBe(true);
  });

  it("signs the ranking sheet with the configuration's commune and place, else the titles' commune", () => {
    const sheets = [report("Nà Lầu", [7, 98]), report("Tát Mạ", [5, 99])];
    const config = rankingConfigSchema.parse({ year: 2024, commune: "Bản Luốc", place: "Bằng Lãng" });
    const configured = rankWorkbook({ workbooks: [{ sheets }], targets, config: { value: config, source: "cau-hinh.json" }, today: TODAY });
    const titled = rankWorkbook({ workbooks: [{ sheets }], targets, config: null, today: TODAY });
    const text = (r: typeof titled) => (r.ok ? r.sheets.ranking.cells.map((c) => String(c.value ?? "")).join(" ") : "");
    expect(text(configured)).toContain("XÃ BẢN LUỐC");
    expect(text(configured)).toContain("Bằng Lãng");
    expect(text(titled)).toContain("XÃ KHUÔN LÙNG");
  });

  it("reads the configuration sheet with the year of the titles, and gives its findings when it cannot be used", () => {
    const config = cellsOf(configSheetModel(rankingConfigSchema.parse({ year: 2024 })));
    const spoilt = { ...config, values: config.values.map((row) => row.map((value) => (value === 1.2 ? "cao" : value))) };
    const ranked = rankWorkbook({ workbooks: [{ sheets: [report("Nà Lầu", [7, 98])] }], targets, config: { sheet: spoilt }, today: TODAY });
    expect(ranked.ok).toBe(false);
    expect(!ranked.ok && ranked.findings.map((f) => f.code)).toEqual(["config/invalid"]);
  });
});
