import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
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

describe("thidua template (docs/outputs.md#report-templates, docs/outputs.md#command-line)", () => {
  it("writes one workbook per village with the JSON of docs/outputs.md#command-line", async () => {
    const out = dir("mau");
    const run = thidua("template", "--targets", samples.targets, "--village", "Thôn Nà Lầu", "--village", "Bản Tát Mạ", "--out-dir", out, "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    // The seed gives only the commune's total for its cumulative indicators: said for each file.
    expect(run.errLines).toEqual([
      "bao-cao-na-lau-2024.xlsx: 19 chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú; hãy điền mục tiêu của thôn trước khi gửi.",
      "bao-cao-tat-ma-2024.xlsx: 19 chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú; hãy điền mục tiêu của thôn trước khi gửi.",
    ]);
    expect(json.notices).toEqual(run.errLines);
    expect(json.files).toEqual([
      { village: "Thôn Nà Lầu", file: path.join(out, "bao-cao-na-lau-2024.xlsx"), indicators: 46, sheet: "Mẫu Thôn Nà Lầu", replaced: false, renamed: false },
      { village: "Bản Tát Mạ", file: path.join(out, "bao-cao-tat-ma-2024.xlsx"), indicators: 46, sheet: "Mẫu Bản Tát Mạ", replaced: false, renamed: false },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(json.files[0].file);
    const sheet = workbook.getWorksheet("Mẫu Thôn Nà Lầu")!;
    expect(sheet.getCell("A3").value).toBe("Thôn: Nà Lầu");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
    const protection = (sheet as unknown as { sheetProtection: { sheet: boolean; hashValue?: string; formatCells?: boolean } }).sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    // Formatting stays allowed, so the filled template that comes back can be painted in Excel.
    expect(protection.formatCells).toBe(true);
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
    expect(made.stderr).toMatch(/^bao-cao-na-lau-2024\.xlsx: \d+ chỉ tiêu chỉ có mục tiêu chung của xã, ô Mục tiêu để trống kèm ghi chú/u);
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

  it("names a sheet validly when the village's name cannot be one, and says so on stderr and in the JSON", () => {
    const run = thidua("template", "--targets", samples.targets, "--village", "Thôn 1/2 [cũ]: Khuổi Khâm Trên Đồi", "--out-dir", dir("ten"));
    expect(run.status).toBe(0);
    expect(run.errLines).toContain('Tên "Thôn 1/2 [cũ]: Khuổi Khâm Trên Đồi" không dùng được làm tên trang tính (có ký tự [ ] : * ? / \\ hoặc dài quá 31 ký tự): trang tính được đặt tên "Mẫu Thôn 1 2 cũ Khuổi Khâm Trên".');
    const long = thidua("template", "--targets", samples.targets, "--village", "Thôn Khuổi Khâm Trên Đồi Cao Nhất Xã", "--out-dir", dir("ten-dai"), "--json");
    expect(long.status).toBe(0);
    const json = long.json();
    expect(json.files[0]).toMatchObject({ sheet: "Mẫu Thôn Khuổi Khâm Trên Đồi Ca", renamed: true });
    expect(json.notices).toEqual([expect.stringContaining('trang tính được đặt tên "Mẫu Thôn Khuổi Khâm Trên Đồi Ca"'), expect.stringContaining("mục tiêu chung của xã")]);
    expect(long.errLines).toEqual(json.notices);
  });

  it("gives two villages with the same file name distinct files, and says so", () => {
    const run = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--village", "Thôn Na Lau", "--out-dir", dir("trung"));
    expect(run.status).toBe(0);
    expect(readdirSync(dir("trung")).sort()).toEqual(["bao-cao-na-lau-2-2024.xlsx", "bao-cao-na-lau-2024.xlsx"]);
    expect(run.errLines).toContain("Các thôn Nà Lầu, Thôn Na Lau cho cùng một tên tệp: mỗi thôn vẫn có tệp riêng, thêm số thứ tự vào tên.");
    expect(run.stdout).toContain("bao-cao-na-lau-2-2024.xlsx: mẫu báo cáo của Thôn Na Lau");
  });

  it("says an existing file is replaced, and never writes over an input, even through a link", () => {
    const out = dir("lai");
    const first = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", out, "--json");
    expect(first.json().files[0].replaced).toBe(false);
    const again = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--village", "Khuổi Khâm", "--out-dir", out);
    // Then which indicators they hold, and the line counting the targets the commune must fill.
    expect(again.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^Đã ghi đè tệp cũ .*bao-cao-na-lau-2024\.xlsx: mẫu báo cáo của Nà Lầu, 46 chỉ tiêu\.$/u),
      expect.stringMatching(/^Đã ghi .*bao-cao-khuoi-kham-2024\.xlsx: mẫu báo cáo của Khuổi Khâm, 46 chỉ tiêu\.$/u),
      expect.stringMatching(/^Mẫu có 46\/46 chỉ tiêu: mọi chỉ tiêu của bảng;/u),
      expect.stringMatching(/^2 mẫu; 38 ô mục tiêu xã cần điền/u),
    ]);
    // Nothing is left beside the files: no temporary file, no earlier file set aside.
    expect(readdirSync(out).sort()).toEqual(["bao-cao-khuoi-kham-2024.xlsx", "bao-cao-na-lau-2024.xlsx"]);

    const input = path.join(out, "bao-cao-na-lau-2024.xlsx");
    const before = readFileSync(input);
    const over = thidua("template", "--targets", input, "--village", "Nà Lầu", "--village", "Pác Cáp", "--out-dir", out, "--json");
    expect(over.status).toBe(2);
    expect(over.errLines).toEqual([expect.stringMatching(/^Mẫu báo cáo sẽ ghi đè lên .*bao-cao-na-lau-2024\.xlsx, là tệp đầu vào của lệnh này; không tệp nào được ghi\./u)]);
    expect(over.json()).toMatchObject({ files: [], notices: over.errLines });
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(existsSync(path.join(out, "bao-cao-pac-cap-2024.xlsx"))).toBe(false);

    const linked = dir("lien-ket");
    mkdirSync(linked);
    symlinkSync(samples.targets, path.join(linked, "bao-cao-na-lau-2024.xlsx"));
    const targetsBefore = readFileSync(samples.targets);
    const through = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", linked);
    expect(through.status).toBe(2);
    expect(through.stderr).toContain("là tệp đầu vào của lệnh này");
    expect(readFileSync(samples.targets).equals(targetsBefore)).toBe(true);
  });

  it("a folder where a template should go: a clear message, and the files before it kept as they were", () => {
    const out = dir("thu-muc");
    mkdirSync(path.join(out, "bao-cao-khuoi-kham-2024.xlsx"), { recursive: true });
    writeFileSync(path.join(out, "bao-cao-na-lau-2024.xlsx"), "last year");
    const run = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--village", "Khuổi Khâm", "--out-dir", out);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([
      expect.stringMatching(/^Không ghi được vào thư mục .* \(.*bao-cao-khuoi-kham-2024\.xlsx\): đã có một thư mục trùng tên với tệp mẫu\..*Không tệp nào được ghi/u),
    ]);
    expect(readFileSync(path.join(out, "bao-cao-na-lau-2024.xlsx"), "utf8")).toBe("last year");
    expect(readdirSync(out).sort()).toEqual(["bao-cao-khuoi-kham-2024.xlsx", "bao-cao-na-lau-2024.xlsx"]);
  });

  it("under the points method adds Điểm chuẩn, locked, and Điểm tự chấm, validated, and reads back with the same maximum points", async () => {
    const out = dir("diem");
    const config = path.join(samples.dir, "tan-lap-cau-hinh-diem-2024.json");
    const targets = path.join(samples.dir, "tan-lap-chi-tieu-diem-2024.xlsx");
    const run = thidua("template", "--targets", targets, "--config", config, "--village", "Nà Pồng", "--out-dir", out, "--json");
    expect(run.errLines).toEqual([expect.stringMatching(/^bao-cao-na-pong-2024\.xlsx: 3 chỉ tiêu chỉ có mục tiêu chung của xã/u)]);
    expect(run.status).toBe(0);
    const file = run.json().files[0].file;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(["F7", "G7", "H7"].map((a) => sheet.getCell(a).value)).toEqual(["Ghi chú", "Điểm chuẩn", "Điểm tự chấm"]);
    expect(sheet.getCell("G8").value).toBe(15);
    expect(sheet.getCell("G8").protection?.locked).not.toBe(false);
    expect(sheet.getCell("H8").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("H8").dataValidation).toMatchObject({ type: "decimal", operator: "between", showErrorMessage: true, promptTitle: "Điểm tự chấm" });
    expect(String(sheet.getCell("H8").dataValidation.error)).toMatch(/^Điểm tự chấm phải là một số từ -?[\d,]+ đến [\d,]+/u);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    const back = thidua("validate", file, "--config", config, "--json").json();
    expect(back.indicators.map((i: { name: string }) => i.name)).toHaveLength(8);
    expect(new Set(back.findings.map((f: { code: string }) => f.code))).toEqual(new Set(["value/missing", "target/missing"]));
    const read = thidua("indicators", file, "--json").json();
    expect(read.indicators.map((i: { maxPoints?: number }) => i.maxPoints)).toEqual([15, 15, 10, 15, 15, 10, 10, 10]);

    const ratio = thidua("template", "--targets", targets, "--village", "Nà Pồng", "--out-dir", dir("diem-ty-le"), "--json");
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.readFile(ratio.json().files[0].file);
    expect(plain.worksheets[0].getCell("G7").value).toBeNull();
  });

  it("leaves out an indicator a template: false rule names, and a rule that matches nothing is an error naming it", async () => {
    const config = dir("bo-chi-tieu.json");
    writeFileSync(config, JSON.stringify({ year: 2024, indicators: [{ match: "thu ngân sách", template: false }, { match: "thu ngan sach nha nuoc xa", template: false }] }));
    const run = thidua("template", "--targets", samples.targets, "--config", config, "--village", "Nà Lầu", "--out-dir", dir("bo"), "--json");
    expect(run.status).toBe(2);
    const json = run.json();
    expect(json.files).toEqual([expect.objectContaining({ indicators: 45 })]);
    expect(json.findings).toEqual([expect.objectContaining({ code: "config/rule-matches-nothing", severity: "error", sheet: "bo-chi-tieu.json" })]);
    expect(run.errLines[0]).toMatch(/quy tắc "thu ngan sach nha nuoc xa" \(indicators\[1\]\.match\) không khớp với tên chỉ tiêu nào/u);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(json.files[0].file);
    const names: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => names.push(row.getCell(2).value));
    expect(names).not.toContain("Thu ngân sách nhà nước trên địa bàn");
    expect(names).toContain("Tỷ lệ giải ngân các nguồn vốn đầu tư");
  });

  it("under the points method says which indicators have no maximum points", () => {
    const config = dir("diem-thieu.json");
    writeFileSync(config, JSON.stringify({ year: 2024, method: "points", indicators: [{ match: "thu ngân sách", points: 10 }] }));
    const run = thidua("template", "--targets", samples.targets, "--config", config, "--village", "Nà Lầu", "--out-dir", dir("diem-thieu"));
    expect(run.status).toBe(0);
    expect(run.errLines).toContain(
      'bao-cao-na-lau-2024.xlsx: 45 chỉ tiêu không có điểm chuẩn (không có "points" trong cấu hình, không có cột Điểm chuẩn trong bảng chỉ tiêu): ô Điểm chuẩn để trống, thôn không tự chấm và chỉ tiêu không được tính điểm.',
    );
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
        expect(run.errLines).toEqual([expect.stringMatching(/^Không ghi được vào thư mục .*: đường dẫn sau --out-dir là một tệp, không phải thư mục\..*Không tệp nào được ghi/u)]);
      }
      if (process.getuid?.() !== 0) {
        const run = thidua("template", "--targets", samples.targets, "--village", "Nà Lầu", "--out-dir", blocked);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain("không có quyền ghi vào thư mục này");
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
