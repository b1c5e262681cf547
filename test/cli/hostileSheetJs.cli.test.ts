import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { type HostileSheetJsFiles, makeHostileSheetJsFiles } from "../fixtures/hostile/makeHostileSheetJsFiles";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { measuredRun } from "./helpers/measuredRun";

// Each run is a subprocess measured from the inside (process.resourceUsage().maxRSS). A valid report needs
// about 100 MB through SheetJS; before these bounds the huge parts took 1,4 GB, the strays and the repeats
// ran past two minutes at 2–4 GB or out of memory (the figures are in the change's note, not asserted).
const PEAK_MB = 300;
const LIMIT_S = 90;
const STACK_LINE = /^\s+at\s/m;

let files: HostileSheetJsFiles;

beforeAll(async () => {
  await ensureBuiltCli();
  files = await makeHostileSheetJsFiles(mkdtempSync(path.join(tmpdir(), "thidua-hostile-sheetjs-")));
}, 180_000);

/** The report's indicators as `validate --json` gives them. */
function indicatorsOf(file: string) {
  const run = thidua("validate", file, "--json");
  expect(run.status).toBe(0);
  return run.json().indicators;
}

describe("the zip guard stands before SheetJS as before ExcelJS", () => {
  it.each([
    ["an .ods", "odsHugePart"],
    ["an .xlsb", "xlsbHugePart"],
    ["an .xlsx with that part named …xl/workbook.bin…", "xlsxHugePartNamedBin"],
  ] as const)("%s with an unreferenced part of 1,25 GiB is read as if the part were not there", (_, kind) => {
    const run = measuredRun(LIMIT_S, "validate", files[kind], "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.peakMb).not.toBeNull();
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
    expect(run.json().indicators).toEqual(indicatorsOf(files.xlsx));
  }, 200_000);
});

describe("stray values far right of the table are left out in every format, as in an .xlsx", () => {
  it.each([
    ["an .ods", "odsFarRight", "ods"],
    ["an .xls", "xlsFarRight", "xls"],
  ] as const)("%s with 20 000 values in column XFD reads as the same report without them", (_, kind, plain) => {
    const run = measuredRun(LIMIT_S, "validate", files[kind], "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
    expect(run.json().indicators).toEqual(indicatorsOf(files[plain]));
    expect(run.json().indicators).toEqual(indicatorsOf(files.xlsx));
  }, 200_000);
});

describe("an .ods's repeated cells are bounded", () => {
  it("one value repeated over 1 048 000 rows and 16 000 columns: one located line at once, exit 2", () => {
    const run = measuredRun(LIMIT_S, "validate", files.odsRepeatBomb, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.errLines).toEqual([
      `The file "${files.odsRepeatBomb}" repeats cell A36 of sheet "Nà Lầu" over 1,048,000 rows and 16,000 columns, more cells with a value than the program reads from one file (1,000,000). Open it in LibreOffice or Excel, delete the repeated cells outside the table, save it and try again.`,
    ]);
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
  }, 200_000);

  it("says the same in Vietnamese", () => {
    const run = thidua("validate", files.odsRepeatBomb);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      `Tệp "${files.odsRepeatBomb}" lặp lại ô A36 của trang "Nà Lầu" trên 1.048.000 dòng và 16.000 cột, nhiều ô có giá trị hơn mức chương trình đọc được từ một tệp (1.000.000 ô). Hãy mở tệp bằng LibreOffice hoặc Excel, xóa các ô lặp thừa ngoài bảng, lưu lại rồi thử lại.`,
    ]);
  }, 60_000);

  it("empty cells repeated to the sheet's last row and column, as LibreOffice ends a sheet, are read at once", () => {
    const run = measuredRun(LIMIT_S, "validate", files.odsEmptyRepeats, "--json");
    expect(run.status).toBe(0);
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
    expect(run.json().indicators).toEqual(indicatorsOf(files.ods));
  }, 200_000);
});
