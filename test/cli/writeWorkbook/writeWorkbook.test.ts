import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import type { SheetModel } from "../../../src/core/model";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-writer-"));

const MODEL: SheetModel = {
  name: "Xếp hạng thi đua 2024",
  cells: [
    { address: "A1", value: "ỦY BAN NHÂN DÂN", style: { font: { name: "Times New Roman", size: 13, bold: true }, horizontal: "center" } },
    { address: "A3", value: "Khuôn Lùng, ngày 28 tháng 11 năm 2026", style: { font: { italic: true } } },
    { address: "A5", value: "Hạng", style: { border: { top: true, bottom: true, left: true, right: true }, fill: "#C6EFCE", wrap: true, vertical: "middle" } },
    { address: "B5", value: "=1+1" },
    { address: "B6", value: "+84 912" },
    { address: "B7", value: "@Nà Lầu" },
    { address: "C5", value: 5000000, style: { numberFormat: "#,##0", font: { color: "#9C0006" } } },
    { address: "D5", value: true },
    { address: "E5", value: null, style: { border: { bottom: true } } },
  ],
  merges: ["A1:C1"],
  columnWidths: [8, 30, 14],
  rowHeights: { 5: 30 },
  print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 }, centerHorizontally: true },
  chart: null,
  printTitleRows: "5:5",
  freezeAt: "A6",
};

describe("writeWorkbook renders a sheet model with ExcelJS", () => {
  const file = path.join(dir, "nested", "xep-hang.xlsx");
  let sheet: ExcelJS.Worksheet;
  let sheetXml: string;

  beforeAll(async () => {
    await writeWorkbook(file, [MODEL]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    sheet = workbook.worksheets[0];
    const zip = await JSZip.loadAsync(readFileSync(file));
    sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  });

  it("names the sheet and writes numbers, booleans and text as values", () => {
    expect(sheet.name).toBe("Xếp hạng thi đua 2024");
    expect(sheet.getCell("A1").value).toBe("ỦY BAN NHÂN DÂN");
    expect(sheet.getCell("C5").value).toBe(5000000);
    expect(sheet.getCell("D5").value).toBe(true);
  });

  it.each(["B5", "B6", "B7"])("keeps text starting with =, + or @ as a text cell (%s), never a formula", (address) => {
    expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
    expect(sheetXml).not.toContain("<f>");
  });

  it("keeps a village named =1+1 as the text =1+1", () => {
    expect(sheet.getCell("B5").value).toBe("=1+1");
  });

  it("applies fonts, fills, borders, alignment and number formats", () => {
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Times New Roman", size: 13, bold: true });
    expect(sheet.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(sheet.getCell("A3").font).toMatchObject({ italic: true });
    expect(sheet.getCell("A5").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    expect(sheet.getCell("A5").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } });
    expect(sheet.getCell("A5").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    expect(sheet.getCell("C5").numFmt).toBe("#,##0");
    expect(sheet.getCell("C5").font.color).toEqual({ argb: "FF9C0006" });
    expect(sheet.getCell("E5").border).toMatchObject({ bottom: { style: "thin" } });
  });

  it("merges ranges and sets column widths and row heights", () => {
    expect(sheet.getCell("B1").isMerged).toBe(true);
    expect(sheet.getCell("B1").master.address).toBe("A1");
    expect(sheet.getColumn(1).width).toBe(8);
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getRow(5).height).toBe(30);
  });

  it("prints on A4 landscape, one page wide, any number of pages tall, centred, with repeated title rows", () => {
    expect(sheetXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(sheetXml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(sheetXml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    expect(sheetXml).toMatch(/<printOptions[^>]*horizontalCentered="1"/);
    expect(sheet.pageSetup.printTitlesRow).toBe("5:5");
  });

  it("freezes the panes above the given cell", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 5 });
  });
});

describe("writeWorkbook when the library refuses a decoration", () => {
  it("keeps every value and number format, applies the print setup, and names the layout it left out", async () => {
    const file = path.join(dir, "overlapping-merges.xlsx");
    // Two merges that overlap: ExcelJS refuses the second.
    const rendered = await writeWorkbook(file, [{ ...MODEL, merges: ["A1:C1", "B1:D1"] }]);
    expect(rendered).toEqual([{ sheet: MODEL.name, missing: ["layout"] }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    for (const cell of MODEL.cells) expect([cell.address, sheet.getCell(cell.address).value]).toEqual([cell.address, cell.value]);
    expect(sheet.getCell("C5").numFmt).toBe("#,##0");
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "5:5" });
  });

  it("names nothing when all is rendered", async () => {
    expect(await writeWorkbook(path.join(dir, "whole.xlsx"), [MODEL])).toEqual([{ sheet: MODEL.name, missing: [] }]);
  });
});
