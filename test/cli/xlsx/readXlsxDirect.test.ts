import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { guardZip } from "../../../src/cli/zip/guardZip";
import { storedZip } from "../../../src/cli/zip/storedZip";
import { readWithExcelJs } from "../../../src/cli/xlsx/readWithExcelJs";
import { readXlsxDirect } from "../../../src/cli/xlsx/readXlsxDirect";

// The direct reader must give exactly what the ExcelJS road gives, value by value and format by format.
async function bothRoads(bytes: Buffer) {
  const zip = guardZip(bytes);
  if (!zip.ok) throw new Error("expected a zip");
  const direct = readXlsxDirect(zip.value);
  const full = guardZip(bytes);
  if (!full.ok) throw new Error("expected a zip");
  return { direct, excel: await readWithExcelJs(full.value) };
}

async function written(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const RELS = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="ws"/></Relationships>';

function handWritten(sheetData: string, extra: { strings?: string; styles?: string; workbookPr?: string } = {}): Buffer {
  const parts = new Map<string, Buffer>([
    ["xl/workbook.xml", Buffer.from(`<workbook>${extra.workbookPr ?? ""}<sheets><sheet name="Nà Lầu &amp; Cốc Lầy" sheetId="1" r:id="rId1"/></sheets></workbook>`)],
    ["xl/_rels/workbook.xml.rels", Buffer.from(RELS)],
    ["xl/worksheets/sheet1.xml", Buffer.from(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`)],
  ]);
  if (extra.strings) parts.set("xl/sharedStrings.xml", Buffer.from(`<sst>${extra.strings}</sst>`));
  if (extra.styles) parts.set("xl/styles.xml", Buffer.from(`<styleSheet>${extra.styles}</styleSheet>`));
  return storedZip(parts);
}

const STYLES =
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy\\ &quot;giờ&quot;"/></numFmts>' +
  '<cellXfs count="5"><xf numFmtId="3"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="0"/></cellXfs>';

describe("readXlsxDirect reads as the ExcelJS road does", () => {
  it("on every kind of cell a program writes", async () => {
    const bytes = await written((workbook) => {
      workbook.properties.date1904 = false;
      const ws = workbook.addWorksheet("Thôn Nà Lầu");
      ws.getCell("A1").value = 1417;
      ws.getCell("B1").value = "Tổng sản lượng & \"ngô\" <lúa>";
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = false;
      ws.getCell("E1").value = "Ghi chú\u001b[2J";
      ws.getCell("A2").value = { formula: "A1*2", result: 2834 };
      ws.getCell("B2").value = { formula: "A1-A1", result: 0 };
      ws.getCell("C2").value = { formula: "B1&\"\"", result: "Đạt" };
      ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E2").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
      ws.getCell("A3").value = { richText: [{ text: "Thôn " }, { font: { bold: true }, text: "Nà Lầu" }] };
      ws.getCell("B3").value = { text: "Cổng thông tin xã", hyperlink: "https://example.org" };
      ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("D3").value = new Date(Date.UTC(2024, 11, 10, 7, 30));
      ws.getCell("D3").numFmt = "dd/mm/yyyy hh:mm";
      ws.getCell("E3").value = { formula: "D3+1", result: new Date(Date.UTC(2024, 11, 11)) };
      ws.getCell("E3").numFmt = "dd/mm/yyyy";
      ws.getCell("A4").value = 0.975;
      ws.getCell("A4").numFmt = "0.0%";
      ws.getCell("B4").value = 5000000;
      ws.getCell("B4").numFmt = "#,##0";
      ws.getCell("C4").numFmt = "0%";
      ws.getCell("D4").value = "";
      ws.getCell("B5").value = "Chỉ tiêu về Nông thôn mới";
      ws.mergeCells("B5:D5");
      ws.getCell("A6").value = { formula: "A1*1", result: 1417, shareType: "shared", ref: "A6:A7" } as ExcelJS.CellSharedFormulaValue & { shareType: string; ref: string };
      ws.getCell("A7").value = { sharedFormula: "A6", result: 2834 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell("Z900").value = "xa";
      const hidden = workbook.addWorksheet("Ẩn", { state: "hidden" });
      hidden.getCell("A1").value = "Danh sách";
      workbook.addWorksheet("Trống");
    });
    const { direct, excel } = await bothRoads(bytes);
    expect(direct).not.toBeNull();
    expect(direct).toEqual(excel);
  });

  it("in the 1904 date system", async () => {
    const bytes = await written((workbook) => {
      workbook.properties.date1904 = true;
      const ws = workbook.addWorksheet("Ngày");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 0, 31));
      ws.getCell("A1").numFmt = "d/m/yyyy";
      ws.getCell("B1").value = 45000.123456789;
    });
    const { direct, excel } = await bothRoads(bytes);
    expect(direct).not.toBeNull();
    expect(direct).toEqual(excel);
  });

  it.each([
    ["inline strings, entities and character references", '<row r="1"><c r="A1" t="inlineStr"><is><t>Nà &#7846;u &amp; &#x1EA6;</t></is></c><c r="B1" t="inlineStr"><is><t></t></is></c><c r="C1" t="str"><v>Đạt</v></c></row>'],
    ["shared strings with runs and phonetic guides", '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>3</v></c></row>'],
    ["built-in, custom and absent number formats, style 0 and unknown styles", '<row r="3"><c r="A3" s="1"><v>5000</v></c><c r="B3" s="2"><v>0.5</v></c><c r="C3" s="3"><v>45636.25</v></c><c r="D3" s="4"><v>45636</v></c><c r="E3" s="0"><v>1</v></c><c r="F3" s="99"><v>2</v></c><c r="G3" s="2"/></row>'],
    ["formulas with and without results, and an empty formula", '<row r="4"><c r="A4"><f>SUM(B4:C4)</f><v>3</v></c><c r="B4"><f>1+1</f></c><c r="C4" t="b"><f>TRUE()</f><v>1</v></c><c r="D4"><f/><v>7</v></c><c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F4"><f>1</f><v></v></c></row>'],
    ["numbers written every way, empty values and line ends", '<row r="6"><c r="A6"><v>1.5E-3</v></c><c r="B6" t="n"><v>-0</v></c><c r="C6"><v></v></c><c r="D6" t="b"><v>0</v></c><c r="E6" t="inlineStr"><is><t>dòng 1\r\ndòng 2</t></is></c></row>'],
  ])("on hand-written XML: %s", async (_, sheetData) => {
    const strings =
      '<si><t>Hộ</t></si><si><r><t>Tấ</t></r><r><rPr><b/></rPr><t xml:space="preserve">n </t></r></si>' +
      '<si><t>Thôn</t><rPh sb="0" eb="1"><t>ト</t></rPh></si><si><t>ESC_x001B_ here</t></si>';
    const { direct, excel } = await bothRoads(handWritten(sheetData, { strings, styles: STYLES }));
    expect(direct).not.toBeNull();
    expect(direct).toEqual(excel);
  });

  it.each([
    ["a row without its reference", '<row><c r="A1"><v>1</v></c></row>'],
    ["a cell without its reference", '<row r="1"><c><v>1</v></c></row>'],
    ["a shared formula's later cell without its result", '<row r="1"><c r="A1"><f t="shared" si="0" ref="A1:A2">1</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/></c></row>'],
    ["a date cell written as text", '<row r="1"><c r="A1" t="d"><v>2024-12-10</v></c></row>'],
    ["a cell in Excel's column past XFD", '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
  ])("leaves to the ExcelJS road %s", async (_, sheetData) => {
    const zip = guardZip(handWritten(sheetData));
    if (!zip.ok) throw new Error("expected a zip");
    expect(readXlsxDirect(zip.value)).toBeNull();
  });

  it.each(["village-60.xlsx", "village-6000.xlsx", "three-villages.xlsx", "commune.xlsx", "village-hidden.xlsx", "ban-tat-ma.xlsx", "village-gradient.xlsx"])(
    "on the fixture %s",
    async (name) => {
      const { direct, excel } = await bothRoads(readFileSync(path.join(__dirname, "../../fixtures/excel", name)));
      expect(direct).not.toBeNull();
      expect(direct).toEqual(excel);
    },
  );
});
