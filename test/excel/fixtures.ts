import * as ExcelJS from "exceljs";
import { join } from "node:path";
import { colourToOffice } from "../simulator/cellValues";
import { installOfficeSimulator, type OfficeSimulator, type OfficeSimulatorOptions, type SyncRecord } from "../simulator";

/** Fixture workbooks for the adapter's tests, built with ExcelJS and kept as real .xlsx files. */

export const FIXTURE_DIR = join(__dirname, "..", "fixtures", "excel");
export const VILLAGE = "Thôn Nà Lầu";

const INDICATORS: [string, string, number | string][] = [
  ["Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 54],
  ["Tỷ lệ giải ngân các nguồn vốn đầu tư", "%", 100],
  ["Tổng diện tích gieo trồng cây hàng năm", "Ha", 400.5],
  ["Tổng sản lượng lương thực có hạt", "Tấn", 1417],
  ["Công tác tuyển quân", "Đạt", "Đạt"],
  ["Không để xảy ra cán bộ, công chức vi phạm kỷ luật", "Không xảy ra", "Không xảy ra"],
];

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/**
 * A village report: a merged title, a header on row 3, then `rows` indicator rows with targets, actuals
 * (numbers, a percent, text numbers, an error, blanks) and cells already coloured by the village —
 * yellow, white, a patterned fill, a red font — which highlights must leave as they found them.
 */
export function villageReport(rows = 60, name = VILLAGE): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  fillReport(ws, rows);
  wb.addWorksheet("Ghi chú").getCell("A1").value = "Sổ theo dõi";
  return wb;
}

export function fillReport(ws: ExcelJS.Worksheet, rows: number): void {
  ws.getCell("A1").value = `BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024 - ${ws.name.toUpperCase()}`;
  ws.mergeCells("A1:F1");
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getRow(3).values = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Ghi chú"];
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    const [name, unit, target] = INDICATORS[i % INDICATORS.length];
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = `${name} (${i + 1})`;
    ws.getCell(r, 3).value = unit;
    ws.getCell(r, 4).value = target;
    const actual: ExcelJS.CellValue =
      i % 10 === 3 ? { error: "#DIV/0!" } as ExcelJS.CellErrorValue
      : i % 10 === 5 ? "1.417"
      : i % 10 === 7 ? null
      : typeof target === "number" ? Math.round(target * (0.8 + (i % 5) * 0.1) * 10) / 10
      : target;
    ws.getCell(r, 5).value = actual;
    if (unit === "%") ws.getCell(r, 5).numFmt = "0%";
    if (typeof actual === "number" && unit === "%") ws.getCell(r, 5).value = actual / 100;
    if (i % 7 === 1) ws.getCell(r, 5).fill = solid("FFFFFF00");
    if (i % 7 === 2) ws.getCell(r, 5).fill = solid("FFFFFFFF");
    if (i % 7 === 4) ws.getCell(r, 5).fill = { type: "pattern", pattern: "lightGray", fgColor: { argb: "FF00B0F0" } };
    if (i % 7 === 3) ws.getCell(r, 5).font = { color: { argb: "FFFF0000" } };
  }
  ws.getColumn(2).width = 48;
}

/** The commune's targets and a consolidated sheet (one column per village) in one workbook. */
export function communeWorkbook(villages = ["Nà Lầu", "Khuổi Khon", "Lùng Vài"]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const targets = wb.addWorksheet("Chỉ tiêu");
  targets.getRow(1).values = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu"];
  INDICATORS.forEach(([name, unit, target], i) => (targets.getRow(2 + i).values = [i + 1, name, unit, target]));
  const sum = wb.addWorksheet("Tổng hợp");
  sum.getRow(2).values = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", ...villages, "Tổng"];
  INDICATORS.forEach(([name, unit, target], i) => {
    const actuals = villages.map((_, v) => (typeof target === "number" ? target * (0.9 + v * 0.1) : target));
    sum.getRow(3 + i).values = [i + 1, name, unit, target, ...actuals, ""];
  });
  return wb;
}

/**
 * Round-trips a workbook through .xlsx bytes (what Excel would have opened), in memory: nothing is written
 * into the repository. The .xlsx files under FIXTURE_DIR are committed, for the readers that take bytes.
 */
export async function asOpenedFile(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await wb.xlsx.writeBuffer();
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(bytes);
  return opened;
}

/** The simulator over a workbook as Excel would have opened it; `fileName` is the name a clerk's file would have, for the reader. */
export async function simulate(wb: ExcelJS.Workbook, _fileName: string, options: Partial<OfficeSimulatorOptions> = {}): Promise<OfficeSimulator> {
  return installOfficeSimulator(globalThis, await asOpenedFile(wb), { apiLevel: "1.17", ...options });
}

/** Every cell's value and style as ExcelJS keeps them, to compare a sheet before and after ("no fill" is absent). */
export function snapshot(ws: ExcelJS.Worksheet, what: "values" | "fills" | "fonts"): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "none" ? undefined : cell.fill;
      // Font colours as Office reads them: automatic and theme "Text 1" are the same black.
      const v = what === "values" ? cell.value : what === "fills" ? fill : colourToOffice(cell.font?.color, "#000000");
      if (v !== undefined && v !== null) out[cell.address] = JSON.parse(JSON.stringify(v));
    }),
  );
  return out;
}

/**
 * A request's size as Excel on the web's Office.js would send it, to hold against the 5 MB limit. The
 * simulator counts each command's name and data; the real runtime (`@microsoft/office-js` 1.1.110,
 * measured) adds 300–1,100 bytes of object paths and actions per command on a range, and sends text in
 * UTF-8, where Vietnamese letters take two or three bytes.
 */
export function webRequestBytes(q: SyncRecord): number {
  return Math.ceil(q.bytes * 1.3) + 500 * q.actions;
}

/** Whether every request so far would have been accepted by Excel on the web. */
export function allUnderWebLimit(sim: OfficeSimulator): boolean {
  return sim.stats.requests.every((q) => webRequestBytes(q) < 5_000_000 && q.responseBytes < 5_000_000 && q.error === null);
}
