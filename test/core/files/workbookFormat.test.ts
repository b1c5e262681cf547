import { workbookFormat, type WorkbookFormat } from "../../../src/core/files/workbookFormat";
import { zipBytes, type ZipPart } from "../../fixtures/hostile/zipBytes";

const text = (value: string) => Buffer.from(value, "utf8");
const zip = (parts: ZipPart[]) => Uint8Array.from(zipBytes(parts));
const xml = (name: string): ZipPart => ({ name, data: text("<x/>") });
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("workbookFormat tells a file by its content, not its name", () => {
  it.each<[string, Uint8Array, WorkbookFormat]>([
    ["an .xlsx: content types and the workbook part", zip([xml("[Content_Types].xml"), xml("xl/workbook.xml"), xml("xl/worksheets/sheet1.xml")]), "xlsx"],
    ["an .xlsx with a part merely named …xl/workbook.bin…", zip([xml("[Content_Types].xml"), xml("xl/workbook.xml"), xml("xl/media/xl/workbook.bin.png")]), "xlsx"],
    ["an .xlsb: the binary workbook part", zip([xml("[Content_Types].xml"), xml("xl/workbook.bin")]), "xlsb"],
    ["an .ods: its mimetype stored first, and content.xml", zip([{ name: "mimetype", data: text(ODS_MIMETYPE), stored: true }, xml("content.xml"), xml("META-INF/manifest.xml")]), "ods"],
    ["an .ods whose mimetype is compressed", zip([xml("META-INF/manifest.xml"), { name: "mimetype", data: text(ODS_MIMETYPE) }, xml("content.xml")]), "ods"],
    ["an OpenDocument text (.odt) renamed .ods", zip([{ name: "mimetype", data: text("application/vnd.oasis.opendocument.text"), stored: true }, xml("content.xml")]), "zip"],
    ["a Word document (.docx) renamed .xlsx", zip([xml("[Content_Types].xml"), xml("word/document.xml")]), "zip"],
    ["a zip whose bytes only mention xl/workbook.bin in a file's text", zip([{ name: "ghi-chu.txt", data: text("xl/workbook.bin content.xml [Content_Types].xml") }]), "zip"],
    ["a truncated zip", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(7)]), "damaged"],
    ["an Excel 97–2003 workbook", Uint8Array.from([...CFB, ...new Array(504).fill(0)]), "xls"],
    ["a workbook saved with a password", Uint8Array.from([...CFB, ...new Array(100).fill(0), ...Buffer.from("EncryptionInfo", "utf16le")]), "encrypted"],
    ["a web page holding a table", Uint8Array.from(text("<html><body><table><tr><td>TT</td></tr></table></body></html>")), "html"],
    ["a .csv", Uint8Array.from(text("TT;Chỉ tiêu;ĐVT\n1;Số hộ nghèo;Hộ\n")), "csv"],
    ["a note", Uint8Array.from(text("Báo cáo gửi sau.")), "text"],
    ["a PDF", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff]), "other"],
    ["an empty file", new Uint8Array(0), "other"],
  ])("%s", (_label, bytes, format) => {
    expect(workbookFormat(bytes)).toBe(format);
  });

  it("reads a Buffer and the plain bytes a browser gives alike, at any offset of their memory", () => {
    const bytes = zipBytes([xml("[Content_Types].xml"), xml("xl/workbook.bin")]);
    const inside = new Uint8Array(bytes.length + 7);
    inside.set(bytes, 7);
    expect([workbookFormat(bytes), workbookFormat(inside.subarray(7))]).toEqual(["xlsb", "xlsb"]);
  });
});
