import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeSamples } from "../../../src/cli/samples/writeSamples";
import { SAMPLE_CONFIG_FILE, SAMPLE_CONSOLIDATED_FILE, SAMPLE_TARGETS_FILE, SAMPLE_VILLAGES } from "../../../src/core/samples";

export interface SampleFiles {
  dir: string;
  targets: string;
  consolidated: string;
  config: string;
  /** The six village reports by village name. */
  village: Record<string, string>;
  villages: string[];
}

/** Writes the sample workbooks into a fresh temporary folder (one per test file, so files run in parallel). */
export async function sampleFiles(): Promise<SampleFiles> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-samples-"));
  await writeSamples(dir);
  const village = Object.fromEntries(SAMPLE_VILLAGES.map((v) => [v.village, path.join(dir, v.fileName)]));
  return {
    dir,
    targets: path.join(dir, SAMPLE_TARGETS_FILE),
    consolidated: path.join(dir, SAMPLE_CONSOLIDATED_FILE),
    config: path.join(dir, SAMPLE_CONFIG_FILE),
    village,
    villages: SAMPLE_VILLAGES.map((v) => path.join(dir, v.fileName)),
  };
}
