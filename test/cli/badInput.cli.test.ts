import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type BrokenFiles, makeBrokenFiles } from "../fixtures/broken/makeBrokenFiles";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let broken: BrokenFiles;
let samples: SampleFiles;

beforeAll(async () => {
  await ensureBuiltCli();
  broken = await makeBrokenFiles(mkdtempSync(path.join(tmpdir(), "thidua-broken-")));
  samples = await sampleFiles();
}, 180_000);

const UNREADABLE: (keyof BrokenFiles)[] = ["missing", "directory", "xls", "csv", "corrupt", "protected", "empty"];
const STACK_LINE = /^\s+at\s/m;

describe.each(["indicators", "validate", "rank"])("thidua %s on an unusable file", (command) => {
  it.each(UNREADABLE)("%s: exit 2, one line on stderr naming the file, file/unreadable in the JSON", (kind) => {
    const file = broken[kind];
    const run = thidua(command, file, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(file);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.json().findings).toContainEqual(expect.objectContaining({ code: "file/unreadable", severity: "error", sheet: file, cell: null }));
  });

  it("a workbook whose sheet holds no table: exit 2, one line naming the file", () => {
    const run = thidua(command, broken.noTable, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(broken.noTable);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(() => run.json()).not.toThrow();
  });
});

describe("each reason gets its own advice", () => {
  it("files unusable for different reasons get different lines; a damaged .xls the same as a damaged .xlsx", () => {
    const lineFor = (kind: keyof BrokenFiles) => thidua("validate", broken[kind]).errLines[0].replace(broken[kind], "FILE");
    const reasons: (keyof BrokenFiles)[] = ["missing", "directory", "csv", "corrupt", "protected", "empty"];
    expect(new Set(reasons.map(lineFor)).size).toBe(reasons.length);
    expect(lineFor("xls")).toBe(lineFor("corrupt"));
  });

  it("speaks English with --lang en", () => {
    const vi = thidua("validate", broken.protected).errLines;
    const en = thidua("validate", broken.protected, "--lang", "en").errLines;
    expect(en).toHaveLength(1);
    expect(en[0]).toContain(broken.protected);
    expect(en[0]).not.toEqual(vi[0]);
  });
});

describe("a batch with unusable files", () => {
  it("ranks the usable files, reports each unusable one on its own line and exits 2", () => {
    const run = thidua("rank", samples.village["Thôn Nà Lầu"], broken.corrupt, samples.village["Thôn Khuổi Khâm"], broken.missing, broken.noTable, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(3);
    expect(run.errLines[0]).toContain(broken.corrupt);
    expect(run.errLines[1]).toContain(broken.missing);
    expect(run.errLines[2]).toContain(broken.noTable);
    const json = run.json();
    expect(json.villages.map((v: { rank: number }) => v.rank)).toEqual([1, 2]);
    const unreadable = json.findings.filter((f: { code: string }) => f.code === "file/unreadable").map((f: { sheet: string }) => f.sheet);
    expect(unreadable).toEqual([broken.corrupt, broken.missing]);
  });

  it("still prints the ranking table and a progress line per file without --json", () => {
    const run = thidua("rank", samples.village["Thôn Nà Lầu"], broken.protected, samples.village["Thôn Khuổi Khâm"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("[1/3]");
    expect(run.stdout).toContain("[2/3]");
    expect(run.stdout).toContain("[3/3]");
    expect(run.stdout).toMatch(/Nà Lầu/);
    expect(run.errLines).toHaveLength(1);
  });

  it.each(["validate", "rank"])("%s with a target file that holds no table says why in the JSON, and still checks the reports", (command) => {
    const run = thidua(command, samples.village["Thôn Nà Lầu"], "--targets", broken.noTable, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(broken.noTable);
    const json = run.json();
    expect(json.findings).toContainEqual(expect.objectContaining({ severity: "error", sheet: "Ghi chú", code: expect.stringMatching(/^sheet\//) }));
    expect(command === "validate" ? json.indicators : json.villages).not.toHaveLength(0);
  });

  it("an unusable target file is reported and the reports are still checked", () => {
    const run = thidua("validate", samples.village["Thôn Nà Lầu"], "--targets", broken.xls, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.json().indicators).toHaveLength(16);
  });
});

describe("rank --out naming one of its own inputs", () => {
  it("writes nothing, leaves the village's report as it was and exits 2", () => {
    const before = readFileSync(samples.village["Thôn Nà Lầu"]);
    const run = thidua("rank", samples.village["Thôn Nà Lầu"], samples.village["Thôn Khuổi Khâm"], "--out", samples.village["Thôn Nà Lầu"]);
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(samples.village["Thôn Nà Lầu"]);
    expect(readFileSync(samples.village["Thôn Nà Lầu"])).toEqual(before);
  });
});

describe("a wrong command line", () => {
  it.each([
    [["xephang", "a.xlsx"], "xephang"],
    [["rank", "a.xlsx", "--mau", "do"], "--mau"],
    [["validate"], "validate"],
    [["rank", "a.xlsx", "--lang", "fr"], "fr"],
    [["rank", "a.xlsx", "b.xlsx", "--out", "b.xlsx", "--json"], "b.xlsx"],
  ])("%j: exit 2 with one line naming the problem", (argv, word) => {
    const run = thidua(...argv);
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(word);
    expect(run.stdout).toBe("");
  });

  it("--help prints the usage of the three commands and exits 0", () => {
    const run = thidua("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("thidua indicators");
    expect(run.stdout).toContain("thidua validate");
    expect(run.stdout).toContain("thidua rank");
  });
});

describe("text from a workbook that holds terminal control characters", () => {
  let file: string;
  // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Báo cáo");
    // Excel writes a control character in a cell as _xHHHH_; ESC [2J clears a terminal, ESC ]0; retitles it.
    sheet.getCell("A1").value = "Thôn: Đỏ_x001B_[2J_x001B_]0;x_x0007__x009B_31m";
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
    sheet.addRow([1, "Số hộ nghèo giảm trong năm_x001B_[8m", "Hộ", 7, "9_x001B_[2J"]);
    file = path.join(mkdtempSync(path.join(tmpdir(), "thidua-controls-")), "dieu-khien.xlsx");
    await workbook.xlsx.writeFile(file);
  });

  it.each([["validate"], ["rank"]])("thidua %s prints them escaped, never raw", (command) => {
    const run = thidua(command, file);
    expect(run.stdout).toContain("\\u001b[2J");
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stderr).not.toMatch(CONTROL);
  });

  it("--json escapes them and keeps the same text", () => {
    const run = thidua("validate", file, "--json");
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.json().village).toContain("\u001b[2J");
    expect(run.json().village).toContain("\u009b31m");
  });
});
