import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import * as cptable from "@e965/xlsx/dist/cpexcel.js";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import { formatFinding } from "../../../src/core/messages";
import { readIndicatorTable } from "../../../src/core/table/readIndicatorTable";
import { toVni } from "../../core/text/legacyCodecs";
import { protectedXls, protectedXlsx } from "../../fixtures/protectedWorkbooks";

XLSX.set_cptable(cptable);
const dir = mkdtempSync(path.join(tmpdir(), "thidua-formats-"));

const ROWS: unknown[][] = [
  ["THÔN KHUỔI VÙA"],
  ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
  [1, "Diện tích trồng rừng mới", "Ha", 14, 15.5],
  [2, "Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 0.93, 0.95],
  [3, "Xây dựng thôn văn hóa", "", "Đạt", "Đạt"],
];

function book(sheetName = "Báo cáo"): XLSX.WorkBook {
  const sheet = XLSX.utils.aoa_to_sheet(ROWS);
  (sheet.D4 as XLSX.CellObject).z = "0%";
  (sheet.E4 as XLSX.CellObject).z = "0%";
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, sheetName);
  return workbook;
}

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

const asWritten = (bookType: XLSX.BookType) => XLSX.write(book(), { type: "buffer", bookType }) as Buffer;

async function tableOf(file: string) {
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.failures)}`);
  return readIndicatorTable(read.value[0]);
}

const EXPECTED = [
  ["Diện tích trồng rừng mới", "Ha", 14],
  ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", 93],
  ["Xây dựng thôn văn hóa", null, "Đạt"],
];

describe("workbooks in other formats read as .xlsx is", () => {
  it.each([
    ["an Excel 97–2003 .xls", "bao-cao-2003.xls", "biff8"],
    ["an OpenDocument .ods", "bao-cao.ods", "ods"],
    ["an .xlsb", "bao-cao.xlsb", "xlsb"],
    ["an .xlsm", "bao-cao.xlsm", "xlsm"],
    ["an .xls saved as .xlsx (the extension lies)", "doi-ten.xlsx", "biff8"],
    ["an .xlsx saved as .xls (the extension lies)", "doi-ten-2.xls", "xlsx"],
  ] as const)("%s: every row, its unit and target, percents by their format", async (_label, name, bookType) => {
    const table = await tableOf(write(name, asWritten(bookType)));
    expect(table).toMatchObject({ layout: "report", headerRow: 2, title: { village: "Khuổi Vùa" } });
    expect(table.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.target])).toEqual(EXPECTED);
  });

  it("reads an HTML table a web system saved as .xls", async () => {
    const html = XLSX.write(book(), { type: "string", bookType: "html" }) as string;
    const table = await tableOf(write("xuat-tu-web.xls", html));
    // HTML keeps no number formats: the percents are the fractions as shown
    expect(table.indicators.map((indicator) => [indicator.name, indicator.unit])).toEqual(EXPECTED.map(([name, unit]) => [name, unit]));
  });

  it("reads an .xls whose text is in code page 1258 as Unicode", async () => {
    // BIFF5 keeps 8-bit text in the workbook's code page; write a placeholder and put cp1258 bytes in its place.
    const name = "Sô\u0301 hô\u0323 nghèo thoát nghèo";
    const encoded = Buffer.from((cptable as unknown as { utils: { encode: (cp: number, text: string) => number[] } }).utils.encode(1258, name));
    const placeholder = "Z".repeat(encoded.length);
    const sheet = XLSX.utils.aoa_to_sheet([["TT", "Chi tieu", "DVT", "Muc tieu"], [1, placeholder, "Ho", 12]]);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, "Sheet1");
    const bytes = XLSX.write(workbook, { type: "buffer", bookType: "biff5" }) as Buffer;
    encoded.copy(bytes, bytes.indexOf(Buffer.from(placeholder)));
    const codepage = bytes.indexOf(Buffer.from([0x42, 0x00, 0x02, 0x00, 0xe4, 0x04]));
    bytes.writeUInt16LE(1258, codepage + 4);
    const table = await tableOf(write("ma-1258.xls", bytes));
    expect(table.indicators.map((indicator) => [indicator.name, indicator.target])).toEqual([["Số hộ nghèo thoát nghèo", 12]]);
  });

  it("reads TCVN3 text kept in an .xls and says it converted it", async () => {
    const sheet = XLSX.utils.aoa_to_sheet([["TT", "ChØ tiªu", "§VT", "Môc tiªu"], [1, "Sè hé nghÌo", "Hé", 5]]);
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, "Sheet1");
    const table = await tableOf(write("tcvn3.xls", XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer));
    expect(table.indicators.map((indicator) => [indicator.name, indicator.unit])).toEqual([["Số hộ nghèo", "Hộ"]]);
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "text/legacy-encoding" }));
  });
});

describe("one grid builder for every format", () => {
  it("an .xls's value under a merge reads blank, as in an .xlsx", async () => {
    const workbook = book();
    workbook.Sheets["Báo cáo"].B1 = { t: "s", v: "còn sót dưới ô gộp" };
    workbook.Sheets["Báo cáo"]["!merges"] = [XLSX.utils.decode_range("A1:E1")];
    const read = await readWorkbookFile(write("gop.xls", XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer));
    expect(read.ok && read.value[0].values[0]).toEqual(["THÔN KHUỔI VÙA", "", "", "", ""]);
  });
});

describe("legacy Vietnamese text in an .xls", () => {
  it("reads VNI-Windows text (VNI-Times fonts) kept in an .xls as Unicode, and says it converted it", async () => {
    const names = ["Số hộ nghèo giảm trong năm", "Tỷ lệ người dân tham gia bảo hiểm y tế", "Xây dựng thôn văn hóa"];
    const rows = [
      ["THÔN PHJA ĐÉN", "", "", ""].map(toVni),
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"].map(toVni),
      [1, toVni(names[0]), toVni("Hộ"), 12],
      [2, toVni(names[1]), "%", 95],
      [3, toVni(names[2]), "", toVni("Đạt")],
    ];
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), "Sheet1");
    const table = await tableOf(write("vni.xls", XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer));
    expect(table.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.target])).toEqual([
      [names[0], "Hộ", 12],
      [names[1], "%", 95],
      [names[2], null, "Đạt"],
    ]);
    expect(table.findings).toContainEqual(expect.objectContaining({ code: "text/legacy-encoding", details: expect.objectContaining({ encoding: "vni" }) }));
  });
});

describe("a password-protected workbook is named, with what to do", () => {
  it.each([
    ["an Excel 97–2003 .xls (a FilePass record)", "mat-khau.xls", protectedXls],
    ["an .xlsx (an encrypted package in a compound file)", "mat-khau.xlsx", protectedXlsx],
    ["an .xls saved as .xlsx", "mat-khau-2.xlsx", protectedXls],
    ["an .xlsx saved as .xls", "mat-khau-2.xls", protectedXlsx],
  ])("%s", async (_label, name, bytes) => {
    const file = write(name, bytes());
    const read = await readWorkbookFile(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.failures).toMatchObject({ code: "file/unreadable", sheet: file, details: { reason: "protected" } });
    expect(formatFinding(read.failures, "vi")).toContain("Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại");
    expect(formatFinding(read.failures, "en")).toContain("Open it in Excel, remove the password and save it again");
    expect(formatFinding(read.failures, "vi")).toContain(name);
  });
});

describe("files that are not read, each with its reason", () => {
  const reasonOf = async (file: string) => {
    const read = await readWorkbookFile(file);
    return read.ok ? "readable" : read.failures.details?.reason;
  };

  it.each([
    ["a .csv", () => write("bao-cao.csv", "TT,Chỉ tiêu,ĐVT,Mục tiêu\n1,Số hộ nghèo,Hộ,5\n"), "csv"],
    ["a .csv renamed .xls", () => write("bao-cao-csv.xls", "TT;Chỉ tiêu;ĐVT;Mục tiêu\n1;Số hộ nghèo;Hộ;5\n"), "csv"],
    ["a note renamed .xls", () => write("ghi-chu.xls", "Đây là ghi chú, không phải bảng"), "not-xlsx"],
    ["a damaged .xls", () => write("hong.xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])), "corrupt"],
    ["a damaged .ods", () => write("hong.ods", asWritten("ods").subarray(0, 400)), "corrupt"],
  ])("%s", async (_label, makeFile, reason) => {
    expect(await reasonOf(makeFile())).toBe(reason);
  });
});
