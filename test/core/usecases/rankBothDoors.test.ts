/**
 * One workbook ranked through both front doors (docs/usecases.md#ranking): the command line in process
 * and the pane's action over a fake workbook give the same ranking, the same findings and the same
 * ranking sheet, the configuration's commune, place and signer included.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../../src/cli/runCli";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import { configSheetModel } from "../../../src/core/config/configSheet";
import { rankingConfigSchema } from "../../../src/core/config/rankingConfig";
import type { Finding, SheetCells } from "../../../src/core/model";
import { rankSheets } from "../../../src/taskpane/state/actions/rankSheets";
import { cellsOf, FakeExcel } from "../../taskpane/fakeExcel";

jest.setTimeout(60_000);

const INDICATORS: [string, string, number][] = [
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
  ["Tỷ lệ người dân tham gia BHYT", "%", 95],
];
const VILLAGES: [string, number[]][] = [
  ["Nà Lầu", [7, 98, 96]],
  ["Khuổi Khâm", [5, 97, "chưa báo cáo" as unknown as number]],
  ["Tát Mạ", [6, 99, 95]],
];
const CONFIG = { year: 2024, commune: "Bản Luốc", place: "Bằng Lãng", signer: "Hoàng Văn Thụ", indicators: [{ match: "BHYT", weight: 2 }] };

/** The workbook as a clerk types it: a merged title block, the commune's targets, one sheet per village. */
async function workbook(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const targets = book.addWorksheet("Chỉ tiêu 2024");
  targets.addRow(["UBND XÃ KHUÔN LÙNG"]);
  targets.addRow(["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"]);
  targets.mergeCells(1, 1, 1, 4);
  targets.mergeCells(2, 1, 2, 4);
  targets.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]);
  INDICATORS.forEach(([name, unit, target], index) => targets.addRow([index + 1, name, unit, target]));
  for (const [village, actuals] of VILLAGES) {
    const sheet = book.addWorksheet(village);
    sheet.addRow([`BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 CỦA THÔN ${village.toLocaleUpperCase("vi")}`]);
    sheet.mergeCells(1, 1, 1, 5);
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
    INDICATORS.forEach(([name, unit, target], index) => sheet.addRow([index + 1, name, unit, target, actuals[index]]));
  }
  return book;
}

/**
 * A sheet's values as a reader sees them: blanks at the ends of rows and empty rows left out (the pane keeps
 * rows free beside the table for the chart it draws, which a file written by the command line has not).
 */
function shown(cells: SheetCells): unknown[][] {
  const rows = cells.values.map((row) => {
    const kept = [...row];
    while (kept.length > 0 && (kept[kept.length - 1] === "" || kept[kept.length - 1] === null)) kept.pop();
    return kept;
  });
  return rows.filter((row) => row.length > 0);
}

const said = (f: Finding) => ({ code: f.code, sheet: f.sheet, cell: f.cell, indicator: f.indicator ?? null });

describe("one ranking behind both front doors", () => {
  it("gives the same villages, findings and ranking sheet from the command line and from the pane", async () => {
    const book = await workbook();
    const dir = mkdtempSync(path.join(tmpdir(), "thidua-doors-"));
    const file = path.join(dir, "thi-dua-2024.xlsx");
    await book.xlsx.writeFile(file);
    const configFile = path.join(dir, "cau-hinh.json");
    writeFileSync(configFile, JSON.stringify(CONFIG));
    const out = path.join(dir, "xep-hang.xlsx");
    const lines: string[] = [];
    const status = await runCli(["rank", file, "--config", configFile, "--out", out, "--json"], { out: (text) => lines.push(text), err: () => undefined });
    expect(status).toBe(0);
    const json = JSON.parse(lines.join("\n")) as { villages: { village: string; rank: number; score: number; prize: string | null }[]; findings: (Finding & { file?: string })[] };

    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error("the workbook written above reads");
    const config = rankingConfigSchema.parse(CONFIG);
    const excel = new FakeExcel([...read.value, cellsOf(configSheetModel(config))]);
    const pane = await rankSheets(excel, "vi", { sheets: VILLAGES.map(([village]) => village), target: "Chỉ tiêu 2024", period: "year" }, () => undefined);
    if (!pane.ok) throw new Error(pane.notice.text);

    expect(json.villages.map((v) => [v.village, v.rank, v.score, v.prize])).toEqual(pane.value.ranking.villages.map((v) => [v.village, v.rank, v.score, v.prize]));
    expect(json.villages).toHaveLength(3);
    expect(json.findings.map(said)).toEqual(pane.value.findings.map(said));
    expect(json.findings.filter((f) => f.severity !== "info").map((f) => f.sheet)).toContain("Khuổi Khâm");

    const written = await readWorkbookFile(out);
    if (!written.ok) throw new Error("the ranking written reads");
    const commandLineSheet = written.value.find((sheet) => sheet.name === pane.value.sheet);
    expect(commandLineSheet).toBeDefined();
    const paneSheet = excel.sheets.get(pane.value.sheet)!;
    expect(shown(commandLineSheet!)).toEqual(shown(paneSheet));
    const text = shown(paneSheet).flat().join(" ");
    // The configuration's commune, place and signer, not the title's commune.
    expect(text).toContain("XÃ BẢN LUỐC");
    expect(text).toContain("Bằng Lãng");
    expect(text).toContain("Hoàng Văn Thụ");
    expect(text).not.toContain("KHUÔN LÙNG");
  });
});
