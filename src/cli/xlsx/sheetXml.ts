import { type CellRange, columnLetters, columnOf, parseRangeAddress } from "../../core/cells/cellAddress";
import { attributeOf, startTags, tagAt } from "./xmlText";

// More merges than cells a sheet may hold in a rectangle this size only comes from a damaged or hostile file.
const MAX_MERGES = 1_000_000;

/**
 * The merged ranges a sheet's XML declares (its `<mergeCells>`), read without expanding them; null when
 * one of them is malformed or lies beyond Excel's last cell (a damaged file). The reader is told to skip
 * the element, so that a merge over whole columns is never expanded cell by cell.
 *
 * @example sheetMerges(Buffer.from('<mergeCells count="1"><mergeCell ref="B5:D5"/></mergeCells>'))
 * // [{ top: 4, left: 1, bottom: 4, right: 3 }]
 */
export function sheetMerges(xml: Buffer): CellRange[] | null {
  const merges: CellRange[] = [];
  // Each search goes on from where the last one stopped, so "<mergeCells<mergeCells…" is read through once.
  let close = -2;
  for (let start = xml.indexOf("<mergeCells"); start >= 0; ) {
    if (close !== -1 && close < start) close = xml.indexOf("</mergeCells>", start);
    const end = close >= 0 ? close : xml.indexOf(">", start);
    if (end < 0) return null;
    const tags = startTags(xml.toString("latin1", start, end), "mergeCell");
    if (tags === null) return null;
    for (const { attributes } of tags) {
      const ref = attributeOf(attributes, "ref");
      if (ref === null) continue;
      const range = parseRangeAddress(ref);
      if (range === null || merges.length >= MAX_MERGES) return null;
      merges.push(range);
    }
    start = xml.indexOf("<mergeCells", end);
  }
  return merges;
}

/**
 * Whether the sheet's first row and first cell carry their `r=` reference. ECMA-376 lets a writer leave
 * them out (each row then follows the one before, each cell the cell before); some programs do.
 *
 * @example hasReferences(Buffer.from('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')) === true
 */
export function hasReferences(xml: Buffer): boolean {
  const start = xml.indexOf("<sheetData");
  if (start < 0) return true;
  const window = xml.toString("latin1", start, Math.min(xml.length, start + 65_536));
  return [firstTag(window, "row"), firstTag(window, "c")].every((tag) => tag === null || /\sr="/.test(tag));
}

/**
 * Gives every row and cell of a sheet's XML the `r=` reference it implies (the row after the previous
 * one, the cell after the previous one), keeping those written. Used for sheets written without them.
 *
 * @example withReferences(Buffer.from("<sheetData><row><c><v>1</v></c><c><v>2</v></c></row></sheetData>")).toString()
 * // '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>'
 */
export function withReferences(xml: Buffer): Buffer {
  const text = xml.toString("utf8");
  const start = text.indexOf("<sheetData");
  const end = text.indexOf("</sheetData>", start);
  if (start < 0 || end < 0) return xml;
  const data = text.slice(start, end);
  const pieces: string[] = [];
  let kept = 0;
  let row = 0;
  let column = 0;
  // Rows and cells found with indexOf, each name searched once through the sheet (see `startTags`).
  let rowAt = -2;
  let cellAt = -2;
  for (let from = 0; ; ) {
    if (rowAt !== -1 && rowAt < from) rowAt = tagAt(data, "row", from);
    if (cellAt !== -1 && cellAt < from) cellAt = tagAt(data, "c", from);
    const at = rowAt < 0 ? cellAt : cellAt < 0 ? rowAt : Math.min(rowAt, cellAt);
    if (at < 0) break;
    const tagEnd = data.indexOf(">", at);
    if (tagEnd < 0) break;
    from = tagEnd + 1;
    const isRow = at === rowAt;
    const close = data.charCodeAt(tagEnd - 1) === 47 ? "/" : "";
    const attributes = data.slice(at + (isRow ? 4 : 2), tagEnd - close.length);
    const written = /\sr="([^"]*)"/.exec(attributes);
    if (isRow) {
      row = written ? Number.parseInt(written[1], 10) : row + 1;
      column = 0;
      if (!written) pieces.push(data.slice(kept, at), `<row r="${row}"${attributes}${close}>`);
    } else if (written) {
      const letters = /^[A-Za-z]+/.exec(written[1])?.[0] ?? "";
      column = columnOf(letters) + 1;
    } else {
      column++;
      pieces.push(data.slice(kept, at), `<c r="${columnLetters(column - 1)}${row}"${attributes}${close}>`);
    }
    if (!written) kept = from;
  }
  pieces.push(data.slice(kept));
  return Buffer.from(text.slice(0, start) + pieces.join("") + text.slice(end), "utf8");
}

/** The attributes of the first start tag `<name …>` in `xml`; null when there is none, or it is not closed. */
function firstTag(xml: string, name: string): string | null {
  const at = tagAt(xml, name, 0);
  const end = at < 0 ? -1 : xml.indexOf(">", at);
  return end < 0 ? null : xml.slice(at + name.length + 1, end);
}
