import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import type { SheetCells } from "../../../src/core/model";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-reader-"));

async function saved(build: (workbook: ExcelJS.Workbook) => void, name = `w${Math.random().toString(36).slice(2)}.xlsx`): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function readOnlySheet(file: string): Promise<SheetCells> {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`expected a readable workbook, got ${JSON.stringify(read.failures)}`);
  return read.value[0];
}

describe("readWorkbookFile gives each cell as Office.js Range.values would", () => {
  let sheet: SheetCells;

  beforeAll(async () => {
    const file = await saved((workbook) => {
      const ws = workbook.addWorksheet("Thôn Nà Lầu");
      ws.getCell("A1").value = 1417;
      ws.getCell("B1").value = "Tổng sản lượng";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = false;
      ws.getCell("E1").value = "Ghi chú";
      ws.getCell("A2").value = { formula: "A1*2", result: 2834 };
      ws.getCell("B2").value = { formula: "A1-A1", result: 0 };
      ws.getCell("C2").value = { formula: "B1&\"\"", result: "Đạt" };
      ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E2").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
      ws.getCell("A3").value = { richText: [{ text: "Thôn " }, { font: { bold: true }, text: "Nà Lầu" }] };
      ws.getCell("B3").value = { text: "Cổng thông tin xã", hyperlink: "https://example.org" };
      ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("D3").value = new Date(Date.UTC(2024, 11, 10));
      ws.getCell("D3").numFmt = "dd/mm/yyyy";
      ws.getCell("A4").value = 0.975;
      ws.getCell("A4").numFmt = "0.0%";
      ws.getCell("B4").value = 5000000;
      ws.getCell("B4").numFmt = "#,##0";
      ws.getCell("B5").value = "Chỉ tiêu về Nông thôn mới";
      ws.mergeCells("B5:D5");
      ws.getCell("A6").value = { formula: "A1*1", result: 1417, shareType: "shared", ref: "A6:A7" } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
      ws.getCell("A7").value = { sharedFormula: "A6", result: 2834 } as ExcelJS.CellSharedFormulaValue;
    });
    sheet = await readOnlySheet(file);
  });

  it.each([
    ["a number", 0, 0, 1417],
    ["a string", 0, 1, "Tổng sản lượng"],
    ["a boolean true", 0, 2, true],
    ["a boolean false", 0, 3, false],
    ["a formula's cached number", 1, 0, 2834],
    ["a formula whose cached result is 0", 1, 1, 0],
    ["a formula's cached text", 1, 2, "Đạt"],
    ["a formula's cached error", 1, 3, "#DIV/0!"],
    ["a formula without a cached result", 1, 4, ""],
    ["rich text as its plain text", 2, 0, "Thôn Nà Lầu"],
    ["a hyperlink as its text", 2, 1, "Cổng thông tin xã"],
    ["an error cell as its error string", 2, 2, "#N/A"],
    ["a date as its serial number", 2, 3, 45636],
    ["a percent-formatted number as the stored fraction", 3, 0, 0.975],
    ["the top-left cell of a merge", 4, 1, "Chỉ tiêu về Nông thôn mới"],
    ["a cell covered by a merge as blank", 4, 2, ""],
    ["the last cell covered by a merge as blank", 4, 3, ""],
    ["a blank cell as an empty string", 4, 0, ""],
    ["a shared formula's master result", 5, 0, 1417],
    ["a shared formula's dependent result", 6, 0, 2834],
  ])("reads %s", (_label, row, column, expected) => {
    expect(sheet.values[row][column]).toEqual(expected);
  });

  it("gives the number format of each cell, General where none is set", () => {
    expect(sheet.formats[3][0]).toBe("0.0%");
    expect(sheet.formats[3][1]).toBe("#,##0");
    expect(sheet.formats[2][3]).toBe("dd/mm/yyyy");
    expect(sheet.formats[0][0]).toBe("General");
    expect(sheet.formats[4][0]).toBe("General");
  });

  it("gives a rectangular grid from A1 to the last cell with a value, named after the sheet", () => {
    expect(sheet.name).toBe("Thôn Nà Lầu");
    expect(sheet.values).toHaveLength(7);
    expect(new Set(sheet.values.map((row) => row.length))).toEqual(new Set([5]));
    expect(sheet.formats.map((row) => row.length)).toEqual(sheet.values.map((row) => row.length));
  });
});

describe("readWorkbookFile in the 1904 date system", () => {
  it("gives the serial number Excel stores in that system", async () => {
    const file = await saved((workbook) => {
      workbook.properties.date1904 = true;
      const ws = workbook.addWorksheet("Sheet1");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 11, 10));
    });
    expect((await readOnlySheet(file)).values[0][0]).toBe(45636 - 1462);
  });
});

describe("readWorkbookFile reads every sheet and trims what holds no value", () => {
  it("returns the sheets in workbook order and leaves off trailing rows and columns that are only formatted", async () => {
    const file = await saved((workbook) => {
      const first = workbook.addWorksheet("Chỉ tiêu 2024");
      first.getCell("A1").value = "TT";
      first.getCell("F9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
      workbook.addWorksheet("Nà Lầu").getCell("B2").value = 3;
    });
    const read = await readWorkbookFile(file);
    expect(read.ok && read.value.map((s) => [s.name, s.values])).toEqual([
      ["Chỉ tiêu 2024", [["TT"]]],
      ["Nà Lầu", [["", ""], ["", 3]]],
    ]);
  });
});

describe("readWorkbookFile with a stray value far from the table", () => {
  it("reads the table and leaves the stray cell (XFD1048576) out, without padding any row out to it", async () => {
    const file = await saved((workbook) => {
      const ws = workbook.addWorksheet("Báo cáo");
      ws.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
      ws.addRow([1, "Số hộ nghèo giảm trong năm", "Hộ", 7, 9]);
      ws.getCell("XFD1048576").value = "x";
    });
    const sheet = await readOnlySheet(file);
    expect(sheet.values).toEqual([
      ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"],
      [1, "Số hộ nghèo giảm trong năm", "Hộ", 7, 9],
    ]);
    expect(sheet.formats.map((row) => row.length)).toEqual(sheet.values.map((row) => row.length));
    expect(readIndicatorTable(sheet).indicators.map((i) => i.name)).toEqual(["Số hộ nghèo giảm trong năm"]);
  }, 60_000);
});

describe("readWorkbookFile reads the sheets a person sees", () => {
  it("leaves hidden sheets out, as the add-in lists only visible ones", async () => {
    const file = await saved((workbook) => {
      workbook.addWorksheet("Nà Lầu").getCell("A1").value = "TT";
      workbook.addWorksheet("Mẫu", { state: "hidden" }).getCell("A1").value = "TT";
      workbook.addWorksheet("Danh mục", { state: "veryHidden" }).getCell("A1").value = "Đạt";
    });
    const read = await readWorkbookFile(file);
    expect(read.ok && read.value.map((s) => s.name)).toEqual(["Nà Lầu"]);
  });
});

describe("readWorkbookFile turns unusable files into a file/unreadable finding", () => {
  const reasonFor = async (file: string) => {
    const read = await readWorkbookFile(file);
    if (read.ok) return "readable";
    expect(read.failures).toMatchObject({ code: "file/unreadable", severity: "error", sheet: file, cell: null });
    return read.failures.details?.reason;
  };

  it.each([
    ["a missing file", () => path.join(dir, "khong-co.xlsx"), "missing"],
    ["a directory", () => dir, "directory"],
    ["a .csv file", () => write("bao-cao.csv", "TT,Chỉ tiêu\n1,Thu ngân sách\n"), "csv"],
    ["a damaged old .xls workbook", () => write("bao-cao.xls", Buffer.concat([CFB_MAGIC, Buffer.alloc(504)])), "corrupt"],
    ["a damaged .xls workbook renamed .xlsx", () => write("doi-ten.xlsx", Buffer.concat([CFB_MAGIC, Buffer.alloc(504)])), "corrupt"],
    ["a password-protected workbook", () => write("mat-khau.xlsx", encryptedWorkbookBytes()), "protected"],
    ["a text file renamed .xlsx", () => write("ghi-chu.xlsx", "đây không phải là tệp Excel"), "not-xlsx"],
    ["a .csv file renamed .xlsx", () => write("bao-cao-csv.xlsx", "TT,Chỉ tiêu\n1,Thu ngân sách\n"), "csv"],
    ["a damaged file that is not a zip", () => write("hong.xlsx", Buffer.from([0x00, 0x13, 0x37, 0x00, 0xff, 0xfe])), "corrupt"],
    ["an empty file", () => write("rong.xlsx", ""), "corrupt"],
    ["a truncated zip", () => write("cut.xlsx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)])), "corrupt"],
  ])("%s", async (_label, makeFile, reason) => {
    expect(await reasonFor(makeFile())).toBe(reason);
  });

  it("an empty workbook", async () => {
    const file = await saved((workbook) => workbook.addWorksheet("Sheet1"));
    expect(await reasonFor(file)).toBe("empty");
  });
});

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The shape Excel saves a password-protected workbook in: a compound file with an EncryptionInfo stream. */
function encryptedWorkbookBytes(): Buffer {
  const directoryEntry = Buffer.alloc(128);
  Buffer.from("EncryptionInfo", "utf16le").copy(directoryEntry);
  return Buffer.concat([CFB_MAGIC, Buffer.alloc(504), directoryEntry, Buffer.from("EncryptedPackage", "utf16le")]);
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
