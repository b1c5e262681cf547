import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { SAMPLE_VILLAGES, sampleVillageSheet } from "../../src/core/samples";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;

beforeAll(async () => {
  await ensureBuiltCli();
  samples = await sampleFiles();
}, 180_000);

type VillageJson = {
  village: string; rank: number; score: number; met: number; scored: number; errors: number;
  eligible: boolean; reason: string | null; prize: string | null; amount: number | null; tie: boolean;
};

const rankSix = (...extra: string[]) => thidua("rank", ...samples.villages, "--targets", samples.targets, "--config", samples.config, ...extra);

describe("thidua rank on the six sample villages", () => {
  let json: { year: number; period: string; villages: VillageJson[]; findings: { code: string }[] };

  beforeAll(() => {
    const run = rankSix("--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    json = run.json();
  });

  it("gives the JSON of docs/outputs.md#command-line, villages ordered by rank", () => {
    expect(Object.keys(json)).toEqual(["year", "period", "method", "villages", "missing", "unranked", "totals", "findings"]);
    expect(json).toMatchObject({ method: "ratio", missing: [] });
    expect(json).toMatchObject({ year: 2024, period: "year" });
    expect(Object.keys(json.villages[0])).toEqual(["village", "rank", "score", "met", "scored", "errors", "eligible", "reason", "prize", "amount", "tie", "tier"]);
    expect(json.villages.map((v) => v.rank)).toEqual([1, 2, 2, 4, 5, 6]);
  });

  it("puts the clear winner first with the first prize", () => {
    expect(json.villages[0]).toMatchObject({ village: "Nà Lầu", rank: 1, prize: "Giải Nhất", amount: 5000000, tie: false, eligible: true, reason: null, met: 16, scored: 16 });
    expect(json.villages[0].score).toBeGreaterThan(json.villages[1].score + 5);
  });

  it("ties the two villages with equal results on the second prize, and gives no third prize", () => {
    const tied = json.villages.filter((v) => v.rank === 2);
    expect(tied.map((v) => v.village).sort()).toEqual(["Pác Nặm", "Tát Mạ"]);
    for (const v of tied) expect(v).toMatchObject({ prize: "Giải Nhì", amount: 3000000, tie: true });
    expect(tied[0].score).toBe(tied[1].score);
    expect(json.villages.some((v) => v.prize === "Giải Ba")).toBe(false);
  });

  it("ranks the village that missed a mandatory indicator but gives it no prize, with the reason", () => {
    const namDin = json.villages.find((v) => v.village === "Nặm Đin")!;
    expect(namDin).toMatchObject({ eligible: false, prize: null, amount: null });
    expect(namDin.reason).toContain("an toàn về an ninh, trật tự");
  });

  it("counts the error of the report with a missing value against its village", () => {
    expect(json.villages.find((v) => v.village === "Lũng Vài")).toMatchObject({ errors: 1 });
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "value/missing", sheet: "Sheet1", cell: "E25" }));
  });

  it("tells findings of two files with the same sheet name apart by their file", () => {
    const lungVai = samples.villages.find((file) => file.endsWith("thon-lung-vai.xlsx"))!;
    const copy = path.join(samples.dir, "thon-lung-vai-ban-gui-lai.xlsx");
    copyFileSync(lungVai, copy);
    const run = thidua("rank", lungVai, copy, "--targets", samples.targets, "--json");
    const missing = (run.json() as { findings: { code: string; sheet: string; file: string | null }[] }).findings.filter((f) => f.code === "value/missing");
    expect(missing.map((f) => [f.sheet, f.file])).toEqual([
      ["Sheet1", lungVai],
      ["Sheet1", copy],
    ]);
  });

  it("ranks a village read from its own file and the consolidated sheet once, from its own file, and says so", () => {
    const naLau = samples.villages.find((file) => file.endsWith("thon-na-lau.xlsx"))!;
    const run = thidua("rank", naLau, samples.consolidated, "--config", samples.config, "--json");
    expect(run.status).toBe(0);
    const out = run.json() as { villages: VillageJson[]; unranked: string[]; findings: { code: string; severity: string; sheet: string; file: string | null; cell: string | null; message: string }[] };
    expect(out.villages.map((v) => v.village).sort()).toEqual(["Khuổi Khâm", "Lũng Vài", "Nà Lầu", "Nặm Đin", "Pác Nặm", "Tát Mạ"]);
    expect(out.unranked).toEqual([]);
    const leftOut = out.findings.filter((f) => f.code === "village/report-left-out");
    expect(leftOut).toEqual([
      expect.objectContaining({ severity: "warning", sheet: "Tổng hợp 2024", file: samples.consolidated, cell: expect.stringMatching(/^[A-Z]+\d+$/u) }),
    ]);
    expect(leftOut[0].message).toContain('cột của thôn "Nà Lầu" trong bảng tổng hợp không được tính vì thôn đã có báo cáo riêng');
    const human = thidua("rank", naLau, samples.consolidated, "--config", samples.config);
    expect(human.stdout).toMatch(/\[Cảnh báo\] Trang "Tổng hợp 2024", ô [A-Z]+\d+: cột của thôn "Nà Lầu"/u);
    expect(rankSix().stdout).not.toContain("village/");
  });

  it("ranks neither of two differing reports of one village, names both, and ranks the others", async () => {
    const naLau = samples.villages.find((file) => file.endsWith("thon-na-lau.xlsx"))!;
    const village = SAMPLE_VILLAGES.find((v) => v.village === "Thôn Nà Lầu")!;
    const changed = path.join(samples.dir, "thon-na-lau-sua.xlsx");
    const sheet = sampleVillageSheet(village);
    const firstNumber = sheet.cells.find((cell) => /^E\d+$/u.test(cell.address) && typeof cell.value === "number")!;
    await writeWorkbook(changed, [{ ...sheet, cells: sheet.cells.map((cell) => (cell === firstNumber ? { ...cell, value: (cell.value as number) + 1 } : cell)) }]);
    const others = samples.villages.filter((file) => file !== naLau);
    const run = thidua("rank", naLau, changed, ...others, "--targets", samples.targets, "--config", samples.config, "--json");
    expect(run.status).toBe(0);
    const out = run.json() as { villages: VillageJson[]; unranked: string[]; findings: { code: string; severity: string; file: string | null; message: string }[] };
    expect(out.villages.map((v) => v.village)).not.toContain("Nà Lầu");
    expect(out.villages).toHaveLength(5);
    expect(out.unranked).toEqual(["Nà Lầu"]);
    // Without Nà Lầu, the first prize goes to the villages tied second before.
    expect(out.villages.filter((v) => v.prize === "Giải Nhất").map((v) => v.village).sort()).toEqual(["Pác Nặm", "Tát Mạ"]);
    const duplicate = out.findings.filter((f) => f.code === "village/duplicate-report");
    expect(duplicate).toEqual([expect.objectContaining({ severity: "error", file: naLau })]);
    expect(duplicate[0].message).toContain(`(tệp ${changed})`);
    const human = thidua("rank", naLau, changed, ...others, "--targets", samples.targets, "--config", samples.config);
    expect(human.stdout).toContain("Chưa xếp hạng (có nhiều báo cáo với số liệu khác nhau): Nà Lầu.");
    expect(human.stdout).toMatch(/\[Lỗi\] Trang "[^"]+": thôn "Nà Lầu" có nhiều báo cáo với số liệu khác nhau/u);
  });

  it("ranks the consolidated sheet the same way as the six reports", () => {
    const run = thidua("rank", samples.consolidated, "--config", samples.config, "--json");
    expect(run.status).toBe(0);
    const consolidated: VillageJson[] = run.json().villages;
    expect(consolidated.map((v) => [v.village, v.rank, v.score, v.prize])).toEqual(json.villages.map((v) => [v.village, v.rank, v.score, v.prize]));
  });

  it("takes the commune's target sheet listed among the files as the targets of every report", () => {
    const run = thidua("rank", ...samples.villages, samples.targets, "--config", samples.config, "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.json()).toEqual(json);
    const human = thidua("rank", samples.targets, ...samples.villages, "--config", samples.config);
    expect(human.stdout).toMatch(/\[1\/7\] .*chi-tieu-xa-2024\.xlsx: bảng chỉ tiêu của xã/);
    expect(human.stdout).toContain("Dùng chỉ tiêu của xã trong");
  });

  it("skips the target file when it is both given with --targets and listed", () => {
    const run = rankSix("--json", samples.targets);
    expect(run.status).toBe(0);
    expect(run.json()).toEqual(json);
  });

  it("uses the seed's prizes and the year of the sheets when no configuration is given", () => {
    const run = thidua("rank", ...samples.villages, "--json");
    expect(run.status).toBe(0);
    const villages: VillageJson[] = run.json().villages;
    expect(run.json().year).toBe(2024);
    expect(villages[0]).toMatchObject({ village: "Nà Lầu", prize: "Giải Nhất", amount: 5000000 });
  });

  it("gives reasons and messages in English with --lang en", () => {
    const en = rankSix("--json", "--lang", "en").json();
    const namDin = en.villages.find((v: VillageJson) => v.village === "Nặm Đin");
    expect(namDin.reason).not.toEqual(json.villages.find((v) => v.village === "Nặm Đin")!.reason);
  });

  it("prints a progress line per file and a readable table without --json", () => {
    const run = rankSix();
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    for (let i = 1; i <= 6; i++) expect(lines.some((line) => line.startsWith(`[${i}/6]`))).toBe(true);
    expect(run.stdout).toMatch(/1\s+Nà Lầu\s+108,63\s+16\/16\s+Giải Nhất\s+5\.000\.000/);
    expect(run.stdout).toContain("đồng hạng");
  });
});

describe("thidua rank --out", () => {
  it("writes the ranking workbook: the ranking sheet, A4 landscape, one page wide, Times New Roman", async () => {
    const out = path.join(samples.dir, "out", "xep-hang-thi-dua-2024.xlsx");
    const run = rankSix("--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Xếp hạng thi đua 2024")!;
    expect(sheet).toBeDefined();
    // One page wide by a scale, which Excel and LibreOffice print alike (LibreOffice 7.4 reads "fit to width" as one page).
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: false });
    expect(sheet.pageSetup.scale).toBeGreaterThanOrEqual(10);
    expect(sheet.pageSetup.scale).toBeLessThanOrEqual(100);
    const texts: string[] = [];
    let amount = 0;
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === "string") texts.push(cell.value);
      if (cell.value === 5000000) amount++;
    }));
    expect(texts).toEqual(expect.arrayContaining(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nà Lầu", "CHỦ TỊCH"]));
    expect(amount).toBe(1);
    expect(sheet.getCell("A1").font.name).toBe("Times New Roman");
    // docs/outputs.md#results-across-the-villages: the results across the villages are the second sheet.
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Xếp hạng thi đua 2024", "Tổng hợp kết quả 2024"]);
    const results = workbook.getWorksheet("Tổng hợp kết quả 2024")!;
    const resultTexts: unknown[] = [];
    results.eachRow((row) => row.eachCell((cell) => void resultTexts.push(cell.value)));
    expect(resultTexts).toEqual(expect.arrayContaining(["Toàn xã", "Mục tiêu xã", "Nà Lầu", "KH", "TH"]));
    expect(results.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  });

  it("writes a village named =1+1 as text, never as a formula", async () => {
    const village = { ...SAMPLE_VILLAGES[1], sheetName: "Báo cáo", title: { text: "Thôn: =1+1", row: 5 } };
    const file = path.join(samples.dir, "cong-thuc.xlsx");
    await writeWorkbook(file, [sampleVillageSheet(village)]);
    const out = path.join(samples.dir, "out", "cong-thuc-xep-hang.xlsx");
    const run = thidua("rank", samples.village["Thôn Nà Lầu"], file, "--out", out, "--json");
    expect(run.status).toBe(0);
    expect(run.json().villages.map((v: VillageJson) => v.village)).toContain("=1+1");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => void (cell.value === "=1+1" && cells.push(cell))));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.type).toBe(ExcelJS.ValueType.String);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toContain("<f>");
  });
});

describe("thidua rank with nothing to rank or nowhere to write", () => {
  it("only the commune's target sheet: exit 2 with one line saying there is no village report", () => {
    const run = thidua("rank", samples.targets, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.json().villages).toEqual([]);
  });

  it("an --out path that cannot be written: exit 2 with one line naming it, the ranking still printed", () => {
    const out = path.join(samples.dir, "thon-na-lau.xlsx", "xep-hang.xlsx");
    const run = thidua("rank", ...samples.villages, "--out", out, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringContaining(out)]);
    expect(run.json().villages).toHaveLength(6);
  });
});

describe("thidua rank with a bad configuration", () => {
  it("a file that is not JSON: exit 2, one line naming the file, no ranking", () => {
    const config = path.join(samples.dir, "hong.json");
    writeFileSync(config, "{ year: 2024, ");
    const run = thidua("rank", ...samples.villages, "--config", config, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain(config);
    expect(run.errLines[0]).toContain("dòng 1, cột 3");
    expect(run.json()).toMatchObject({ villages: [], findings: [expect.objectContaining({ code: "config/invalid", sheet: config })] });
  });

  it("a folder given as the configuration: exit 2, said to be a folder, not a configuration file", () => {
    const run = thidua("rank", ...samples.villages, "--config", samples.dir);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringContaining("không phải tệp cấu hình")]);
  });

  it("a field with a wrong value: the line names the field", () => {
    const config = path.join(samples.dir, "cap.json");
    writeFileSync(config, JSON.stringify({ year: 2024, cap: "cao" }));
    const run = thidua("rank", ...samples.villages, "--config", config);
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain("cap");
  });

  it("a rule that matches no indicator: exit 2 naming the rule, the villages still ranked", () => {
    const config = path.join(samples.dir, "quy-tac.json");
    writeFileSync(config, JSON.stringify({ year: 2024, indicators: [{ match: "thu ngân sách", exclude: true }] }));
    const run = thidua("rank", ...samples.villages, "--config", config, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain("thu ngân sách");
    expect(run.json().villages).toHaveLength(6);
  });

  it("a configuration file that does not exist: exit 2 naming it", () => {
    const config = path.join(samples.dir, "khong-co.json");
    const run = thidua("rank", ...samples.villages, "--config", config);
    expect(run.status).toBe(2);
    expect(run.errLines).toEqual([expect.stringContaining(config)]);
  });
});
