import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CROPS_TARGETS, cropsReport, SCHOOLS_TARGETS } from "../fixtures/sameNameParents";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

let dir: string;
const file = (name: string) => path.join(dir, name);
const AT_TARGET = { lua: [120, 55, 660], ngo: [40, 50, 200], poor: 12 };

/** A workbook as a clerk types it: the title rows merged across the table, bold headings. */
async function writeClerkWorkbook(name: string, sheet: string, rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  const width = Math.max(...rows.map((row) => row.length));
  rows.forEach((row, index) => {
    worksheet.getRow(index + 1).values = row.map((value) => (value === "" ? null : value)) as ExcelJS.CellValue[];
  });
  for (let row = 1; row <= rows.length && rows[row - 1].slice(1).every((value) => value === ""); row++) {
    worksheet.mergeCells(row, 1, row, width);
    worksheet.getRow(row).font = { bold: true };
  }
  await workbook.xlsx.writeFile(file(name));
}

beforeAll(async () => {
  await ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-parents-"));
  await writeClerkWorkbook("chi-tieu.xlsx", "Chỉ tiêu 2024", CROPS_TARGETS);
  await writeClerkWorkbook("truong-hoc.xlsx", "Chỉ tiêu 2024", SCHOOLS_TARGETS);
  await writeClerkWorkbook("na-lau.xlsx", "Báo cáo", cropsReport("Nà Lầu", AT_TARGET));
  await writeClerkWorkbook("khuoi-lung.xlsx", "Báo cáo", cropsReport("Khuổi Lùng", { lua: [132, 60.5, 726], ngo: [20, "", 100], poor: 12 }));
  await writeClerkWorkbook("tat-ma.xlsx", "Báo cáo", cropsReport("Tát Mạ", { ...AT_TARGET, poor: 10 }, true));
  await writeClerkWorkbook("na-meo.xlsx", "Báo cáo", [...cropsReport("Nà Mèo", AT_TARGET, true).slice(0, 7), ["2", "Số hộ nghèo giảm trong năm", "Hộ", 12, 12]]);
  await writeClerkWorkbook("dau-nhay.xlsx", "Chỉ tiêu 2024", [
    ["KẾ HOẠCH CHỈ TIÊU Y TẾ NĂM 2024", "", "", ""],
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"],
    ["A", "B", 1, 2],
    ["1", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", 95],
    ["2", "Tỷ lệ phụ nữ có thai được tiêm phòng uốn ván", "〃", "nt"],
  ]);
}, 180_000);

type IndicatorJson = { id: string; name: string; path: string[]; target: unknown; unit: string | null; actual?: unknown; status?: string };
type FindingJson = { code: string; cell: string | null; indicator?: string; message?: string };

describe("thidua on a target list with the same names under different crops and schools (issue 23)", () => {
  it("lists each crop's Diện tích, Năng suất, Sản lượng as its own indicator, with no duplicate finding", () => {
    const run = thidua("indicators", file("chi-tieu.xlsx"), "--json");
    expect(run.status).toBe(0);
    const { indicators, findings } = run.json() as { indicators: IndicatorJson[]; findings: FindingJson[] };
    expect(indicators.map((i) => [i.path.at(-1) ?? null, i.name, i.target])).toEqual([
      ["Lúa", "Diện tích", 120],
      ["Lúa", "Năng suất", 55],
      ["Lúa", "Sản lượng", 660],
      ["Ngô", "Diện tích", 40],
      ["Ngô", "Năng suất", 50],
      ["Ngô", "Sản lượng", 200],
      [null, "Số hộ nghèo giảm trong năm", 12],
    ]);
    expect(new Set(indicators.map((i) => i.id)).size).toBe(7);
    expect(findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("keeps Tỷ lệ phòng học kiên cố of the kindergarten and of the primary school apart", () => {
    const { indicators, findings } = thidua("indicators", file("truong-hoc.xlsx"), "--json").json() as { indicators: IndicatorJson[]; findings: FindingJson[] };
    expect(indicators.filter((i) => i.name === "Tỷ lệ phòng học kiên cố").map((i) => [i.path.at(-1), i.target])).toEqual([
      ["Trường mầm non", 80],
      ["Trường tiểu học", 90],
    ]);
    expect(findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("validates an empty Ngô yield as value/missing, each crop against its own targets", () => {
    const json = thidua("validate", file("khuoi-lung.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json").json() as { village: string; indicators: IndicatorJson[]; findings: FindingJson[] };
    expect(json.village).toBe("Khuổi Lùng");
    expect(json.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ["Diện tích", 120, 132],
      ["Năng suất", 55, 60.5],
      ["Sản lượng", 660, 726],
      ["Diện tích", 40, 20],
      ["Năng suất", 50, null],
      ["Sản lượng", 200, 100],
      ["Số hộ nghèo giảm trong năm", 12, 12],
    ]);
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "value/missing", cell: "E11", indicator: "Năng suất" }));
    expect(json.findings.map((f) => f.code)).not.toContain("row/duplicate-indicator");
  });

  it("validates a report without the crop rows by the order of its rows, with no row finding", () => {
    const json = thidua("validate", file("tat-ma.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json").json() as { indicators: IndicatorJson[]; findings: FindingJson[] };
    expect(json.indicators.map((i) => [i.id, i.actual])).toEqual([
      ["1 san xuat nong nghiep/lua/dien tich", 120],
      ["1 san xuat nong nghiep/lua/nang suat", 55],
      ["1 san xuat nong nghiep/lua/san luong", 660],
      ["1 san xuat nong nghiep/ngo/dien tich", 40],
      ["1 san xuat nong nghiep/ngo/nang suat", 50],
      ["1 san xuat nong nghiep/ngo/san luong", 200],
      ["so ho ngheo giam trong nam", 10],
    ]);
    expect(json.findings.filter((f) => f.code.startsWith("row/"))).toEqual([]);
  });

  it.each([
    ["vi", 'có ở nhiều mục của bảng chỉ tiêu giao "Chỉ tiêu 2024" (Lúa, Ngô)', 'Hãy ghi tên mục (ví dụ "Lúa")'],
    ["en", 'holds the indicator "Diện tích" under several headings (Lúa, Ngô)', 'Write the heading\'s row (such as "Lúa")'],
  ])("says in %s which crops a row without its crop row could be, and never to delete it", (lang, names, advice) => {
    const json = thidua("validate", file("na-meo.xlsx"), "--targets", file("chi-tieu.xlsx"), "--lang", lang, "--json").json() as { findings: FindingJson[] };
    const ambiguous = json.findings.filter((f) => f.code === "row/ambiguous-indicator");
    expect(ambiguous.map((f) => [f.cell, f.indicator])).toEqual([
      ["B5", "Diện tích"],
      ["B6", "Năng suất"],
      ["B7", "Sản lượng"],
    ]);
    expect(ambiguous[0].message).toContain("B5");
    expect(ambiguous[0].message).toContain(names);
    expect(ambiguous[0].message).toContain(advice);
    for (const f of json.findings) expect(f.message).not.toMatch(/xóa|delete/iu);
  });

  it("ranks on every crop's rows: the village with an empty Ngô yield does not rise on its Lúa", () => {
    const run = thidua("rank", file("na-lau.xlsx"), file("khuoi-lung.xlsx"), file("tat-ma.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json");
    expect(run.status).toBe(0);
    const villages: { village: string; rank: number; score: number; met: number; scored: number; prize: string | null }[] = run.json().villages;
    expect(villages.map((v) => [v.village, v.rank, v.score, `${v.met}/${v.scored}`, v.prize])).toEqual([
      ["Nà Lầu", 1, 100, "7/7", "Giải Nhất"],
      ["Tát Mạ", 2, 97.62, "6/7", "Giải Nhì"],
      ["Khuổi Lùng", 3, 75.71, "4/7", "Giải Ba"],
    ]);
  });

  it("reads ditto marks as the row above's unit and target, and the row of column numbers as part of the header", () => {
    const { indicators, findings } = thidua("indicators", file("dau-nhay.xlsx"), "--json").json() as { indicators: IndicatorJson[]; findings: FindingJson[] };
    expect(indicators.map((i) => [i.name, i.unit, i.target])).toEqual([
      ["Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", 95],
      ["Tỷ lệ phụ nữ có thai được tiêm phòng uốn ván", "%", 95],
    ]);
    expect(findings).toEqual([]);
  });
});
