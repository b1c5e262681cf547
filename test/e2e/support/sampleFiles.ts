import ExcelJS from "exceljs";
import path from "path";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import { SAMPLE_VILLAGES, sampleTargetSheet, sampleVillageSheet, sampleWorkbooks } from "../../../src/core/samples";
import { fillReport } from "../../excel/fixtures";

/**
 * Writes the sample workbooks the browser test opens: one workbook with the commune's target sheet and
 * every village's report (what staff have after importing), and each village's own file for the import.
 *
 * @example await writeSampleFiles("test-artifacts/e2e") → { workbook: "sample.xlsx", villages: ["thon-na-lau.xlsx", …] }
 */
export async function writeSampleFiles(dir: string): Promise<{ workbook: string; villages: string[] }> {
  const all = sampleWorkbooks();
  const reports = all.filter((w) => w.kind === "targets" || w.kind === "village").flatMap((w) => w.sheets);
  await writeWorkbook(path.join(dir, "sample.xlsx"), reports);
  const villages = all.filter((w) => w.kind === "village");
  for (const village of villages) await writeWorkbook(path.join(dir, village.fileName), village.sheets);
  return { workbook: "sample.xlsx", villages: villages.map((v) => v.fileName) };
}

/**
 * A commune of `count` villages in one workbook: the sample target sheet and one report sheet per
 * village ("Thôn 001" …), each the report of a sample village (its habits, targets and actuals) under
 * a name of its own.
 *
 * @example await writeManyVillages("test-artifacts/e2e", 200) → { workbook: "villages-200.xlsx", sheets: ["Thôn 001", …] }
 */
export async function writeManyVillages(dir: string, count: number): Promise<{ workbook: string; sheets: string[] }> {
  const sheets = Array.from({ length: count }, (_, i) => `Thôn ${String(i + 1).padStart(3, "0")}`);
  const reports = sheets.map((name, i) => {
    const base = SAMPLE_VILLAGES[i % SAMPLE_VILLAGES.length];
    const title = base.title.row === 2 ? name.toUpperCase() : `Thôn: ${name.slice(5)}`;
    return sampleVillageSheet({ ...base, village: name, sheetName: name, title: { ...base.title, text: title } });
  });
  const workbook = `villages-${count}.xlsx`;
  await writeWorkbook(path.join(dir, workbook), [sampleTargetSheet(), ...reports]);
  return { workbook, sheets };
}

/**
 * One village's report of `rows` indicator rows (targets, actuals of every kind, cells the village had
 * already coloured), as the adapter's tests build it, saved as a workbook of its own.
 *
 * @example await writeLongReport("test-artifacts/e2e", 6000) → { workbook: "report-6000.xlsx", sheet: "Nà Lầu" }
 */
export async function writeLongReport(dir: string, rows: number): Promise<{ workbook: string; sheet: string }> {
  const wb = new ExcelJS.Workbook();
  const sheet = "Nà Lầu";
  fillReport(wb.addWorksheet(sheet), rows);
  const workbook = `report-${rows}.xlsx`;
  await wb.xlsx.writeFile(path.join(dir, workbook));
  return { workbook, sheet };
}
