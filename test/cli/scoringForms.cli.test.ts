import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { communeTable, criterionTable, type FormSheet, modelOf, oneRowForm, twoRowForm } from "../core/table/scoringFormSheets";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-forms-"));
const file = (name: string) => path.join(dir, name);

async function workbook(name: string, form: FormSheet): Promise<string> {
  await writeWorkbook(file(name), [modelOf(form)]);
  return file(name);
}

let table: string;
let naLau: string;
let khuoiKham: string;
let criteria: string;
let legacyXls: string;
const config = file("cau-hinh.json");

beforeAll(async () => {
  await ensureBuiltCli();
  table = await workbook("bang-diem-xa.xlsx", communeTable());
  naLau = await workbook("na-lau.xlsx", oneRowForm("Nà Lầu"));
  khuoiKham = await workbook("khuoi-kham.xlsx", twoRowForm("Khuổi Khâm"));
  criteria = await workbook("tieu-chi.xlsx", criterionTable());
  // the two-row form saved as Excel 97–2003, merges and all
  const form = twoRowForm("Pác Nặm");
  const sheet = XLSX.utils.aoa_to_sheet(form.rows);
  sheet["!merges"] = form.merges.map((range) => XLSX.utils.decode_range(range));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, form.name);
  legacyXls = file("pac-nam.xls");
  writeFileSync(legacyXls, XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
  writeFileSync(config, JSON.stringify({ year: 2024, tiers: [{ name: "Thôn văn hóa", min: 25, groupMinShare: 0.92 }, { name: "Đạt", min: 20 }] }));
}, 180_000);

describe("thidua on scoring forms (points only)", () => {
  it("indicators lists the commune's table of maxima", () => {
    const run = thidua("indicators", table, "--json");
    expect(run.status).toBe(0);
    const indicators = run.json().indicators as { name: string; maxPoints?: number }[];
    expect(indicators.map((indicator) => indicator.maxPoints)).toEqual([20, 5, 2.5, 12.5, 10, 10, 6, 4]);
  });

  it.each([
    ["one header row", () => naLau, 27.5],
    ['"ĐIỂM" merged over "Chuẩn | Tự chấm | Thẩm định"', () => khuoiKham, 27.5],
    ["two header rows, saved as .xls", () => legacyXls, 27.5],
  ])("validate scores a unit's form with %s against the commune's table", (_, form, points) => {
    const run = thidua("validate", form(), "--targets", table, "--json");
    expect(run.stderr).toBe("");
    const json = run.json();
    expect(json.summary).toMatchObject({ points });
    const codes = (json.findings as { code: string; cell: string }[]).map((f) => `${f.code} ${f.cell}`);
    // 3: 13 own, 12 verified; 2 and 4.2 not verified yet
    expect(codes).toEqual(expect.arrayContaining(["points/self-differs D" + String(criterionRow(form(), 3)), "points/unverified D" + String(criterionRow(form(), 2))]));
    expect(codes.some((code) => code.startsWith("sheet/") || code.startsWith("unit/missing") || code.startsWith("target/missing"))).toBe(false);
  });

  it("validate reads a criterion table under Thang điểm with its Cộng row", () => {
    const json = thidua("validate", criteria, "--json").json();
    // 25 + 18 + 25 (own, not verified) + 25
    expect(json.summary).toMatchObject({ points: 93 });
  });

  it("rank ranks the forms by points and gives each its tier, naming the standard that kept one from a tier", () => {
    const run = thidua("rank", naLau, khuoiKham, "--targets", table, "--config", config, "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.method).toBe("points");
    const villages = json.villages as { village: string; score: number; tier: string | null }[];
    // 4 + 2.5 + 12 + 6 + 3 = 27.5 each; standard I earned 18.5 of 20 (92.5 %), standard II 9 of 10 (90 %), below 92 %
    expect(villages.map((v) => [v.village, v.score, v.tier])).toEqual([
      ["Khuổi Khâm", 27.5, "Đạt"],
      ["Nà Lầu", 27.5, "Đạt"],
    ]);
    const floors = (json.findings as { code: string; message: string; details?: Record<string, unknown> }[]).filter((f) => f.code === "points/below-floor");
    expect(floors.map((f) => [f.details?.village, f.details?.group, f.details?.share, f.details?.tier])).toEqual([
      ["Khuổi Khâm", "Đời sống văn hóa, tinh thần lành mạnh, phong phú", 0.9, "Thôn văn hóa"],
      ["Nà Lầu", "Đời sống văn hóa, tinh thần lành mạnh, phong phú", 0.9, "Thôn văn hóa"],
    ]);
    expect(floors[0].message).toContain("90%");
  });
});

// The sheet row of the criterion numbered `tt` in the forms (one or two header rows).
function criterionRow(form: string, tt: number): number {
  const first = form === naLau ? 5 : 6;
  return first + (tt - 1);
}

describe("thidua speaks of a scoring form in points", () => {
  it("validate sums a unit's form up in points and criteria, in both languages, not in indicators met or unknown", () => {
    const vi = thidua("validate", naLau, "--targets", table);
    expect(vi.stdout).toContain("Đạt 27,5/30 điểm (tự chấm 29,5); 5 tiêu chí, 2 chưa thẩm định (tính theo điểm tự chấm);");
    expect(vi.stdout).toMatch(/Tiêu chí\s+Điểm chuẩn\s+Tự chấm\s+Thẩm định\s+Điểm tính/u);
    expect(vi.stdout).not.toMatch(/chưa rõ|Tổng cộng \d+ chỉ tiêu|Tổng điểm:/u);
    const en = thidua("validate", naLau, "--targets", table, "--lang", "en");
    expect(en.stdout).toContain("27.5/30 points (own score 29.5); 5 criteria, 2 not verified yet (own points counted);");
    expect(en.stdout).not.toMatch(/indicators in all|unknown/u);
  });

  it("rank prints no Đạt/Tổng column when every unit is a form", () => {
    const run = thidua("rank", naLau, khuoiKham, "--targets", table, "--config", config);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("Đạt/Tổng");
    expect(run.stdout).toMatch(/Nà Lầu.*27,5/u);
  });
});
