import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-years-"));
const file = (name: string) => path.join(dir, name);

// Two villages' reports with 2024 and 2025 side by side and no year in their titles (docs/reading-tables.md#layouts): Nà Hu
// did better in 2024, Bản Piềng in 2025.
async function report(name: string, village: string, figures: [number, number, number, number][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Báo cáo");
  sheet.addRow([`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ${village.toUpperCase()}`]);
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "KH 2025", "TH 2025"]);
  const names: [string, string][] = [["Diện tích trồng rừng mới", "Ha"], ["Số hộ thoát nghèo", "Hộ"], ["Số lao động có việc làm mới", "Lao động"]];
  names.forEach(([indicator, unit], index) => sheet.addRow([index + 1, indicator, unit, ...figures[index]]));
  await workbook.xlsx.writeFile(file(name));
}

beforeAll(async () => {
  await ensureBuiltCli();
  await report("na-hu.xlsx", "Thôn Nà Hu", [[10, 12, 10, 8], [5, 6, 5, 4], [20, 22, 20, 15]]);
  await report("ban-pieng.xlsx", "Bản Piềng", [[10, 8, 10, 12], [5, 4, 5, 6], [20, 16, 20, 24]]);
  for (const year of [2024, 2025]) writeFileSync(file(`cau-hinh-${year}.json`), JSON.stringify({ year }));
}, 180_000);

type IndicatorJson = { name: string; target: unknown; actual: unknown; cell: string };

describe("the configuration's year picks the columns checked where years stand side by side", () => {
  it.each([
    [2024, [[10, 12, "E3"], [5, 6, "E4"], [20, 22, "E5"]]],
    [2025, [[10, 8, "G3"], [5, 4, "G4"], [20, 15, "G5"]]],
  ])("validate with year %p checks that year's KH / TH pair", (year, expected) => {
    const run = thidua("validate", file("na-hu.xlsx"), "--config", file(`cau-hinh-${year}.json`), "--json");
    expect(run.json().indicators.map((i: IndicatorJson) => [i.target, i.actual, i.cell])).toEqual(expected);
  });

  it("validate without a configuration checks the latest year", () => {
    const run = thidua("validate", file("na-hu.xlsx"), "--json");
    expect(run.json().indicators.map((i: IndicatorJson) => i.cell)).toEqual(["G3", "G4", "G5"]);
  });

  it.each([
    [2024, "Nà Hu"],
    [2025, "Piềng"],
  ])("rank with year %p puts that year's best village first", (year, first) => {
    const run = thidua("rank", file("na-hu.xlsx"), file("ban-pieng.xlsx"), "--config", file(`cau-hinh-${year}.json`), "--json");
    const json = run.json();
    expect(json.year).toBe(year);
    expect(json.villages.find((v: { rank: number }) => v.rank === 1).village).toContain(first);
  });
});

// The commune's targets for both years side by side, no year in the title.
async function communeTargets(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Chỉ tiêu");
  sheet.addRow(["CHỈ TIÊU THI ĐUA CỦA XÃ"]);
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu 2024", "Chỉ tiêu 2025"]);
  sheet.addRow([1, "Diện tích trồng rừng mới", "Ha", 30, 35]);
  sheet.addRow([2, "Số hộ thoát nghèo", "Hộ", 10, 12]);
  sheet.addRow([3, "Số lao động có việc làm mới", "Lao động", 40, 45]);
  sheet.addRow([4, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 92, 97]);
  const target = file("chi-tieu-2-nam.xlsx");
  await workbook.xlsx.writeFile(target);
  return target;
}

describe("the configuration's year picks the commune's plan column for templates and results", () => {
  it.each([
    [2024, 30, 92],
    [2025, 35, 97],
  ])("with year %p", async (year, forest, water) => {
    const targets = await communeTargets();
    const ranked = thidua("rank", file("na-hu.xlsx"), file("ban-pieng.xlsx"), "--targets", targets, "--config", file(`cau-hinh-${year}.json`), "--json");
    const totals: { name: string; target: unknown }[] = ranked.json().totals;
    expect(totals.find((t) => t.name === "Diện tích trồng rừng mới")?.target).toBe(forest);

    const out = path.join(dir, `mau-${year}`);
    const made = thidua("template", "--targets", targets, "--village", "Nà Hu", "--config", file(`cau-hinh-${year}.json`), "--out-dir", out, "--json");
    expect(made.status).toBe(0);
    const written: { file: string }[] = made.json().files;
    expect(written.map((f) => path.basename(f.file))).toEqual([`bao-cao-na-hu-${year}.xlsx`]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written[0].file);
    const values: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => values.push(cell.value)));
    expect(values).toContain(water);
    expect(values).not.toContain(year === 2024 ? 97 : 92);
  });
});
