import { readCell, type CellReading } from "../../../src/core/values/readCell";

const number = (value: number, unit: string | null = null, fromText = false, percentFormat = false): CellReading => ({
  type: "number",
  value,
  unit,
  fromText,
  percentFormat,
});
const text = (value: string, legacy: "tcvn3" | "vni" | null = null): CellReading => ({ type: "text", text: value, legacy });
const missing: CellReading = { type: "missing" };
const error = (code: string): CellReading => ({ type: "error", error: code });

describe("readCell: numbers and number formats", () => {
  it.each<[unknown, string | undefined, CellReading]>([
    [1417, undefined, number(1417)],
    [1.417, undefined, number(1.417)],
    [1.417, "General", number(1.417)],
    [400.5, "#,##0.0", number(400.5)],
    [0, undefined, number(0)],
    [-0, undefined, number(0)],
    [-5, undefined, number(-5)],
    [0.975, "0.0%", number(97.5, "%", false, true)],
    [0.975, "0%", number(97.5, "%", false, true)],
    [0.159, "0.00%", number(15.9, "%", false, true)],
    [1, "0%", number(100, "%", false, true)],
    [0.07, "0%", number(7, "%", false, true)],
    [0.975, '0.0" %"', number(0.975)],
    [97.5, "0.0\\%", number(97.5)],
    [NaN, undefined, error("#NUM!")],
    [Infinity, undefined, error("#NUM!")],
    [-Infinity, "0%", error("#NUM!")],
    [1e307, "0%", error("#NUM!")],
    [BigInt(12), undefined, number(12)],
  ])("%p with format %j", (value, format, expected) => {
    expect(readCell(value, format)).toEqual(expected);
  });
});

describe("readCell: text numbers (docs/reading-tables.md#values)", () => {
  it.each<[string, CellReading]>([
    ["1.417", number(1417, null, true)],
    ["400,5", number(400.5, null, true)],
    ["5.000.000", number(5000000, null, true)],
    ["97,5%", number(97.5, "%", true)],
    ["02", number(2, null, true)],
    [" 40 hộ ", number(40, "hộ", true)],
    ["264.000 kg", number(264000, "kg", true)],
    ["1.000.000 đồng", number(1000000, "đồng", true)],
    ["-5", number(-5, null, true)],
    ["40 ho\u0302\u0323", number(40, "hộ", true)],
    // a TCVN3 unit word is converted
    ["3 tÊn", number(3, "tấn", true)],
    ["40 hé", number(40, "hộ", true)],
    ["40 Hé", number(40, "Hộ", true)],
    ["54 TriÖu ®ång", number(54, "Triệu đồng", true)],
    ["5 ngöôøi", number(5, "người", true)],
    ["35 hoïc vieân", number(35, "học viên", true)],
    // not legacy, and no catalogue unit either way: kept as written
    ["2 vụ", number(2, "vụ", true)],
    ["3 café", number(3, "café", true)],
  ])("%j", (value, expected) => {
    expect(readCell(value)).toEqual(expected);
  });

  it("does not apply a percent format to text: the text is read as written", () => {
    expect(readCell("97,5", "0.0%")).toEqual(number(97.5, null, true));
  });
});

describe("readCell: missing and errors", () => {
  it.each<[unknown, CellReading]>([
    [null, missing],
    [undefined, missing],
    ["", missing],
    ["   ", missing],
    ["\u00a0", missing],
    ["-", missing],
    [" - ", missing],
    ["—", missing],
    ["–", missing],
    ["−", missing],
    ["--", missing],
    ["…", missing],
    ["...", missing],
    [[], missing],
    ["#N/A", error("#N/A")],
    ["#DIV/0!", error("#DIV/0!")],
    ["#VALUE!", error("#VALUE!")],
    ["#REF!", error("#REF!")],
    ["#NAME?", error("#NAME?")],
    ["#NUM!", error("#NUM!")],
    ["#NULL!", error("#NULL!")],
    ["#SPILL!", error("#SPILL!")],
    ["#CALC!", error("#CALC!")],
    ["#GETTING_DATA", error("#GETTING_DATA")],
    [" #n/a ", error("#N/A")],
    [{ error: "#DIV/0!" }, error("#DIV/0!")],
    [{ formula: "B2/C2", result: { error: "#DIV/0!" } }, error("#DIV/0!")],
  ])("%p", (value, expected) => {
    expect(readCell(value)).toEqual(expected);
  });
});

describe("readCell: text", () => {
  it.each<[unknown, CellReading]>([
    ["Đạt", text("Đạt")],
    ["  Không   xảy ra ", text("Không xảy ra")],
    // decomposed (NFD) text is composed
    ["Đạt".normalize("NFD"), text("Đạt")],
    ["Không đạt".normalize("NFD"), text("Không đạt")],
    // legacy encodings are converted and named
    ["§¹t", text("Đạt", "tcvn3")],
    ["Kh«ng x¶y ra", text("Không xảy ra", "tcvn3")],
    ["Ñaït", text("Đạt", "vni")],
    ["Khoâng ñaït", text("Không đạt", "vni")],
    ["x", text("x")],
    ["Có", text("Có")],
    // booleans: see the doc comment of readCell
    [true, text("TRUE")],
    [false, text("FALSE")],
    [new Date(Date.UTC(2024, 4, 1)), text("01/05/2024")],
    [new Date(NaN), error("#VALUE!")],
    // ExcelJS shapes
    [{ richText: [{ text: "Đạ" }, { text: "t" }] }, text("Đạt")],
    [{ text: "Tốt", hyperlink: "https://example.org" }, text("Tốt")],
    [{ formula: "A1", result: 5 }, number(5)],
    [{ formula: "A1", result: "1.417" }, number(1417, null, true)],
    [{ sharedFormula: "A1" }, text('{"sharedFormula":"A1"}')],
    [{ formula: "=SUM(E5:E9)" }, { type: "uncalculated", formula: "=SUM(E5:E9)" }],
    [{ formula: "=SUM(E5:E9)", result: 12 }, { type: "number", value: 12, unit: null, fromText: false, percentFormat: false }],
    [[7], number(7)],
    [["Đạt", "x"], text("Đạt x")],
  ])("%p", (value, expected) => {
    expect(readCell(value)).toEqual(expected);
  });

  it("never throws on objects whose conversion throws", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const hostile = { toString: () => { throw new Error("no"); }, toJSON: () => { throw new Error("no"); } };
    expect(readCell(circular)).toEqual(text("[object Object]"));
    expect(readCell(hostile)).toEqual(text("[object Object]"));
    expect(readCell(Symbol("s"))).toEqual(text("Symbol(s)"));
  });

  it.each<[number, string, CellReading]>([
    // Office.js gives dates as serial numbers under a date format: read as the date's text
    [45413, "dd/mm/yyyy", text("01/05/2024")],
    [45413, "[$-42A]d/m/yyyy", text("01/05/2024")],
    [45413.5, "dd/mm/yyyy hh:mm", text("01/05/2024 12:00")],
    [0.75, "h:mm", text("18:00")],
    [61, "dd/mm/yyyy", text("01/03/1900")],
    [45413, "General", number(45413)],
  ])("serial %p under %j", (serial, format, expected) => {
    expect(readCell(serial, format)).toEqual(expected);
  });

  it("reads a date the same from Office.js (serial) and ExcelJS (Date)", () => {
    expect(readCell(45413, "dd/mm/yyyy")).toEqual(readCell(new Date(Date.UTC(2024, 4, 1))));
  });

  it("ignores a format that is not a string", () => {
    expect(readCell(0.5, 42 as unknown as string)).toEqual(number(0.5));
  });
});
