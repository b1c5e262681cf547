import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { VILLAGE_WORDS } from "../../src/core/table/villageWords";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

// docs/reading-tables.md#layouts item 2, docs/scoring.md#roster, docs/outputs.md#report-templates and docs/outputs.md#command-line through the command line: village words, the title block, one
// village key, the templates' village line. Every workbook is typed the way a clerk types it.

jest.setTimeout(120_000);

const ROWS: [string, string, number][] = [
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
  ["Số lao động được giải quyết việc làm", "Lao động", 10],
];

let dir: string;
const file = (name: string) => path.join(dir, name);

/** A report: title lines merged across the table's width, the header, the rows with their actuals. */
async function writeReport(name: string, title: string[], actuals: number[], sheetName = "Sheet1"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  title.forEach((line, index) => {
    sheet.addRow([line]);
    sheet.mergeCells(index + 1, 1, index + 1, 5);
  });
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
  ROWS.forEach(([indicator, unit, target], index) => sheet.addRow([index + 1, indicator, unit, target, actuals[index]]));
  await workbook.xlsx.writeFile(file(name));
  return file(name);
}

beforeAll(async () => {
  await ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-village-words-"));
}, 180_000);

describe("villages through the command line", () => {
  it('recognises Southern hamlets ("Ấp: Tân Hòa") against the roster', async () => {
    const files = [
      await writeReport("bao-cao-1.xlsx", ["UBND XÃ TÂN PHÚ", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024", "Ấp: Tân Hòa"], [6, 97, 10]),
      await writeReport("bao-cao-2.xlsx", ["UBND XÃ TÂN PHÚ", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 CỦA ẤP TÂN LỢI"], [5, 97, 9]),
    ];
    writeFileSync(file("ap.json"), JSON.stringify({ year: 2024, villages: ["Ấp Tân Hòa", "Ấp Tân Lợi", "Ấp Mỹ Hòa"] }));
    const run = thidua("rank", ...files, "--config", file("ap.json"), "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.villages.map((v: { village: string }) => v.village).sort()).toEqual(["Ấp Tân Hòa", "Ấp Tân Lợi"]);
    expect(json.missing).toEqual(["Ấp Mỹ Hòa"]);
    expect(json.findings.filter((f: { code: string }) => f.code === "village/not-in-roster")).toEqual([]);
  });

  it('reads "UBND XÃ BẢN LUỐC" above "Thôn: Tát Ngà" as the village Tát Ngà, in validate and in rank', async () => {
    const tatNga = await writeReport("tat-nga.xlsx", ["UBND XÃ BẢN LUỐC", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024", "Thôn: Tát Ngà"], [6, 97, 10]);
    const naNgan = await writeReport("na-ngan.xlsx", ["UBND XÃ BẢN LUỐC", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024", "Thôn: Nà Ngần"], [5, 97, 9]);
    expect(thidua("validate", tatNga, "--json").json().village).toBe("Tát Ngà");
    const run = thidua("rank", tatNga, naNgan, "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.villages.map((v: { village: string }) => v.village).sort()).toEqual(["Nà Ngần", "Tát Ngà"]);
    expect(json.findings.filter((f: { code: string }) => f.code.startsWith("village/"))).toEqual([]);
  });

  it('holds back "Thôn 3", "Thôn số 3" and "Thôn 03" as village/duplicate-report', async () => {
    const files = [
      await writeReport("thon-3.xlsx", ["THÔN 3"], [6, 97, 10]),
      await writeReport("thon-so-3.xlsx", ["Thôn: số 3"], [3, 90, 5]),
      await writeReport("thon-03.xlsx", ["Tên thôn: 03"], [7, 99, 12]),
      await writeReport("to-dan-pho-3.xlsx", ["TỔ DÂN PHỐ 3"], [6, 97, 10]),
    ];
    const run = thidua("rank", ...files, "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.villages.map((v: { village: string }) => v.village)).toEqual(["Tổ dân phố 3"]);
    expect(json.unranked).toEqual(["Thôn 3"]);
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "village/duplicate-report", severity: "error", file: files[0] }));
  });

  it("prints no indicator of the table as the commune on the ranking sheet", async () => {
    const targets = new ExcelJS.Workbook();
    const sheet = targets.addWorksheet("Chỉ tiêu");
    sheet.addRow(["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"]);
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]);
    sheet.addRow([1, "Xã đạt chuẩn nông thôn mới nâng cao", "Đạt", "Đạt"]);
    ROWS.forEach(([indicator, unit, target], index) => sheet.addRow([index + 2, indicator, unit, target]));
    await targets.xlsx.writeFile(file("chi-tieu-ntm.xlsx"));
    const report = await writeReport("na-lau.xlsx", ["THÔN NÀ LẦU"], [6, 97, 10]);
    const out = file("xep-hang.xlsx");
    const run = thidua("rank", report, "--targets", file("chi-tieu-ntm.xlsx"), "--out", out, "--json");
    expect(run.status).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const texts = written.worksheets[0].getSheetValues().flat().filter((value): value is string => typeof value === "string");
    expect(texts.some((text) => /ĐẠT CHUẨN/u.test(text))).toBe(false);
    expect(texts).toContain("XÃ ……");
  });
});

describe("templates through the command line", () => {
  const names = ["Mới", "Chài", "Tân Hòa", "Đôn", "Bu Prâng", "Ia Grai", "Trà Cú", "Cổ Loa", "Trung", "Bình Minh", "Tây", "Đông", "Nam Sơn", "Bắc Hà", "Hạ", "Thượng"];
  const villages = VILLAGE_WORDS.map((entry, index) => `${entry.word} ${names[index]}`);

  it("writes a template for every village word that comes back as its village, roster and adjustments included", async () => {
    const targets = new ExcelJS.Workbook();
    const sheet = targets.addWorksheet("Chỉ tiêu");
    sheet.addRow(["UBND XÃ BẢN LUỐC"]);
    sheet.addRow(["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"]);
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]);
    ROWS.forEach(([indicator, unit, target], index) => sheet.addRow([index + 1, indicator, unit, target]));
    await targets.xlsx.writeFile(file("chi-tieu.xlsx"));
    const out = file("mau");
    const written = thidua("template", "--targets", file("chi-tieu.xlsx"), ...villages.flatMap((village) => ["--village", village]), "--out-dir", out, "--json");
    expect(written.status).toBe(0);
    const templates: { village: string; file: string }[] = written.json().files;
    expect(templates.map((t) => t.village)).toEqual(villages);
    // Each template filled with its targets, then ranked against the roster with one adjustment each.
    for (const template of templates) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(template.file);
      const ws = workbook.worksheets[0];
      ws.eachRow((row) => {
        if (typeof row.getCell(4).value === "number") row.getCell(5).value = row.getCell(4).value;
      });
      await workbook.xlsx.writeFile(template.file);
    }
    writeFileSync(file("cfg.json"), JSON.stringify({ year: 2024, villages, adjustments: villages.map((village) => ({ village, points: 1, reason: "Cờ" })) }));
    const run = thidua("rank", ...templates.map((t) => t.file), "--config", file("cfg.json"), "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.missing).toEqual([]);
    expect(json.findings.filter((f: { code: string }) => f.code.startsWith("village/"))).toEqual([]);
    expect(json.villages.map((v: { village: string }) => v.village).sort()).toEqual([...villages].sort());
  });

  it("writes a working template for a village named in 290 characters", () => {
    const long = `Thôn ${"Khuổi Khâm Nà Lầu Pác Nặm Lũng Vài Nặm Đin ".repeat(7)}Cuối`.trim();
    const out = file("mau-dai");
    const run = thidua("template", "--targets", file("chi-tieu.xlsx"), "--village", long, "--out-dir", out, "--json");
    expect(run.status).toBe(0);
    const [entry] = run.json().files;
    expect(path.basename(entry.file)).toBe("bao-cao-khuoi-kham-na-lau-pac-nam-lung-vai-nam-din-khuoi-kham-na-lau-2024.xlsx");
    expect(entry.sheet.length).toBeLessThanOrEqual(31);
    expect(readdirSync(out)).toEqual([path.basename(entry.file)]);
    const back = thidua("validate", entry.file, "--json");
    expect(back.json().village).toBe(long.replace(/^Thôn /u, ""));
  });

  it('checks the village "Bản Pá Ràng" of a consolidated target sheet against its own KH column (40,5), as its template has it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Giao chỉ tiêu 2024");
    sheet.addRow(["UBND XÃ KHUÔN LÙNG"]);
    sheet.addRow(["GIAO CHỈ TIÊU THI ĐUA CHO CÁC THÔN NĂM 2024"]);
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu xã", "Bản Pá Ràng", "", "Nà Lầu", ""]);
    sheet.addRow(["", "", "", "", "KH", "TH", "KH", "TH"]);
    sheet.mergeCells("E3:F3");
    sheet.mergeCells("G3:H3");
    for (const column of ["A", "B", "C", "D"]) sheet.mergeCells(`${column}3:${column}4`);
    sheet.addRow([1, "Tỷ lệ che phủ rừng", "%", 41, 40.5, null, 45, null]);
    await workbook.xlsx.writeFile(file("giao.xlsx"));
    const out = file("mau-pa-rang");
    const made = thidua("template", "--targets", file("giao.xlsx"), "--village", "Bản Pá Ràng", "--out-dir", out, "--json");
    expect(made.status).toBe(0);
    const template = made.json().files[0].file;
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(template);
    let row = 0;
    filled.worksheets[0].eachRow((r, n) => {
      if (r.getCell(2).value === "Tỷ lệ che phủ rừng") row = n;
    });
    expect(filled.worksheets[0].getCell(row, 4).value).toBe(40.5);
    filled.worksheets[0].getCell(row, 5).value = 40.5;
    await filled.xlsx.writeFile(template);
    const run = thidua("validate", template, "--targets", file("giao.xlsx"), "--village", "Bản Pá Ràng", "--json");
    expect(run.status).toBe(0);
    const json = run.json();
    expect(json.indicators[0]).toEqual(expect.objectContaining({ target: 40.5, actual: 40.5, status: "met" }));
    expect(json.findings.filter((f: { code: string }) => f.code === "target/changed")).toEqual([]);
  });
});
