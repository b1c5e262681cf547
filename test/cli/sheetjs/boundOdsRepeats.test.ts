import * as XLSX from "@e965/xlsx";
import { boundOdsRepeats } from "../../../src/core/files/boundOdsRepeats";
import { storedZip } from "../../../src/cli/zip/storedZip";

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const content = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="Nà Lầu &amp; Cốc Lầy">${rows}</table:table></office:spreadsheet></office:body></office:document-content>`;
const value = (v: number, repeat = "") => `<table:table-cell${repeat} office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
const text = (t: string) => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
const row = (cells: string, repeat = "") => `<table:table-row${repeat}>${cells}</table:table-row>`;

const MANIFEST = '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>';

/** The cells SheetJS reads from an .ods of this content.xml, as a map from address to value. */
function cellsOf(xml: string): Record<string, unknown> {
  const ods = storedZip(new Map([["mimetype", Buffer.from("application/vnd.oasis.opendocument.spreadsheet")], ["META-INF/manifest.xml", Buffer.from(MANIFEST)], ["styles.xml", Buffer.from("<office:document-styles/>")], ["content.xml", Buffer.from(xml)]]));
  const workbook = XLSX.read(ods, { type: "buffer" });
  const sheet = workbook.Sheets[workbook.SheetNames[0]];
  return Object.fromEntries(Object.entries(sheet).filter(([key]) => !key.startsWith("!")).map(([key, cell]) => [key, (cell as XLSX.CellObject).v]));
}

describe("boundOdsRepeats", () => {
  it("writes repeated empty cells as the self-closing cells SheetJS skips, every value where it was", () => {
    const xml = content(
      row(text("TT") + text("Chỉ tiêu") + '<table:table-cell table:number-columns-repeated="3"><text:p/></table:table-cell>' + value(7)) +
        row('<table:table-cell table:number-columns-repeated="16384"><text:p></text:p></table:table-cell>', ' table:number-rows-repeated="4"') +
        row(value(1) + text("Số hộ nghèo")),
    );
    const bounded = boundOdsRepeats(xml);
    expect(bounded.ok).toBe(true);
    if (!bounded.ok) return;
    expect(bounded.xml).toContain('<table:table-cell table:number-columns-repeated="16384"/>');
    expect(cellsOf(bounded.xml)).toEqual({ A1: "TT", B1: "Chỉ tiêu", F1: 7, A6: 1, B6: "Số hộ nghèo" });
    expect(cellsOf(bounded.xml)).toEqual(cellsOf(content(row(text("TT") + text("Chỉ tiêu") + '<table:table-cell table:number-columns-repeated="3"/>' + value(7)) + row("", ' table:number-rows-repeated="4"') + row(value(1) + text("Số hộ nghèo")))));
  });

  it("leaves a file within the bound as it is, repeated values included", () => {
    const xml = content(row(value(5, ' table:number-columns-repeated="3"'), ' table:number-rows-repeated="2"'));
    expect(boundOdsRepeats(xml, 6)).toEqual({ ok: true, xml });
  });

  it("names the sheet and the cell whose repeats pass the bound, with the rows and columns they cover", () => {
    const xml = content(row(text("TT") + text("Chỉ tiêu")) + row(text("1") + value(1, ' table:number-columns-repeated="16000"'), ' table:number-rows-repeated="500000"'));
    expect(boundOdsRepeats(xml)).toEqual({ ok: false, problem: { sheet: "Nà Lầu & Cốc Lầy", cell: "B2", rows: 500_000, columns: 16_000 } });
  });

  it("counts repeats whatever prefix the file gives its elements and attributes, as SheetJS reads them", () => {
    const xml = `<o:document-content><o:body><o:spreadsheet><t:table t:name="Sheet1"><t:table-row t:number-rows-repeated="1e6"><t:table-cell t:number-columns-repeated="16000" o:value-type="float" o:value="1"></t:table-cell></t:table-row></t:table></o:spreadsheet></o:body></o:document-content>`;
    expect(boundOdsRepeats(xml)).toEqual({ ok: false, problem: { sheet: "Sheet1", cell: "A1", rows: 1_000_000, columns: 16_000 } });
  });

  it("drops a closing tag without its cell, which SheetJS would take as the last cell written again", () => {
    const xml = content(row(value(1, ' table:number-columns-repeated="2"') + "</table:table-cell>".repeat(3), ' table:number-rows-repeated="2"'));
    const bounded = boundOdsRepeats(xml, 4);
    expect(bounded.ok).toBe(true);
    if (!bounded.ok) return;
    expect(bounded.xml.match(/<\/table:table-cell>/g)).toHaveLength(1);
    expect(cellsOf(bounded.xml)).toEqual({ A1: 1, B1: 1, A2: 1, B2: 1 });
  });

  it("counts value cells in comments out, as SheetJS removes comments", () => {
    const xml = content(`<!--${row(value(1, ' table:number-columns-repeated="100"'), ' table:number-rows-repeated="100"')}-->` + row(value(2)));
    expect(boundOdsRepeats(xml, 10)).toEqual({ ok: true, xml });
  });
});
