import { MAX_COLUMNS, MAX_ROWS } from "../../core/cells/cellAddress";
import type { RowCells } from "./gridFromCells";
import { isDateFormat, serialThroughDate } from "./dateFormat";
import type { OfficeValue } from "./toOfficeValue";
import { attributeOf, elementsOf, tagAt, xmlText } from "./xmlText";


/** What a sheet's cells need from the rest of the workbook. */
export interface SheetContext {
  strings: readonly string[];
  formats: readonly (string | undefined)[];
  date1904: boolean;
}

/**
 * A worksheet's written cells, read straight from its XML, row by row in column order, the values as
 * `Range.values` gives them (see `toOfficeValue`) and each cell's number format. Cells without a value
 * are left out. Null for what only a full reader should judge: a row or cell without its reference, a
 * cell beyond Excel's last row or column, a shared formula without its result, a kind of cell or markup
 * this reader does not know.
 * `formulas.calculated` is set when a formula cell holds a calculated value.
 *
 * @example readSheetXml('<sheetData><row r="1"><c r="B1" t="s"><v>0</v></c></row></sheetData>', { strings: ["TT"], formats: [], date1904: false }, { calculated: false })
 * // [{ row: 0, columns: [1], values: ["TT"], formats: ["General"] }]
 */
export function readSheetXml(xml: string, context: SheetContext, formulas: { calculated: boolean }): RowCells[] | null {
  const start = xml.indexOf("<sheetData");
  if (start < 0) return [];
  const end = xml.indexOf("</sheetData>", start);
  const data = xml.slice(start, end < 0 ? undefined : end);
  if (data.includes("<![CDATA[")) return null;
  const rows: RowCells[] = [];
  let current: RowCells | null = null;
  let rowNumber = -1;
  // Tags are found with indexOf, never with a pattern that looks ahead for a closing tag: a damaged
  // sheet (a cell never closed) costs time in proportion to its length and goes to the full reader.
  const nextTag = tagScanner(data);
  for (let at = nextTag(0); at >= 0; ) {
    const tagEnd = data.indexOf(">", at);
    if (tagEnd < 0) return null;
    if (data.startsWith("<row", at)) {
      const written = /^[1-9]\d{0,6}$/.exec(attributeOf(data.slice(at + 4, tagEnd), "r") ?? "");
      if (written === null || Number(written[0]) > MAX_ROWS) return null;
      rowNumber = Number(written[0]) - 1;
      at = nextTag(tagEnd + 1);
      continue;
    }
    const selfClosing = data.charCodeAt(tagEnd - 1) === 47;
    const tag = data.slice(at + 2, selfClosing ? tagEnd - 1 : tagEnd);
    let body = "";
    if (selfClosing) {
      at = nextTag(tagEnd + 1);
    } else {
      const end = data.indexOf("</c>", tagEnd + 1);
      if (end < 0) return null;
      body = data.slice(tagEnd + 1, end);
      if (tagAt(body, "c", 0) >= 0 || tagAt(body, "row", 0) >= 0) return null;
      at = nextTag(end + 4);
    }
    const reference = cellReference(attributeOf(tag, "r") ?? "");
    if (reference < 0) return null;
    const row = Math.floor(reference / REFERENCE_ROW);
    const column = reference % REFERENCE_ROW;
    if (row !== rowNumber || column >= MAX_COLUMNS) return null;
    // The reader of record gives style 0 (and a style it cannot find) no number format.
    const style = Number.parseInt(attributeOf(tag, "s") ?? "", 10);
    const format = style ? context.formats[style] : undefined;
    const value = cellValue(attributeOf(tag, "t"), body, format, context, formulas);
    if (value === null) return null;
    if (value === undefined) continue;
    if (current === null || current.row !== row) {
      if (current !== null && row < current.row) return null;
      current = { row, columns: [], values: [], formats: [] };
      rows.push(current);
    } else if (column <= current.columns[current.columns.length - 1]) return null;
    current.columns.push(column);
    current.values.push(value);
    current.formats.push(format || "General");
  }
  return rows;
}

/** The cell's value; undefined when it holds none, null when this reader cannot tell. */
function cellValue(
  type: string | null,
  body: string,
  format: string | undefined,
  context: SheetContext,
  formulas: { calculated: boolean },
): OfficeValue | undefined | null {
  // Most cells hold a value alone ("<v>1417</v>"): read without looking for a formula or other markup.
  if (body.startsWith("<v>") && body.indexOf("<", 3) === body.length - 4 && body.endsWith("</v>") && type !== "inlineStr") {
    const raw = body.slice(3, -4);
    if (!raw) return undefined;
    const value = plainValue(type, raw, context);
    return typeof value === "number" && type !== "s" && isDateFormat(format) ? serialThroughDate(value, context.date1904) : value;
  }
  const values = body === "" ? [] : elementsOf(body, "v");
  const formulas_ = body === "" ? [] : elementsOf(body, "f");
  if (values === null || formulas_ === null) return null;
  const raw = values[0]?.body;
  const formula = formulas_[0];
  if (formula !== undefined) {
    const share = attributeOf(formula.attributes, "t");
    const text = xmlText(formula.body);
    if (text === null) return null;
    if (text !== "" || share) {
      if (!raw) {
        // A shared formula's later cells hold no text of their own: only a full reader rebuilds it.
        if (share === "shared" && attributeOf(formula.attributes, "ref") === null) return null;
        return { formula: `=${text}` };
      }
      const result = formulaResult(type, raw);
      if (result === null || (isDateFormat(format) && typeof result !== "number")) return null;
      formulas.calculated = true;
      return typeof result === "number" && isDateFormat(format) ? serialThroughDate(result, context.date1904) : result;
    }
  }
  if (type === "inlineStr") return inlineText(body);
  if (!raw) return undefined;
  const value = plainValue(type, raw, context);
  return typeof value === "number" && type !== "s" && isDateFormat(format) ? serialThroughDate(value, context.date1904) : value;
}

function plainValue(type: string | null, raw: string, context: SheetContext): OfficeValue | null {
  const text = xmlText(raw);
  if (text === null) return null;
  switch (type) {
    case null:
    case "n":
      return Number.parseFloat(text);
    case "s": {
      const index = Number.parseInt(text, 10);
      return index >= 0 && index < context.strings.length ? context.strings[index] : null;
    }
    case "str":
      // The reader of record decodes such text a second time; only plain text reads the same either way.
      return text.includes("&") ? null : text;
    case "b":
      return Number.parseInt(text, 10) !== 0;
    case "e":
      return text;
    default:
      return null;
  }
}

/** A formula's cached result, read as the reader of record reads it (by `t`, else as a number). */
function formulaResult(type: string | null, raw: string): OfficeValue | null {
  const text = xmlText(raw);
  if (text === null) return null;
  if (type === "str") return text.includes("&") ? null : text;
  if (type === "b") return Number.parseInt(text, 10) !== 0;
  if (type === "e") return text;
  return Number.parseFloat(text);
}

function inlineText(body: string): string | undefined | null {
  const start = body.indexOf("<is");
  if (start < 0) return body.includes("<v") ? null : undefined;
  const inner = body.slice(start);
  if (/<(r|rPh)\b/.test(inner)) return null;
  let text = "";
  const texts = elementsOf(inner, "t");
  if (texts === null) return null;
  for (const { body: raw } of texts) {
    const part = xmlText(raw);
    if (part === null || part.includes("_x")) return null;
    text += part;
  }
  // Empty inline text holds no value, as for the reader of record.
  return text === "" ? undefined : text;
}

/**
 * The next row or cell start tag from a position that only moves forward, or -1. Each name's next place
 * is remembered until it is passed, so the whole sheet is searched once for each.
 */
function tagScanner(data: string): (from: number) => number {
  let row = -2;
  let cell = -2;
  return (from) => {
    if (row !== -1 && row < from) row = tagAt(data, "row", from);
    if (cell !== -1 && cell < from) cell = tagAt(data, "c", from);
    return row < 0 ? cell : cell < 0 ? row : Math.min(row, cell);
  };
}

// A cell's reference packed in one number (row × REFERENCE_ROW + column): no match array for each cell.
const REFERENCE_ROW = 2 ** 15;

/**
 * A reference as `/^([A-Z]{1,3})([1-9]\d{0,6})$/` reads it, packed as row × REFERENCE_ROW + column
 * (both from 0); -1 for anything else.
 */
function cellReference(reference: string): number {
  let column = 0;
  let at = 0;
  for (; at < reference.length && at < 4; at++) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (at === 0 || at > 3) return -1;
  const digits = reference.length - at;
  if (digits < 1 || digits > 7 || reference.charCodeAt(at) === 48) return -1;
  let row = 0;
  for (; at < reference.length; at++) {
    const code = reference.charCodeAt(at);
    if (code < 48 || code > 57) return -1;
    row = row * 10 + code - 48;
  }
  return (row - 1) * REFERENCE_ROW + column - 1;
}
