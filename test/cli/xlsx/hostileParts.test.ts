import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readNumberFormats } from "../../../src/cli/xlsx/readNumberFormats";
import { readWorkbookFile } from "../../../src/cli/xlsx/readWorkbookFile";
import { readXlsxDirect } from "../../../src/cli/xlsx/readXlsxDirect";
import { hasReferences, sheetMerges, withReferences } from "../../../src/cli/xlsx/sheetXml";
import { slimXlsx } from "../../../src/cli/xlsx/slimXlsx";
import { startTags } from "../../../src/cli/xlsx/xmlText";
import { guardZip } from "../../../src/cli/zip/guardZip";
import { storedZip } from "../../../src/cli/zip/storedZip";

/**
 * Parts written to cost time in the square of their length under a pattern such as `<xf[^>]*>`
 * ("<xf<xf<xf…" without a ">", several megabytes) are read through once: the direct reader hands them to
 * the full reader, which names the file damaged. The figures asserted are the results, not the time; at
 * these sizes a pattern would not finish within the test's limit.
 */
const MB = 2 ** 20;
const hostile = (unit: string) => unit.repeat(Math.ceil((4 * MB) / unit.length));

const RELS = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="ws"/></Relationships>';
const WORKBOOK = '<workbook><sheets><sheet name="Thôn Nà Lầu" sheetId="1" r:id="rId1"/></sheets></workbook>';
const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c></row></sheetData></worksheet>';
const STYLES = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>';

function workbook(parts: { workbook?: string; rels?: string; styles?: string; sheet?: string }): Buffer {
  return storedZip(
    new Map([
      ["xl/workbook.xml", Buffer.from(parts.workbook ?? WORKBOOK)],
      ["xl/_rels/workbook.xml.rels", Buffer.from(parts.rels ?? RELS)],
      ["xl/styles.xml", Buffer.from(parts.styles ?? STYLES)],
      ["xl/worksheets/sheet1.xml", Buffer.from(parts.sheet ?? SHEET)],
    ]),
  );
}

function direct(bytes: Buffer) {
  const zip = guardZip(bytes);
  if (!zip.ok) throw new Error("expected a zip");
  return readXlsxDirect(zip.value);
}

const dir = mkdtempSync(path.join(tmpdir(), "thidua-hostile-"));

async function readFile(bytes: Buffer) {
  const file = path.join(dir, `w${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, bytes);
  return readWorkbookFile(file);
}

describe("startTags", () => {
  it.each([
    ["self-closing", '<a><xf numFmtId="1"/><xf/></a>', [' numFmtId="1"', ""]],
    ["with a body", "<xf\nid='2'>x</xf>", ["\nid='2'"]],
    ["the name whole: <xfId> is not <xf>", "<xfId/><xf>", [""]],
    ["none", "<sst/>", []],
  ])("%s", (_, xml, attributes) => {
    expect(startTags(xml, "xf")?.map((tag) => tag.attributes)).toEqual(attributes);
  });

  it("a start tag not closed: null", () => {
    expect(startTags('<xf numFmtId="1"/><xf numFmtId="2"', "xf")).toBeNull();
  });
});

describe("a hostile styles part", () => {
  it.each([
    ["<xf<xf<xf… in cellXfs", `<styleSheet><cellXfs>${hostile("<xf")}</cellXfs></styleSheet>`, []],
    ["<xf <xf <xf … never closed", `<styleSheet><cellXfs>${hostile("<xf ")}</cellXfs></styleSheet>`, null],
    ["<numFmt <numFmt … never closed", `<styleSheet><numFmts>${hostile("<numFmt ")}`, null],
    ["<numFmt<numFmt… with no id", `<styleSheet><numFmts>${hostile("<numFmt")}</numFmts></styleSheet>`, []],
  ])("%s: read through once", (_, xml, expected) => {
    expect(readNumberFormats(xml)).toEqual(expected);
  });

  it("goes to the full reader, which names the file damaged", async () => {
    const bytes = workbook({ styles: `<styleSheet><cellXfs>${hostile("<xf ")}` });
    expect(direct(bytes)).toBeNull();
    const read = await readFile(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.failures).toMatchObject({ code: "file/unreadable", details: { reason: "corrupt" } });
  });
});

describe("a hostile workbook part", () => {
  it.each([
    ["<sheet <sheet … never closed", { workbook: `<workbook><sheets>${hostile("<sheet ")}` }],
    ["<workbookPr <workbookPr … never closed", { workbook: `${WORKBOOK.slice(0, -"</workbook>".length)}${hostile("<workbookPr ")}` }],
    ["<Relationship <Relationship … never closed", { rels: `<Relationships>${hostile("<Relationship ")}` }],
  ])("%s: the direct reader hands it on, the full reader names it damaged", async (_, parts) => {
    const bytes = workbook(parts);
    expect(direct(bytes)).toBeNull();
    const read = await readFile(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.failures).toMatchObject({ code: "file/unreadable", details: { reason: "corrupt" } });
  });

  it("<sheet<sheet… lists no sheet: the same as the full reader's preparation finds", () => {
    const bytes = workbook({ workbook: `<workbook><sheets>${hostile("<sheet")}</sheets></workbook>` });
    expect(direct(bytes)).toEqual({ ok: true, sheets: [], calculated: false });
    const zip = guardZip(bytes);
    if (!zip.ok) throw new Error("expected a zip");
    const slim = slimXlsx(zip.value, false);
    expect(slim.ok && slim.value.merges.size).toBe(0);
  });

  it("a long sheet name is still cut to Excel's 31 characters, the rest of the part kept", () => {
    const name = "Thôn Nà Lầu &amp; Cốc Lầy, xã Nà Lầu, huyện Bảo Lâm";
    const bytes = workbook({ workbook: `<workbook><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>` });
    const zip = guardZip(bytes);
    if (!zip.ok) throw new Error("expected a zip");
    const slim = slimXlsx(zip.value, false);
    if (!slim.ok) throw new Error("expected a slim workbook");
    const inner = guardZip(slim.value.zip);
    if (!inner.ok) throw new Error("expected a zip");
    const taken = inner.value.take(["xl/workbook.xml"]);
    expect(taken.ok && taken.parts.get("xl/workbook.xml")?.toString("utf8")).toBe(
      '<workbook><sheets><sheet name="Thôn Nà Lầu &amp; Cốc Lầy, xã Nà Lầ" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
  });
});

describe("a hostile sheet part", () => {
  it.each([
    ["<mergeCells <mergeCells … never closed", `<worksheet>${hostile("<mergeCells ")}`, null],
    ["<mergeCell <mergeCell … never closed", `<worksheet><mergeCells>${hostile("<mergeCell ")}</mergeCells></worksheet>`, null],
    ["<mergeCell<mergeCell… without a reference", `<worksheet><mergeCells>${hostile("<mergeCell")}</mergeCells></worksheet>`, []],
    ["merges as Excel writes them", '<worksheet><mergeCells count="1"><mergeCell ref="B5:D5"/></mergeCells></worksheet>', [{ top: 4, left: 1, bottom: 4, right: 3 }]],
  ])("merges, %s", (_, xml, expected) => {
    expect(sheetMerges(Buffer.from(xml))).toEqual(expected);
  });

  it("<c<c<c… and <row <row … never closed: references read through once, the text kept", () => {
    const cells = Buffer.from(`<worksheet><sheetData><row>${hostile("<c")}</row></sheetData></worksheet>`);
    expect(hasReferences(cells)).toBe(false);
    expect(withReferences(cells).toString()).toBe(cells.toString().replace("<row>", '<row r="1">'));
    const rows = Buffer.from(`<worksheet><sheetData>${hostile("<row ")}</sheetData></worksheet>`);
    expect(hasReferences(rows)).toBe(true);
    expect(withReferences(rows).equals(rows)).toBe(true);
  });

  it("references are given as before", () => {
    const xml = Buffer.from('<sheetData><row><c><v>1</v></c><c t="s"/><c r="D1"><v>2</v></c><c><v>3</v></c></row><row r="4"><c/></row><row/></sheetData>');
    expect(hasReferences(xml)).toBe(false);
    expect(withReferences(xml).toString()).toBe(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"/><c r="D1"><v>2</v></c><c r="E1"><v>3</v></c></row><row r="4"><c r="A4"/></row><row r="5"/></sheetData>',
    );
  });
});
