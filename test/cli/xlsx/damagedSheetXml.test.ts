import { readSharedStrings } from "../../../src/cli/xlsx/readSharedStrings";
import { readSheetXml } from "../../../src/cli/xlsx/readSheetXml";
import { attributeOf, elementsOf } from "../../../src/cli/xlsx/xmlText";

/**
 * The direct .xlsx reader hands anything damaged or unusual to the full reader (null) rather than
 * guessing, and reads XML written in any way the standard allows; a damaged part costs time in proportion
 * to its length, never a hang.
 */
const context = { strings: ["Hộ", "Tấn"], formats: [], date1904: false };
const sheet = (cells: string) => `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

describe("a damaged sheet goes to the full reader", () => {
  it("a cell never closed, before another cell: null, the next cell is not swallowed", () => {
    expect(readSheetXml(sheet('<c r="A1"><v>1</v><c r="B1"><v>2</v></c>'), context, { calculated: false })).toBeNull();
  });

  it("a cell never closed at the end of the sheet: null", () => {
    expect(readSheetXml(sheet('<c r="A1"><v>1</v>'), context, { calculated: false })).toBeNull();
  });

  it("200 000 cells never closed: null, read through once (a pattern looking ahead for </c> would not finish)", () => {
    const cells = Array.from({ length: 200_000 }, (_, i) => `<c r="A${i + 1}"><v>${i}</v>`).join("");
    expect(readSheetXml(`<worksheet><sheetData>${cells}</sheetData></worksheet>`, context, { calculated: false })).toBeNull();
  });

  it("200 000 shared strings never closed: null", () => {
    expect(readSharedStrings(`<sst>${"<si><t>Hộ</t>".repeat(200_000)}</sst>`)).toBeNull();
  });

  it("a shared string whose earlier text part cannot be decoded: null, not its last part alone", () => {
    expect(readSharedStrings("<sst><si><r><t>&bogus;</t><t>n</t></r></si></sst>")).toBeNull();
  });

  it("a phonetic guide never closed: null", () => {
    expect(readSharedStrings("<sst><si><t>Hộ</t><rPh><t>ho</t></si></sst>")).toBeNull();
  });
});

describe("XML written in any way the standard allows", () => {
  it.each([
    ["a line break before the attribute", '<c r="A1"\n t="s">'],
    ["a carriage return and a tab", '<c r="A1"\r\n\tt="s">'],
    ["single quotes", "<c r='A1' t='s'>"],
    ["spaces around =", '<c r = "A1" t = "s">'],
  ])("%s: the cell's type is read", (_, tag) => {
    const rows = readSheetXml(sheet(`${tag}<v>1</v></c>`), context, { calculated: false });
    expect(rows).toEqual([{ row: 0, columns: [0], values: ["Tấn"], formats: ["General"] }]);
  });

  it("an attribute whose name ends another's is not taken for it", () => {
    expect(attributeOf(' ref="A1:B2"', "r")).toBeNull();
    expect(attributeOf(' sheetId="3" id="7"', "id")).toBe("7");
  });

  it("elements are found whole by name: <r> is not <rPh> nor <row>", () => {
    expect(elementsOf('<rPh><t>x</t></rPh><r><t>a</t></r><row r="1"/>', "r")).toEqual([{ attributes: "", body: "<t>a</t>" }]);
  });
});
