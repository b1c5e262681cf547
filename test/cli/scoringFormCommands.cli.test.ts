import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { communeTable, type FormSheet, modelOf, oneRowForm, twoRowForm } from "../core/table/scoringFormSheets";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-form-commands-"));
const file = (name: string) => path.join(dir, name);

/** A form saved as Excel 97–2003 (.xls) by SheetJS, merges and all. */
function asXls(form: FormSheet, name: string): string {
  const sheet = XLSX.utils.aoa_to_sheet(form.rows);
  sheet["!merges"] = form.merges.map((range) => XLSX.utils.decode_range(range));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, form.name);
  writeFileSync(file(name), XLSX.write(book, { type: "buffer", bookType: "biff8" }) as Buffer);
  return file(name);
}

/**
 * The unit's template as it comes back: own points typed in column D and verified in E (address → points),
 * the SUM formulas' results recalculated as Excel does on saving.
 */
async function fillTemplate(template: string, out: string, typed: Record<string, number>): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(template);
  const sheet = book.worksheets[0];
  for (const [address, value] of Object.entries(typed)) sheet.getCell(address).value = value;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value as { formula?: string } | null;
      if (value !== null && typeof value === "object" && typeof value.formula === "string") cell.value = { formula: value.formula, result: sumOf(value.formula, sheet) };
    }),
  );
  await book.xlsx.writeFile(file(out));
  return file(out);
}

function sumOf(formula: string, sheet: ExcelJS.Worksheet): number {
  let sum = 0;
  for (const range of /^SUM\((.*)\)$/.exec(formula)![1].split(",")) {
    const [from, to = from] = range.split(":");
    for (let row = Number(from.slice(1)); row <= Number(to.slice(1)); row++) {
      const value = sheet.getCell(`${from[0]}${row}`).value;
      if (typeof value === "number") sum += value;
    }
  }
  return sum;
}

let table: string;
let tableXls: string;
let twoRowXls: string;
let naLau: string;
const outDir = file("mau");
const ratio = file("ty-le.json");
const open = file("xa-tham-dinh.json");

beforeAll(async () => {
  await ensureBuiltCli();
  await writeWorkbook(file("bang-diem-xa.xlsx"), [modelOf(communeTable())]);
  table = file("bang-diem-xa.xlsx");
  tableXls = asXls(communeTable(), "bang-diem-xa.xls");
  twoRowXls = asXls(twoRowForm("Pác Nặm"), "pac-nam.xls");
  await writeWorkbook(file("na-lau.xlsx"), [modelOf(oneRowForm("Nà Lầu"))]);
  naLau = file("na-lau.xlsx");
  writeFileSync(ratio, JSON.stringify({ year: 2024, method: "ratio" }));
  writeFileSync(open, JSON.stringify({ year: 2024, communeFilled: true }));
}, 180_000);

describe("the command line on scoring forms", () => {
  it("indicators lists the commune's table saved as .xls, 5 điểm and 2,5 read as points", () => {
    const run = thidua("indicators", tableXls, "--json");
    expect(run.status).toBe(0);
    const indicators = run.json().indicators as { tt: string; maxPoints?: number }[];
    expect(indicators.map((i) => [i.tt, i.maxPoints])).toEqual([
      ["I", 20], ["1", 5], ["2", 2.5], ["3", 12.5], ["II", 10], ["4", 10], ["4.1", 6], ["4.2", 4],
    ]);
  });

  it('indicators reads a unit\'s form saved as .xls with "ĐIỂM" over "Chuẩn | Tự chấm | Thẩm định"', () => {
    const run = thidua("indicators", twoRowXls, "--json");
    expect(run.status).toBe(0);
    expect((run.json().indicators as unknown[]).length).toBe(8);
  });

  it("rank takes a one-row form and a two-row .xls form against the commune's table saved as .xls", () => {
    const run = thidua("rank", naLau, twoRowXls, "--targets", tableXls, "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.method).toBe("points");
    const villages = json.villages as { village: string; score: number; standards: { tt: string; earned: number; max: number }[] }[];
    expect(villages.map((v) => [v.village, v.score])).toEqual([["Nà Lầu", 27.5], ["Pác Nặm", 27.5]]);
    expect(villages[0].standards).toEqual([
      { tt: "I", name: "Đời sống kinh tế ổn định và từng bước phát triển", earned: 18.5, max: 20 },
      { tt: "II", name: "Đời sống văn hóa, tinh thần lành mạnh, phong phú", earned: 9, max: 10 },
    ]);
    // no targets to total: the units' points per standard and criterion instead
    expect(json.totals).toEqual([]);
    const points = json.points as { tt: string; max: number; units: { village: string; own: number | null; verified: number | null }[] }[];
    expect(points.find((row) => row.tt === "I")).toMatchObject({ max: 20, units: [{ village: "Nà Lầu", own: 20.5, verified: 16 }, { village: "Pác Nặm", own: 20.5, verified: 16 }] });
    expect(points.find((row) => row.tt === "4.2")?.units[0]).toEqual({ village: "Nà Lầu", own: 3, verified: null });
  });

  it("rank --out writes the ranking sheet with a column per standard and the points of every unit across the criteria", async () => {
    const out = file("xep-hang.xlsx");
    const run = thidua("rank", naLau, twoRowXls, "--targets", table, "--out", out);
    expect(run.status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Xếp hạng thi đua 2024", "Tổng hợp kết quả 2024"]);
    const texts = (sheet: ExcelJS.Worksheet) => {
      const all: unknown[] = [];
      sheet.eachRow((row) => row.eachCell((cell) => all.push(cell.value)));
      return all;
    };
    expect(texts(book.worksheets[0])).toEqual(expect.arrayContaining(["Tiêu chuẩn I (20 điểm)", "Tiêu chuẩn II (10 điểm)", 18.5, 9]));
    expect(texts(book.worksheets[1])).toEqual(expect.arrayContaining(["Tự chấm", "Thẩm định", "Tổng cộng"]));
  });

  it("rank prints each unit's subtotal per standard and the standard that kept it from a tier", () => {
    const floors = file("san.json");
    writeFileSync(floors, JSON.stringify({ year: 2024, tiers: [{ name: "Thôn văn hóa", min: 25, groupMinShare: 0.92 }, { name: "Đạt", min: 20 }] }));
    const run = thidua("rank", naLau, "--targets", table, "--config", floors);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Hạng\s+Thôn\s+I\s+II\s+Điểm/);
    expect(run.stdout).toMatch(/Nà Lầu\s+18,50\s+9,00\s+27,50/);
    expect(run.stdout).toContain('Nà Lầu: Không xếp loại "Thôn văn hóa": Tiêu chuẩn II: 9/10 điểm, dưới mức tối thiểu 9,2');
  });

  it("rank and validate refuse the ratio method on a scoring form, naming the setting and the form", () => {
    const ranked = thidua("rank", naLau, "--targets", table, "--config", ratio);
    expect(ranked.status).toBe(2);
    expect(ranked.stderr).toContain('"method"');
    expect(ranked.stderr).toContain('"Nà Lầu"');
    expect(ranked.stderr).toContain("ty-le.json");
    const english = thidua("validate", naLau, "--config", ratio, "--lang", "en");
    expect(english.status).toBe(2);
    expect(english.stderr).toContain("scoring form");
    expect(english.stderr).toContain("no target to compute a ratio from");
  });

  describe("template", () => {
    let template: string;

    beforeAll(() => {
      const run = thidua("template", "--targets", table, "--village", "Nà Lầu", "--village", "Khuổi Khâm", "--out-dir", outDir, "--json");
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const files = run.json().files as { village: string; file: string; indicators: number }[];
      expect(files.map((f) => [f.village, path.basename(f.file), f.indicators])).toEqual([
        ["Nà Lầu", "bao-cao-na-lau-2024.xlsx", 5],
        ["Khuổi Khâm", "bao-cao-khuoi-kham-2024.xlsx", 5],
      ]);
      template = files[0].file;
    });

    it("writes a scoring form per unit with the subtotals as formulas and Điểm thẩm định locked", async () => {
      expect(readdirSync(outDir).sort()).toEqual(["bao-cao-khuoi-kham-2024.xlsx", "bao-cao-na-lau-2024.xlsx"]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(template);
      const sheet = book.worksheets[0];
      expect(sheet.getCell("D8").value).toMatchObject({ formula: "SUM(D9:D11)" });
      expect(sheet.getCell("D9").protection?.locked).toBe(false);
      expect(sheet.getCell("E9").protection?.locked).not.toBe(false);
      expect(sheet.getCell("E9").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 5] });
    });

    it("takes the commune's table saved as .xls, and a unit's one-row form saved as .xls reads as the .xlsx does", () => {
      const run = thidua("template", "--targets", tableXls, "--village", "Tổ dân phố 3", "--out-dir", file("mau-xls"), "--json");
      expect(run.status).toBe(0);
      expect((run.json().files as { file: string; indicators: number }[]).map((f) => [path.basename(f.file), f.indicators])).toEqual([["bao-cao-to-dan-pho-3-2024.xlsx", 5]]);
      const oneRowXls = asXls(oneRowForm("Nà Lầu"), "na-lau.xls");
      const [xls, xlsx] = [oneRowXls, naLau].map((form) => thidua("validate", form, "--targets", tableXls, "--json").json());
      expect(xls.summary).toEqual(xlsx.summary);
      expect(xls.summary).toMatchObject({ points: 27.5 });
    });

    it("opens Điểm thẩm định when the commune fills it in the units' forms", async () => {
      const run = thidua("template", "--targets", table, "--village", "Nà Lầu", "--config", open, "--out-dir", file("mau-mo"), "--json");
      expect(run.status).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile((run.json().files as { file: string }[])[0].file);
      expect(book.worksheets[0].getCell("E9").protection?.locked).toBe(false);
    });

    it("validate reads the unfilled form back as the unit's, every criterion value/missing", () => {
      const run = thidua("validate", template, "--targets", table, "--json");
      expect(run.status).toBe(1);
      const json = run.json();
      expect(json.village).toBe("Nà Lầu");
      const codes = (json.findings as { code: string }[]).map((f) => f.code);
      expect(codes.filter((code) => code === "value/missing").length).toBe(5);
      expect(codes.filter((code) => code !== "value/missing" && code !== "points/unverified")).toEqual([]);
    });

    it("validate and rank score the filled forms on their criteria", async () => {
      // rows 9–11 criteria 1–3 of I, row 13 is item 4, rows 14–15 its 4.1 and 4.2
      const own = { D9: 5, D10: 2.5, D11: 12, D14: 6, D15: 4 };
      const filled = await fillTemplate(template, "na-lau-da-cham.xlsx", { ...own, E9: 4, E10: 2.5, E11: 12, E14: 6, E15: 2 });
      const other = await fillTemplate(template.replace("na-lau", "khuoi-kham"), "khuoi-kham-da-cham.xlsx", own);
      const validated = thidua("validate", filled, "--targets", table, "--json");
      expect(validated.status).toBe(0);
      expect(validated.json().summary).toMatchObject({ points: 26.5, selfPoints: 29.5 });
      const ranked = thidua("rank", filled, other, "--targets", table, "--json");
      expect(ranked.status).toBe(0);
      expect((ranked.json().villages as { village: string; score: number }[]).map((v) => [v.village, v.score])).toEqual([
        ["Khuổi Khâm", 29.5],
        ["Nà Lầu", 26.5],
      ]);
    });
  });
});
