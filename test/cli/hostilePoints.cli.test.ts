import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/runCli";
import { writeSamples } from "../../src/cli/samples/writeSamples";

// Issue 28 causes 3, 5, 6 and 10 and issue 23's points item, by the command line: each workbook and
// configuration made here as a clerk makes them (merged title cells, numbering, their words).

const dir = mkdtempSync(path.join(tmpdir(), "thidua-hostile-points-"));
const file = (name: string) => path.join(dir, name);

async function run(...args: string[]): Promise<{ status: number; out: string; err: string[]; json: () => any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (line: string) => out.push(line), err: (line: string) => err.push(line) });
  return { status, out: out.join("\n"), err, json: () => JSON.parse(out.join("\n")) };
}

function config(name: string, json: unknown): string {
  writeFileSync(file(name), typeof json === "string" ? json : JSON.stringify(json, null, 2));
  return file(name);
}

/** A workbook with a merged two-line title, a header and numbered rows. */
async function workbook(name: string, title: string[], header: string[], rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Báo cáo");
  title.forEach((line, index) => {
    sheet.getCell(index + 1, 1).value = line;
    sheet.mergeCells(index + 1, 1, index + 1, header.length);
  });
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await book.xlsx.writeFile(file(name));
  return file(name);
}

const INDICATORS: [string, string, number][] = [
  ["Thu nhập bình quân đầu người", "Triệu đồng", 45],
  ["Số hộ nghèo giảm trong năm", "Hộ", 4],
  ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 95],
];

async function communeTargets(): Promise<string> {
  return workbook("chi-tieu-2024.xlsx", ["UBND XÃ TÂN LẬP", "CHỈ TIÊU THI ĐUA CÁC THÔN NĂM 2024"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"], INDICATORS.map(([name, unit, target], index) => [index + 1, name, unit, target]));
}

/** A village's points report: its own Điểm chuẩn and Điểm tự chấm, and any commune column after. */
async function pointsReport(slug: string, village: string, actual: number[], maxima: number[], extra: { header: string; values: unknown[] } | null = null): Promise<string> {
  const header = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Điểm chuẩn", "Điểm tự chấm", ...(extra ? [extra.header] : [])];
  const rows = INDICATORS.map(([name, unit, target], index) => [index + 1, name, unit, target, actual[index], maxima[index], null, ...(extra ? [extra.values[index]] : [])]);
  return workbook(`${slug}.xlsx`, [`BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024`, `Thôn: ${village}`], header, rows);
}

describe("the year-end review reads the year's column (cause 3)", () => {
  const header = ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện 6 tháng đầu năm 2024", "Ước thực hiện năm 2024", "So sánh (%)"];
  const rows = (figures: [number, number, number][]) =>
    figures.map(([plan, half, year], index) => [index + 1, INDICATORS[index][0], INDICATORS[index][1], plan, half, year, Math.round((year / plan) * 1000) / 10]);
  let naHu = "";
  let pacNam = "";

  beforeAll(async () => {
    naHu = await workbook("na-hu.xlsx", ["BÁO CÁO KẾT QUẢ NĂM 2024", "Thôn: Nà Hu"], header, rows([[45, 20, 47], [4, 1, 5], [95, 80, 96]]));
    pacNam = await workbook("pac-nam.xlsx", ["BÁO CÁO KẾT QUẢ NĂM 2024", "Thôn: Pác Nặm"], header, rows([[45, 30, 40], [4, 3, 3], [95, 90, 90]]));
  }, 60_000);

  it.each([
    ["year", ["F4", "F5", "F6"], [47, 5, 96]],
    ["half", ["E4", "E5", "E6"], [20, 1, 80]],
  ])("validate with period %p reads that period's column", async (period, cells, actuals) => {
    const checked = await run("validate", naHu, "--config", config(`ky-${period}.json`, { year: 2024, period }), "--json");
    const indicators: { cell: string; actual: number }[] = checked.json().indicators;
    expect(indicators.map((i) => i.cell)).toEqual(cells);
    expect(indicators.map((i) => i.actual)).toEqual(actuals);
  });

  it("rank at year-end gives Giải Nhất to the village that finished the year ahead", async () => {
    const ranked = await run("rank", naHu, pacNam, "--config", config("ky-year.json", { year: 2024, period: "year" }), "--json");
    expect(ranked.status).toBe(0);
    expect(ranked.json().villages.map((v: { village: string; prize: string | null }) => [v.village, v.prize])).toEqual([
      ["Nà Hu", "Giải Nhất"],
      ["Pác Nặm", "Giải Nhì"],
    ]);
  });
});

describe("a village never sets its own maximum points (cause 5)", () => {
  let files: string[] = [];
  let targets = "";

  beforeAll(async () => {
    targets = await communeTargets();
    files = [
      await pointsReport("na-lau", "Nà Lầu", [45, 4, 96], [15, 10, 10]),
      await pointsReport("khuon-lung", "Khuôn Lùng", [44, 4, 95], [15, 10, 10]),
      await pointsReport("nam-din", "Nặm Đin", [43, 3, 95], [15, 10, 10]),
      await pointsReport("pac-cap", "Pác Cáp", [40, 4, 95], [60, 10, 10]),
    ];
  }, 60_000);

  it("scores the village that wrote 60 instead of 15 on the others' 15, and names it", async () => {
    const ranked = await run("rank", ...files, "--targets", targets, "--config", config("diem.json", { year: 2024, method: "points" }), "--json");
    const json = ranked.json();
    const villages: { village: string; score: number; prize: string | null }[] = json.villages;
    expect(villages[0]).toMatchObject({ village: "Nà Lầu", score: 35, prize: "Giải Nhất" });
    expect(villages.find((v) => v.village === "Pác Cáp")).toMatchObject({ score: 33.33, prize: "Giải Ba" });
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: "points/max-differs", severity: "warning", cell: "F4", indicator: "Thu nhập bình quân đầu người", expected: 15, actual: 60, details: { village: "Pác Cáp", reports: 3 } }),
    );
  });

  it("does not count Điểm thẩm định a village wrote itself, unless the configuration says the commune filled it", async () => {
    const own = await pointsReport("pac-cap-tham-dinh", "Pác Cáp", [30, 2, 80], [15, 10, 10], { header: "Điểm thẩm định", values: [15, 10, 10] });
    const plain = await run("validate", own, "--targets", targets, "--config", config("diem.json", { year: 2024, method: "points" }), "--json");
    expect(plain.json().summary.points).toBe(23.42);
    expect(plain.json().findings).toContainEqual(expect.objectContaining({ code: "points/commune-column", cell: "H4", details: { column: "verifiedPoints", cells: 3, village: "Pác Cáp" } }));
    const filled = await run("validate", own, "--targets", targets, "--config", config("diem-xa.json", { year: 2024, method: "points", communeFilled: true }), "--json");
    expect(filled.json().summary.points).toBe(35);
  });
});

describe("unbounded numbers never make a prize (cause 6)", () => {
  let files: string[] = [];

  beforeAll(async () => {
    files = [await pointsReport("na-lau", "Nà Lầu", [45, 4, 96], [15, 10, 10]), await pointsReport("pac-cap", "Pác Cáp", [40, 4, 95], [15, 10, 10])];
  }, 60_000);

  it.each([
    ["adjustments of 1e308 + 1e308", '{"year": 2024, "method": "points", "adjustments": [{"village": "Pác Cáp", "points": 1e308}, {"village": "Pác Cáp", "points": 1e308}]}', "adjustments[0].points"],
    ["a band of 1e300 points", '{"year": 2024, "method": "points", "bands": [{"from": 0, "points": 1e300}]}', "bands[0].points"],
  ])("%s is refused, naming the field, with exit 2", async (_, json, field) => {
    const ranked = await run("rank", ...files, "--config", config("vo-han.json", json), "--json");
    expect(ranked.status).toBe(2);
    expect(ranked.json().villages).toEqual([]);
    expect(ranked.json().findings).toContainEqual(expect.objectContaining({ code: "config/invalid", details: expect.objectContaining({ field, problem: "too-big" }) }));
  });

  it("Điểm thẩm định of 1e308 is an error at its cell, and the village is ranked on the rest", async () => {
    const huge = await pointsReport("pac-cap-vo-han", "Pác Cáp", [40, 4, 95], [15, 10, 10], { header: "Điểm thẩm định", values: [1e308, null, null] });
    const ranked = await run("rank", files[0], huge, "--config", config("diem-xa.json", { year: 2024, method: "points", communeFilled: true }), "--json");
    const json = ranked.json();
    expect(json.villages.map((v: { village: string; score: number | null }) => [v.village, v.score])).toEqual([
      ["Nà Lầu", 35],
      ["Pác Cáp", 33.33],
    ]);
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "value/invalid", severity: "error", cell: "H4", details: { kind: "points-range", column: "verifiedPoints" } }));
    expect(json.findings.filter((f: { code: string }) => f.code === "report/nothing-scored")).toEqual([]);
  });
});

describe("validate's points findings (cause 10, issue 23 item 5)", () => {
  beforeAll(async () => {
    await writeSamples(dir);
  }, 60_000);
  const sample = () => [file("tan-lap-ban-pieng.xlsx"), "--targets", file("tan-lap-chi-tieu-diem-2024.xlsx"), "--config", file("tan-lap-cau-hinh-diem-2024.json")];

  it("counts the points warnings in the summary it prints under them", async () => {
    const text = await run("validate", ...sample());
    // Bản Piềng: its own total (points/self-total) and four own points that differ (points/self-differs)
    const listed = text.out.split("\n").filter((line) => line.trim().startsWith("[Cảnh báo]")).length;
    expect(listed).toBe(5);
    expect(text.out).toContain("0 lỗi, 5 cảnh báo.");
    const json = (await run("validate", ...sample(), "--json")).json();
    expect(json.summary.warnings).toBe(json.findings.filter((f: { severity: string }) => f.severity === "warning").length);
    expect(json.summary.warnings).toBe(5);
  });

  it("gives points/self-differs the points that count and the village's own", async () => {
    const json = (await run("validate", ...sample(), "--json")).json();
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "points/self-differs", cell: "G7", expected: 12.33, actual: 11.33, details: { verified: false } }));
  });

  it.each([["validate"], ["rank"]])("%s with the points method and no Điểm chuẩn anywhere exits 2 with one line naming Điểm chuẩn", async (command) => {
    const targets = await communeTargets();
    const report = await workbook("na-lau-khong-diem.xlsx", ["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024", "Thôn: Nà Lầu"], ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"], INDICATORS.map(([name, unit, target], index) => [index + 1, name, unit, target, target]));
    const result = await run(command, report, "--targets", targets, "--config", config("chi-diem.json", { year: 2024, method: "points" }));
    expect(result.status).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain("Điểm chuẩn");
    expect(result.err[0]).toContain("chi-diem.json");
  });
});
