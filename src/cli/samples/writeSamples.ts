import { promises as fs } from "node:fs";
import * as path from "node:path";
import {
  formProgrammes,
  POINTS_CONFIG_FILE,
  POINTS_TARGETS_FILE,
  POINTS_VILLAGES,
  pointsConfig,
  pointsTargetSheet,
  pointsVillageSheet,
  SAMPLE_CONFIG_FILE,
  sampleConfig,
  sampleWorkbooks,
} from "../../core/samples";
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
  // The second commune, which scores in points.
  const pointsFiles: [string, Parameters<typeof writeWorkbook>[1]][] = [
    [POINTS_TARGETS_FILE, [pointsTargetSheet()]],
    ...POINTS_VILLAGES.map((village): [string, Parameters<typeof writeWorkbook>[1]] => [village.fileName, [pointsVillageSheet(village)]]),
  ];
  for (const [name, sheets] of pointsFiles) {
    const file = path.join(dir, name);
    await writeWorkbook(file, sheets);
    written.push(file);
  }
  const pointsConfigFile = path.join(dir, POINTS_CONFIG_FILE);
  await fs.writeFile(pointsConfigFile, `${JSON.stringify(pointsConfig(), null, 2)}\n`, "utf8");
  written.push(pointsConfigFile);
  // The programmes scored on forms: the commune's table, each unit's form, the configuration.
  for (const programme of formProgrammes()) {
    for (const workbook of programme.workbooks) {
      const file = path.join(dir, workbook.fileName);
      await writeWorkbook(file, workbook.sheets);
      written.push(file);
    }
    const configFile = path.join(dir, programme.configFile);
    await fs.writeFile(configFile, `${JSON.stringify(programme.config, null, 2)}\n`, "utf8");
    written.push(configFile);
  }
  return written;
}
