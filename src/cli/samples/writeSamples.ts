import { promises as fs } from "node:fs";
import * as path from "node:path";
import { SAMPLE_CONFIG_FILE, sampleConfig, sampleWorkbooks } from "../../core/samples";
import { writeWorkbook } from "../writeWorkbook/writeWorkbook";

/**
 * Writes the sample workbooks and the sample configuration into a folder; returns the paths written.
 *
 * @example await writeSamples("samples") // ["samples/chi-tieu-xa-2024.xlsx", …, "samples/cau-hinh-xep-hang-2024.json"]
 */
export async function writeSamples(dir: string): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const workbook of sampleWorkbooks()) {
    const file = path.join(dir, workbook.fileName);
    await writeWorkbook(file, workbook.sheets);
    written.push(file);
  }
  const configFile = path.join(dir, SAMPLE_CONFIG_FILE);
  await fs.writeFile(configFile, `${JSON.stringify(sampleConfig(), null, 2)}\n`, "utf8");
  written.push(configFile);
  return written;
}
