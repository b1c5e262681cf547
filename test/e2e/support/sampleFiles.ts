import path from "path";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import { sampleWorkbooks } from "../../../src/core/samples";

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
