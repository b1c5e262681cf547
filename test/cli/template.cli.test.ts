import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;
// Each test runs the command line several times.
jest.setTimeout(60_000);

beforeAll(async () => {
  await ensureBuiltCli();
  samples = await sampleFiles();
}, 180_000);

const dir = (name: string) => path.join(samples.dir, name);

describe("thidua template (SPEC §7.1, §8)", () => {
  it("writes one workbook per village with the JSON of §8", async () => {
    const out = dir("mau");
    const run = thidua("template", "--targets", samples.targets, "--village", "Thôn Nà Lầu", "--village", "Bản Tát Mạ", "--out-dir", out, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.files).toEqual([
      { village: "Thôn Nà Lầu", file: path.join(out, "bao-cao-na-lau-2024.xlsx"), indicators: 46, sheet: "Mẫu Thôn Nà Lầu", replaced: false },
      { village: "Bản Tát Mạ", file: path.join(out, "bao-cao-tat-ma-2024.xlsx"), indicators: 46, sheet: "Mẫu Bản Tát Mạ", replaced: false },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(json.files[0].file);
    const sheet = workbook.getWorksheet("Mẫu Thôn Nà Lầu")!;
    expect(sheet.getCell("A3").value).toBe("Thôn: Nà Lầu");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
    const protection = (sheet as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(sheet.getCell("E8").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("B8").protection?.locked).not.toBe(false);
    expect(sheet.getCell("E8").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", showErrorMessage: true, promptTitle: "Đơn vị: Triệu đồng" });
    const validations: string[] = [];
    for (let row = 8; row <= sheet.rowCount; row++) {
      const dv = sheet.getCell(`E${row}`).dataValidation;
      if (dv?.type === "list") validations.push(String(dv.formulae[0]));
    }
    expect(validations).toEqual(expect.arrayContaining(['"Đạt,Không đạt"', '"Không xảy ra,Có xảy ra"', '"Xuất sắc,Tốt,Khá,Trung bình,Yếu,Kém"']));
  });

  it("reads back with no error but value/missing, and the commune-only targets left empty with a note", () => {
    const out = dir("mau-xa");
    const made = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", out);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú/u);
    const run = thidua("validate", path.join(out, "bao-cao-na-lau-2024.xlsx"), "--json");
    const codes = new Set(run.json().findings.map((f: { code: string }) => f.code));
    // The seed's row 7 has no unit in the commune's table already.
    expect([...codes].sort()).toEqual(["target/missing", "unit/missing", "value/missing"]);
  });

  it("takes the villages from the configuration's roster, and needs villages from somewhere", () => {
    const config = dir("roster.json");
    writeFileSync(config, JSON.stringify({ year: 2024, villages: ["Nà Lầu", "Khuổi Khâm"] }));
    const run = thidua("template", "--targets", samples.targets, "--config", config, "--out-dir", dir("roster"), "--json");
    expect(run.status).toBe(0);
    expect(run.json().files.map((f: { village: string }) => f.village)).toEqual(["Nà Lầu", "Khuổi Khâm"]);
    const none = thidua("template", "--targets", samples.targets, "--out-dir", dir("none"));
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("--village");
    expect(existsSync(dir("none"))).toBe(false);
  });

  it("names a sheet validly when the village's name cannot be one, and says so", () => {
    const run = thidua("template", "--targets", samples.targets, "--village", "Thôn 1/2 [cũ]: Khuổi Khâm Trên Đồi", "--out-dir", dir("ten"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('trang tính được đặt tên "Mẫu Thôn 1 2 cũ Khuổi Khâm Trên"');
  });

  it("gives two villages with the same file name distinct files, and says so", () => {
    const run = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--village", "Thôn Na Lau", "--out-dir", dir("trung"));
    expect(run.status).toBe(0);
    expect(readdirSync(dir("trung")).sort()).toEqual(["bao-cao-na-lau-2-2024.xlsx", "bao-cao-na-lau-2024.xlsx"]);
    expect(run.stdout).toContain("cho cùng một tên tệp");
  });

  it("says an existing file is replaced, and never writes over an input", () => {
    const out = dir("lai");
    thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", out);
    const again = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", out);
    expect(again.stdout).toContain("Đã ghi đè tệp cũ");
    const input = path.join(out, "bao-cao-na-lau-2024.xlsx");
    const over = thidua("template", "--targets", input, "--village", "Nà Lầu", "--out-dir", out);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain("là tệp đầu vào của lệnh này");
  });

  it("an --out-dir that cannot be written: a clear message, nothing half-written", () => {
    const blocked = dir("khoa");
    mkdirSync(blocked);
    chmodSync(blocked, 0o500);
    const asFile = dir("la-tep");
    writeFileSync(asFile, "");
    try {
      for (const out of [asFile, path.join(asFile, "con")]) {
        const run = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--village", "Khuổi Khâm", "--out-dir", out);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^Không ghi được vào thư mục .*Không tệp nào được ghi/u);
      }
      if (process.getuid?.() !== 0) {
        const run = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", blocked);
        expect(run.status).toBe(2);
        expect(readdirSync(blocked)).toEqual([]);
      }
    } finally {
      chmodSync(blocked, 0o700);
    }
  });

  it.each([
    [["template", "--village", "Nà Lầu", "--out-dir", "x"], "--targets"],
    [["template", "--targets", "t.xlsx", "--village", "Nà Lầu"], "--out-dir"],
    [["template", "--targets", "t.xlsx", "--out-dir", "x", "--period", "quy"], "--period year"],
  ])("a wrong command line %j is a usage error naming %s", (args, named) => {
    const run = thidua(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(named);
  });
});
