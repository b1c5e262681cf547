import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { SAMPLE_VILLAGES, sampleConsolidatedSheet } from "../../src/core/samples";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;
let repeated: string;

// The sample consolidated sheet with TT / Chỉ tiêu / ĐVT typed again in the second header row, above the
// KH | TH pairs, as staff do when they unmerge the header or copy it from another file.
beforeAll(async () => {
  await ensureBuiltCli();
  samples = await sampleFiles();
  const model = sampleConsolidatedSheet();
  const top = model.cells.find((cell) => cell.value === "TT")!.address.replace(/^\D+/u, "");
  const second = Number(top) + 1;
  const labels = ["TT", "Chỉ tiêu", "ĐVT"].map((value, index) => ({ address: `${"ABC"[index]}${second}`, value }));
  const merges = model.merges.filter((range) => !/^[ABC]\d+:[ABC]\d+$/u.test(range) || !range.startsWith(`${range[0]}${top}:`));
  repeated = path.join(mkdtempSync(path.join(tmpdir(), "thidua-band-")), "tong-hop-lap-nhan.xlsx");
  await writeWorkbook(repeated, [{ ...model, merges, cells: [...model.cells.filter((cell) => !labels.some((label) => label.address === cell.address)), ...labels] }]);
}, 180_000);

describe("thidua rank on a consolidated sheet whose second header row repeats TT / Chỉ tiêu / ĐVT", () => {
  it("ranks every village, as the sheet with merged-down labels is ranked", () => {
    const run = thidua("rank", repeated, "--config", samples.config, "--json");
    expect(run.status).toBe(0);
    const villages: { village: string; rank: number; score: number }[] = run.json().villages;
    expect(villages).toHaveLength(SAMPLE_VILLAGES.length);
    expect(villages.map((v) => v.village).sort()).toEqual(["Khuổi Khâm", "Lũng Vài", "Nà Lầu", "Nặm Đin", "Pác Nặm", "Tát Mạ"]);
    const merged = thidua("rank", samples.consolidated, "--config", samples.config, "--json").json().villages as typeof villages;
    expect(villages.map((v) => [v.village, v.rank, v.score])).toEqual(merged.map((v) => [v.village, v.rank, v.score]));
  });
});
