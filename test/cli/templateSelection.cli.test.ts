import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;
jest.setTimeout(60_000);

beforeAll(async () => {
  await ensureBuiltCli();
  samples = await sampleFiles();
}, 180_000);

const dir = (name: string) => path.join(samples.dir, name);

function rowOf(sheet: ExcelJS.Worksheet, start: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) {
    const name = sheet.getCell(`B${row}`).value;
    if (typeof name === "string" && name.startsWith(start)) return row;
  }
  throw new Error(`no row ${start}`);
}

describe("thidua template: which indicators, and the targets the commune fills (docs/outputs.md#report-templates)", () => {
  it("ends with the indicators chosen and one line counting the target cells the commune must fill, the first named", () => {
    const out = dir("mau-dem");
    const run = thidua(
      "template",
      "--targets",
      samples.targets,
      "--village",
      "Nà Lầu",
      "--village",
      "Bản Tát Mạ",
      "--out-dir",
      out,
    );
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.at(-2)).toBe(
      'Mẫu có 46/46 chỉ tiêu: mọi chỉ tiêu của bảng; chỉ tiêu chỉ của xã được bỏ bằng quy tắc "template": false trong tệp cấu hình.',
    );
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^2 mẫu; 38 ô mục tiêu xã cần điền \\(ô nền xanh, đã khóa\\) — ô đầu tiên: ${path.join(out, "bao-cao-na-lau-2024.xlsx").replace(/[.\\/]/g, "\\$&")}, ô D\\d+\\.`,
        "u",
      ),
    );
    const english = thidua(
      "template",
      "--targets",
      samples.targets,
      "--village",
      "Nà Lầu",
      "--out-dir",
      dir("mau-dem-en"),
      "--lang",
      "en",
      "--json",
    );
    expect(english.json().summary[1]).toMatch(
      /^1 templates; 19 target cells for the commune to fill \(blue, locked\) — the first: .*bao-cao-na-lau-2024\.xlsx, cell D\d+\./u,
    );
    expect(english.json().communeCells).toBe(19);
    expect(english.json().selection).toEqual({
      basis: "all",
      included: 46,
      total: 46,
    });
  });

  it("locks the commune's blue target cells of the written file", async () => {
    const out = dir("mau-khoa");
    const run = thidua(
      "template",
      "--targets",
      samples.targets,
      "--village",
      "Nà Lầu",
      "--out-dir",
      out,
      "--json",
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(run.json().files[0].file);
    const sheet = workbook.worksheets[0];
    const cell = run.json().firstCommuneCell.cell as string;
    expect(sheet.getCell(cell).protection?.locked).not.toBe(false);
    expect(sheet.getCell(cell).fill).toMatchObject({
      fgColor: { argb: "FFDDEBF7" },
    });
    expect(sheet.getCell(`E${cell.slice(1)}`).protection).toMatchObject({
      locked: false,
    });
  });

  it("takes the indicators the villages' reports hold when reports are given", () => {
    const out = dir("mau-bao-cao");
    const run = thidua(
      "template",
      samples.villages[0],
      samples.villages[1],
      "--targets",
      samples.targets,
      "--village",
      "Nà Lầu",
      "--out-dir",
      out,
      "--json",
    );
    expect(run.status).toBe(0);
    const { selection, files } = run.json();
    expect(selection.basis).toBe("village-reports");
    expect(selection.included).toBeLessThan(46);
    expect(files[0].indicators).toBe(selection.included);
  });
});

describe("thidua template --assign (docs/outputs.md#giving-villages-their-targets)", () => {
  it("writes the Giao chỉ tiêu workbook, which once shared out gives each village's template its share", async () => {
    const out = dir("giao");
    const villages = ["Nà Lầu", "Khuổi Khâm"];
    const run = thidua(
      "template",
      "--assign",
      "--targets",
      samples.targets,
      ...villages.flatMap((v) => ["--village", v]),
      "--out-dir",
      out,
    );
    expect(run.status).toBe(0);
    const file = path.join(out, "giao-chi-tieu-2024.xlsx");
    expect(run.stdout).toContain(
      `Đã ghi ${file}: trang Giao chỉ tiêu cho 2 thôn; 19 chỉ tiêu cộng dồn cần chia cho các thôn`,
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Giao chỉ tiêu 2024")!;
    const grain = rowOf(sheet, "Tổng sản lượng lương thực");
    expect(sheet.getCell(`D${grain}`).value).toBe(1417);
    expect(sheet.getCell(`I${grain}`).value).toMatchObject({
      formula: `SUM(E${grain},G${grain})`,
    });
    // The clerk shares the commune's 1.417 Tấn out, and saves.
    sheet.getCell(`E${grain}`).value = 817;
    sheet.getCell(`G${grain}`).value = 600;
    await workbook.xlsx.writeFile(file);

    const made = thidua(
      "template",
      "--targets",
      file,
      ...villages.flatMap((v) => ["--village", v]),
      "--out-dir",
      dir("giao-mau"),
      "--json",
    );
    expect(made.status).toBe(0);
    const targets = [];
    for (const entry of made.json().files) {
      const template = new ExcelJS.Workbook();
      await template.xlsx.readFile(entry.file);
      const page = template.worksheets[0];
      targets.push(
        page.getCell(`D${rowOf(page, "Tổng sản lượng lương thực")}`).value,
      );
    }
    expect(targets).toEqual([817, 600]);
  });

  it("says when the shares do not add up to the commune's total", async () => {
    const out = dir("giao-lech");
    thidua(
      "template",
      "--assign",
      "--targets",
      samples.targets,
      "--village",
      "Nà Lầu",
      "--village",
      "Khuổi Khâm",
      "--out-dir",
      out,
    );
    const file = path.join(out, "giao-chi-tieu-2024.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Giao chỉ tiêu 2024")!;
    const grain = rowOf(sheet, "Tổng sản lượng lương thực");
    sheet.getCell(`E${grain}`).value = 800;
    sheet.getCell(`G${grain}`).value = 600;
    await workbook.xlsx.writeFile(file);
    const made = thidua(
      "template",
      "--targets",
      file,
      "--village",
      "Nà Lầu",
      "--out-dir",
      dir("giao-lech-mau"),
    );
    expect(made.stderr).toContain(
      "các thôn được giao tổng cộng 1.400 Tấn cho chỉ tiêu",
    );
    expect(made.stderr).toContain("khác với mục tiêu của xã là 1.417 Tấn");
  });
});
