import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

// Wrong results from hostile or careless inputs: each case is built in a temporary folder.

const ROWS: [string, string, number][] = [
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
  ["Số lao động được giải quyết việc làm", "Lao động", 10],
  ["Tỷ lệ hộ dân tham gia bảo hiểm y tế", "%", 95],
];

let dir: string;
const file = (name: string) => path.join(dir, name);
const hash = (name: string) => createHash("sha256").update(readFileSync(file(name))).digest("hex");

async function writeReport(name: string, title: string, rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Báo cáo");
  sheet.addRow([title]);
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
  rows.forEach((row, index) => sheet.addRow([index + 1, ...row]));
  await workbook.xlsx.writeFile(file(name));
}

beforeAll(async () => {
  await ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-hostile-"));
  const targets = new ExcelJS.Workbook();
  const sheet = targets.addWorksheet("Chỉ tiêu");
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]);
  ROWS.forEach(([name, unit, target], index) => sheet.addRow([index + 1, name, unit, target]));
  await targets.xlsx.writeFile(file("chi-tieu.xlsx"));
  // Each indicator a little short of its target, but all of them reported.
  await writeReport("khuon-lung.xlsx", "THÔN KHUÔN LÙNG", ROWS.map(([name, unit, target]) => [name, unit, target, target * 0.95]));
  await writeReport("na-lau.xlsx", "THÔN NÀ LẦU", ROWS.map(([name, unit, target]) => [name, unit, target, target * 0.9]));
  // Only its best indicator.
  await writeReport("nam-din.xlsx", "THÔN NẶM ĐIN", [[ROWS[1][0], "%", 97, 100]]);
  // Another commune's template: no row matches.
  await writeReport("pac-la.xlsx", "THÔN PÁC LẠ", [
    ["Diện tích rừng trồng mới", "Ha", 50, 80],
    ["Số trâu bò xuất chuồng", "Con", 100, 160],
  ]);
  // A row pasted twice, and no row for the similar "cận nghèo" target.
  const twice: [string, string, number][] = [
    ["Tỷ lệ hộ nghèo", "%", 5],
    ["Tỷ lệ hộ cận nghèo", "Hộ", 8],
  ];
  const similar = new ExcelJS.Workbook();
  const similarSheet = similar.addWorksheet("Chỉ tiêu");
  similarSheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]);
  twice.forEach(([name, unit, target], index) => similarSheet.addRow([index + 1, name, unit, target]));
  await similar.xlsx.writeFile(file("chi-tieu-ngheo.xlsx"));
  await writeReport("hai-lan.xlsx", "THÔN HAI LẦN", [
    ["Tỷ lệ hộ nghèo", "%", 5, 4],
    ["Tỷ lệ hộ nghèo", "%", 5, 4],
  ]);
  // A file written by a program: formulas without their values.
  const program = new ExcelJS.Workbook();
  const programSheet = program.addWorksheet("Báo cáo");
  programSheet.addRow(["THÔN CÔNG THỨC"]);
  programSheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tổ 1", "Tổ 2"]);
  programSheet.addRow([1, ROWS[0][0], "Hộ", 6, null, 3, 4]);
  programSheet.getCell("E3").value = { formula: "SUM(F3:G3)" } as ExcelJS.CellFormulaValue;
  await program.xlsx.writeFile(file("cong-thuc.xlsx"));
  // Calculated by Excel: a formula whose result is "" is stored without a value, beside others with theirs.
  programSheet.addRow([2, ROWS[1][0], "%", 97, null, 97, 0]);
  programSheet.getCell("E4").value = { formula: "F4", result: 97 } as ExcelJS.CellFormulaValue;
  await program.xlsx.writeFile(file("cong-thuc-excel.xlsx"));
  writeFileSync(file("sau.json"), `{"year": 2024, "cap": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
  writeFileSync(file("hai-khoa.json"), '{\n  "year": 2024,\n  "cap": 1.5,\n  "cap": 1.2\n}\n');
  writeFileSync(file("tien.json"), '{"year": 2024, "prizes": [{"name": "Giải Nhất", "amount": 1}], "indicators": [{"match": "hộ nghèo", "weight": 1e308}]}');
}, 180_000);

describe("a report that matches no target", () => {
  it("validate: report/nothing-scored, exit 1", () => {
    const run = thidua("validate", file("pac-la.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json");
    expect(run.status).toBe(1);
    expect(run.json().findings).toContainEqual(expect.objectContaining({ code: "report/nothing-scored", severity: "error" }));
  });

  it("rank: last, no prize, with the reason; the inputs are unchanged", () => {
    const before = ["khuon-lung.xlsx", "pac-la.xlsx", "chi-tieu.xlsx"].map(hash);
    const run = thidua("rank", file("khuon-lung.xlsx"), file("pac-la.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json", "--lang", "en");
    expect(run.status).toBe(0);
    const villages = run.json().villages;
    expect(villages.map((v: { village: string }) => v.village)).toEqual(["Khuôn Lùng", "Pác Lạ"]);
    expect(villages[1]).toMatchObject({ eligible: false, prize: null, reason: "Not eligible for a prize: nothing in the report could be scored" });
    expect(villages[0]).toMatchObject({ prize: "Giải Nhất" });
    expect(["khuon-lung.xlsx", "pac-la.xlsx", "chi-tieu.xlsx"].map(hash)).toEqual(before);
  });
});

describe("villages compared on one basis", () => {
  it("a report listing only its best indicator does not beat villages that reported everything", () => {
    const run = thidua("rank", file("khuon-lung.xlsx"), file("na-lau.xlsx"), file("nam-din.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json");
    const villages = run.json().villages;
    expect(villages.map((v: { village: string; prize: string | null }) => [v.village, v.prize])).toEqual([
      ["Khuôn Lùng", "Giải Nhất"],
      ["Nà Lầu", "Giải Nhì"],
      ["Nặm Đin", "Giải Ba"],
    ]);
    expect(villages[2]).toMatchObject({ scored: 4, met: 1 });
    const missing = run.json().findings.filter((f: { code: string }) => f.code === "row/missing-indicator");
    expect(missing).toHaveLength(3);
    expect(missing[0]).toMatchObject({ severity: "warning", sheet: "Báo cáo" });
  });

  it("without targets, says the reports hold different indicators and names the village", () => {
    const run = thidua("rank", file("khuon-lung.xlsx"), file("nam-din.xlsx"), "--json");
    const different = run.json().findings.filter((f: { code: string }) => f.code === "rank/different-indicators");
    expect(different).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(different[0].message).toContain("Nặm Đin");
  });
});

describe("a row pasted twice", () => {
  it("gives only the duplicate warning: no false unit error, exit 0", () => {
    const run = thidua("validate", file("hai-lan.xlsx"), "--targets", file("chi-tieu-ngheo.xlsx"), "--json");
    const codes = run.json().findings.map((f: { code: string }) => f.code);
    expect(codes).toContain("row/duplicate-indicator");
    expect(codes).not.toContain("unit/mismatch");
    expect(run.status).toBe(0);
  });
});

describe("a formula never calculated", () => {
  it("is value/uncalculated: open it in Excel, save, run again; exit 1", () => {
    const run = thidua("validate", file("cong-thuc.xlsx"), "--json", "--lang", "en");
    expect(run.status).toBe(1);
    const found = run.json().findings.filter((f: { cell: string }) => f.cell === "E3");
    expect(found).toEqual([expect.objectContaining({ code: "value/uncalculated", severity: "error" })]);
    expect(found[0].message).toContain("=SUM(F3:G3)");
    expect(found[0].message).toContain("Open it in Excel, save, and run again.");
    expect(thidua("validate", file("cong-thuc.xlsx")).stdout).toContain("Hãy mở tệp bằng Excel, lưu lại rồi chạy lại.");
  });

  it("in a file Excel calculated (other formulas have values), a formula without one is a blank result", () => {
    const run = thidua("validate", file("cong-thuc-excel.xlsx"), "--json");
    const codes = run.json().findings.filter((f: { cell: string }) => f.cell === "E3").map((f: { code: string }) => f.code);
    expect(codes).toEqual(["value/missing"]);
  });
});

describe("a hostile configuration", () => {
  it("nested 100 000 levels deep: the schema's error, exit 2, no stack overflow", () => {
    const run = thidua("rank", file("khuon-lung.xlsx"), "--config", file("sau.json"), "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the setting "cap" must be a number');
    expect(run.stderr).not.toMatch(/call stack|^\s+at\s/mu);
  });

  it("a key written twice: a warning naming the key and its line; the ranking still runs", () => {
    const run = thidua("rank", file("khuon-lung.xlsx"), "--config", file("hai-khoa.json"), "--lang", "en");
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('the setting "cap" is written twice (again at line 4)');
  });

  it("a weight of 1e308: refused by the schema, never NaN scores with prizes", () => {
    const run = thidua("rank", file("khuon-lung.xlsx"), "--config", file("tien.json"), "--lang", "en");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"indicators[0].weight" must be at most 1,000,000');
    expect(run.stdout).not.toContain("NaN");
  });
});
