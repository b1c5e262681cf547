/**
 * @jest-environment node
 *
 * The pane's reading path over the Office simulator for the title block and the village words (docs/reading-tables.md#layouts
 * item 2): the pane lists each sheet as the reader reads it, and ranks what the command line ranks.
 */
import ExcelJS from "exceljs";
import { findSheets } from "../../src/taskpane/state/actions/findSheets";
import { rankSheets } from "../../src/taskpane/state/actions/rankSheets";
import { excelAdapter } from "../../src/taskpane/state/excelAdapter";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { noProgress as none } from "./sampleOverSimulator";

jest.setTimeout(60_000);

const VILLAGES = ["Nà Lầu", "Khuổi Khâm", "Tát Mạ", "Pác Nặm", "Lũng Vài", "Nặm Đin"];
const ROWS: [string, string, number][] = [
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Tỷ lệ huy động trẻ 5 tuổi đến lớp", "%", 97],
];

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

/** The workbook as a clerk types it: merged titles, a consolidated sheet whose second header row repeats TT | Chỉ tiêu | ĐVT. */
async function workbook(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  const targets = book.addWorksheet("Chỉ tiêu 2024");
  targets.addRow(["CÁC CHỈ TIÊU THI ĐUA NĂM 2024"]);
  targets.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"]);
  targets.addRow([1, "Xã đạt chuẩn nông thôn mới nâng cao", "Đạt", "Đạt"]);
  ROWS.forEach(([name, unit, target], index) => targets.addRow([index + 2, name, unit, target]));
  const consolidated = book.addWorksheet("Tổng hợp 2024");
  consolidated.addRow(["BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA NĂM 2024"]);
  consolidated.addRow(["Thôn: Nà Lầu"]);
  consolidated.addRow(["TT", "Chỉ tiêu", "ĐVT", ...VILLAGES.flatMap((village) => [village, ""])]);
  consolidated.addRow(["TT", "Chỉ tiêu", "ĐVT", ...VILLAGES.flatMap(() => ["KH", "TH"])]);
  VILLAGES.forEach((_, index) => consolidated.mergeCells(3, 4 + 2 * index, 3, 5 + 2 * index));
  ROWS.forEach(([name, unit, target], index) => consolidated.addRow([index + 2, name, unit, ...VILLAGES.flatMap((_, v) => [target, target - v])]));
  for (const [sheetName, title] of [
    ["Sheet1", ["UBND XÃ BẢN LUỐC", "Thôn: Tát Ngà"]],
    ["Báo cáo", ["UBND XÃ BẢN LUỐC", "BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024 CỦA ẤP TÂN HÒA"]],
  ] as const) {
    const sheet = book.addWorksheet(sheetName);
    title.forEach((line, index) => {
      sheet.addRow([line]);
      sheet.mergeCells(index + 1, 1, index + 1, 5);
    });
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
    ROWS.forEach(([name, unit, target], index) => sheet.addRow([index + 2, name, unit, target, target]));
  }
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(await book.xlsx.writeBuffer());
  return opened;
}

describe("the title block and the village words on the pane's reading path", () => {
  beforeEach(async () => {
    sim = installOfficeSimulator(globalThis, await workbook(), { apiLevel: "1.17" });
  });

  it("lists the consolidated sheet as consolidated, and each report under its own village", async () => {
    const found = await findSheets(excelAdapter, "vi");
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const listed = Object.fromEntries(found.value.sheets.map((s) => [s.name, [s.layout, s.village]]));
    expect(listed).toEqual({
      "Chỉ tiêu 2024": ["targets", null],
      "Tổng hợp 2024": ["consolidated", null],
      Sheet1: ["report", "Tát Ngà"],
      "Báo cáo": ["report", "Ấp Tân Hòa"],
    });
  });

  it("ranks the six villages of the consolidated sheet with the reports, and prints no indicator as the commune", async () => {
    const ranked = await rankSheets(excelAdapter, "vi", { sheets: ["Tổng hợp 2024", "Sheet1", "Báo cáo"], target: "Chỉ tiêu 2024", period: "year" }, none);
    expect(ranked.ok).toBe(true);
    if (!ranked.ok) return;
    expect(ranked.value.ranking.villages.map((v) => v.village).sort()).toEqual([...VILLAGES, "Tát Ngà", "Ấp Tân Hòa"].sort());
    const texts: string[] = [];
    sim.workbook.getWorksheet(ranked.value.sheet)!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.some((text) => /ĐẠT CHUẨN/u.test(text))).toBe(false);
  });
});
