import { createHash } from "node:crypto";
import { execFileSync, spawnSync } from "node:child_process";
import { linkSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { type HostileFiles, makeHostileFiles } from "../fixtures/hostile/makeHostileFiles";
import { CLI, ensureBuiltCli, thidua } from "./helpers/builtCli";
import { measuredRun } from "./helpers/measuredRun";

// Each run is a subprocess measured from the inside (process.resourceUsage().maxRSS). A valid report
// needs about 80 MB; before these bounds, each hostile file below ran out of memory or past a minute.
const PEAK_MB = 300;
const LIMIT_S = 90;
const STACK_LINE = /^\s+at\s/m;

let dir: string;
let files: HostileFiles;
let digests: Map<string, string>;

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  await ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-hostile-"));
  files = await makeHostileFiles(dir);
  digests = new Map(Object.values(files).map((file) => [file, digest(file)]));
}, 180_000);

afterAll(() => {
  // Nothing the program was given has changed.
  for (const [file, before] of digests) expect(digest(file)).toBe(before);
});

/** The report's indicators as `validate --json` gives them, without the file name. */
function indicatorsOf(file: string) {
  const run = thidua("validate", file, "--json");
  expect(run.status).toBe(0);
  return run.json().indicators;
}

describe("files that used to exhaust memory are read within bounds", () => {
  it.each([
    ["20 000 stray values in column XFD", "farRight"],
    ["a merge over H1:XFD1048576", "wholeSheetMerge"],
    ["an unreferenced 2 GiB picture and printer setting", "unusedHugeParts"],
    ["a sheet written without r= references", "withoutReferences"],
  ] as const)("%s: the report is read as if the stray content were not there", (_, kind) => {
    const run = measuredRun(LIMIT_S, "validate", files[kind], "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.peakMb).not.toBeNull();
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
    expect(run.json().indicators).toEqual(indicatorsOf(files.report));
  }, 200_000);

  it.each([
    ["shared strings declared as 6 GiB", "declaredBomb", /unzips its part xl\/sharedStrings\.xml to 6 GB, beyond the limit of 64 MB/],
    ["shared strings declared as 1 KB that inflate to 6 GiB", "lyingBomb", /is damaged/],
    ["a cell at row 100 000 000", "beyondLastRow", /is damaged/],
  ] as const)("%s: one clear line at once, exit 2", (_, kind, message) => {
    const run = measuredRun(LIMIT_S, "validate", files[kind], "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(files[kind]);
    expect(run.errLines[0]).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.peakMb).not.toBeNull();
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
  }, 200_000);
});

describe("inputs that are not regular files, and the real cause of each read error", () => {
  it.each([
    ["a link to /dev/zero as the report", () => link("/dev/zero", "zero.xlsx"), /is not a regular file/],
    ["a FIFO as the report", () => fifo("fifo.xlsx"), /is not a regular file/],
    ["a 3 GiB file", () => sparse("lon.xlsx", 3 * 2 ** 30), /is too large \(3 GB\); the program reads files up to 200 MB/],
    ["a link that loops", () => loop("vong.xlsx"), /loops back on itself/],
    ["a path through a file", () => path.join(files.report, "bao-cao.xlsx"), /part of its path is a file, not a folder/],
    ["a missing file", () => path.join(dir, "khong-co.xlsx"), /does not exist/],
  ])("%s: exit 2 with the cause in words", (_, make, message) => {
    const file = make();
    const run = measuredRun(LIMIT_S, "validate", file, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringMatching(message)]);
    expect(run.errLines[0]).toContain(file);
    expect(run.peakMb!).toBeLessThan(PEAK_MB);
  }, 200_000);

  it("a FIFO given as --config: not a regular file, at once", () => {
    const run = measuredRun(LIMIT_S, "rank", files.report, "--config", fifo("cau-hinh.json"), "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringMatching(/cau-hinh\.json" is not a regular file/)]);
  }, 200_000);
});

describe("other formats renamed .xlsx, and reports only in hidden sheets", () => {
  it.each([
    ["odsRenamed", /is an OpenDocument spreadsheet \(\.ods\) renamed \.xlsx/],
    ["xlsbRenamed", /is an Excel binary workbook \(\.xlsb\) renamed \.xlsx/],
    ["plainZip", /is a \.zip archive, not an Excel workbook/],
    ["hiddenReport", /only in the hidden sheet "Nà Lầu"\. Unhide that sheet/],
  ] as const)("%s is named for what it is", (kind, message) => {
    const run = thidua("validate", files[kind], "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringMatching(message)]);
  }, 60_000);

  it("the hidden sheet is named in Vietnamese too", () => {
    expect(thidua("rank", files.hiddenReport).errLines[0]).toMatch(/trang tính bị ẩn "Nà Lầu"\. Hãy bỏ ẩn/);
  }, 60_000);
});

describe("the command line speaks only its own words", () => {
  it("a library's warning (a sheet name over 31 characters) never reaches stderr", () => {
    const run = thidua("validate", files.longSheetName, "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  }, 60_000);

  it("-- ends the options: a file named like an option is read as a file", () => {
    writeFileSync(path.join(dir, "--bao-cao.xlsx"), readFileSync(files.report));
    const run = spawnSync(process.execPath, [CLI, "validate", "--json", "--", "--bao-cao.xlsx"], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).indicators).toEqual(indicatorsOf(files.report));
  }, 60_000);
});

describe("--out never overwrites an input, whatever name leads to it", () => {
  it.each([
    ["a symbolic link to the report", (report: string) => link(report, "lien-ket.xlsx")],
    ["a hard link to the report", (report: string) => hardLink(report, "lien-ket-cung.xlsx")],
    ["the report through a linked folder", (report: string) => path.join(link(path.dirname(report), "thu-muc-lien-ket"), path.basename(report))],
  ])("%s: refused like the plain path, the report unchanged", (_, outFor) => {
    const out = outFor(files.report);
    const run = thidua("rank", files.report, "--out", out, "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringMatching(/is also one of the input files; writing the ranking there would erase it/)]);
    expect(digest(files.report)).toBe(digests.get(files.report));
  }, 60_000);
});

function link(target: string, name: string): string {
  const file = path.join(dir, name);
  symlinkSync(target, file);
  return file;
}

function fifo(name: string): string {
  const file = path.join(dir, name);
  execFileSync("mkfifo", [file]);
  return file;
}

function hardLink(target: string, name: string): string {
  const file = path.join(dir, name);
  linkSync(target, file);
  return file;
}

function sparse(name: string, size: number): string {
  const file = path.join(dir, name);
  writeFileSync(file, "");
  truncateSync(file, size);
  return file;
}

function loop(name: string): string {
  const other = path.join(dir, `lai-${name}`);
  symlinkSync(path.join(dir, name), other);
  return link(other, name);
}
