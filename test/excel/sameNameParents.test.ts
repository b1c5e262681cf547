import * as ExcelJS from "exceljs";
import { checkReport } from "../../src/core/checks/checkReport";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import { rankReportsOnce } from "../../src/core/ranking/rankReportsOnce";
import { readVillageReports } from "../../src/core/checks/readVillageReports";
import { readIndicatorTable } from "../../src/core/table/readIndicatorTable";
import { readWorksheets } from "../../src/excel";
import { CROPS_TARGETS, cropsReport } from "../fixtures/sameNameParents";
import type { OfficeSimulator } from "../simulator";
import { simulate } from "./fixtures";

/** The pane's reading path: the sheets read through the Office adapter, handed to the core as the pane does. */

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

const AT_TARGET = { lua: [120, 55, 660], ngo: [40, 50, 200], poor: 12 };

function addClerkSheet(wb: ExcelJS.Workbook, name: string, rows: unknown[][]): void {
  const ws = wb.addWorksheet(name);
  const width = Math.max(...rows.map((row) => row.length));
  rows.forEach((row, index) => {
    ws.getRow(index + 1).values = row.map((value) => (value === "" ? null : value)) as ExcelJS.CellValue[];
  });
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
}

describe("the pane reads a target list with the same names under different crops (issue 23)", () => {
  it("as the command line does: each crop its own indicators, an empty Ngô yield value/missing, the same ranking", async () => {
    const wb = new ExcelJS.Workbook();
    addClerkSheet(wb, "Chỉ tiêu 2024", CROPS_TARGETS);
    addClerkSheet(wb, "Nà Lầu", cropsReport("Nà Lầu", AT_TARGET));
    addClerkSheet(wb, "Khuổi Lùng", cropsReport("Khuổi Lùng", { lua: [132, 60.5, 726], ngo: [20, "", 100], poor: 12 }));
    addClerkSheet(wb, "Tát Mạ", cropsReport("Tát Mạ", { ...AT_TARGET, poor: 10 }, true));
    sim = await simulate(wb, "lua-ngo-hai-muc.xlsx");
    const read = await readWorksheets(["Chỉ tiêu 2024", "Nà Lầu", "Khuổi Lùng", "Tát Mạ"]);
    if (!read.ok) throw new Error(read.failures.detail);
    const [targets, ...villages] = read.value;

    const table = readIndicatorTable(targets);
    expect(table.indicators.map((indicator) => `${indicator.path.at(-1) ?? ""} › ${indicator.name}`)).toEqual([
      "Lúa › Diện tích",
      "Lúa › Năng suất",
      "Lúa › Sản lượng",
      "Ngô › Diện tích",
      "Ngô › Năng suất",
      "Ngô › Sản lượng",
      " › Số hộ nghèo giảm trong năm",
    ]);
    expect(table.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");

    // checking one report, as the pane's Kiểm tra does
    const khuoiLung = checkReport(villages[1], { targets });
    expect(khuoiLung.findings).toContainEqual(expect.objectContaining({ code: "value/missing", cell: "E11", indicator: "Năng suất" }));
    // ranking the sheets, as the pane's Xếp hạng does (rankSheets)
    const { reports } = readVillageReports(villages, { targets, year: 2024 });
    for (const report of reports) expect(report.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
    const { ranking } = rankReportsOnce(reports, defaultConfig(2024));
    expect(ranking.villages.map((v) => [v.village, v.rank, v.score, v.prize])).toEqual([
      ["Nà Lầu", 1, 100, "Giải Nhất"],
      ["Tát Mạ", 2, 97.62, "Giải Nhì"],
      ["Khuổi Lùng", 3, 75.71, "Giải Ba"],
    ]);
  });
});
