import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { NOTE_ROW, STRAY_SHEET_MERGES, strayNoteSheet } from "../fixtures/strayNoteSheet";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-stray-"));
const file = path.join(dir, "na-lau.xlsx");

beforeAll(async () => {
  await ensureBuiltCli();
  const sheet = strayNoteSheet();
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name);
  sheet.values.forEach((row, r) => row.forEach((value, c) => value !== "" && (ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
  for (const merge of STRAY_SHEET_MERGES) ws.mergeCells(merge);
  await workbook.xlsx.writeFile(file);
}, 180_000);

type FindingJson = { code: string; severity: string; sheet: string; cell: string | null; message: string };

describe("a value typed far outside the table, through the command line", () => {
  it("validate --json names the sheet and the first stray cell, and the table is read as without it", () => {
    const run = thidua("validate", file, "--json");
    const json = run.json();
    const strays = (json.findings as FindingJson[]).filter((f) => f.code === "sheet/stray-values");
    expect(strays).toEqual([expect.objectContaining({ code: "sheet/stray-values", severity: "warning", sheet: "Nà Lầu", cell: `Z${NOTE_ROW}` })]);
    expect(strays[0].message).toMatch(/Nà Lầu.*Z300.*không được đọc là một phần của bảng/);
    expect(json.indicators).toHaveLength(3);
  });

  it("validate prints it in English with what to do", () => {
    const run = thidua("validate", file, "--lang", "en");
    expect(run.stdout).toMatch(/Nà Lầu.*Z300.*not read as part of the table.*delete it/);
  });

  it("rank gives it in its findings and counts it with the warnings", () => {
    const strays = (thidua("rank", file, "--json").json().findings as FindingJson[]).filter((f) => f.code === "sheet/stray-values");
    expect(strays).toEqual([expect.objectContaining({ severity: "warning", sheet: "Nà Lầu", cell: `Z${NOTE_ROW}` })]);
    expect(thidua("rank", file).stdout).toContain("0 lỗi và 1 cảnh báo");
  });
});
