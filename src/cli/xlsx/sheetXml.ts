import { type CellRange, parseRange } from "./cellRange";
import { columnLetters } from "../../core/cells/cellAddress";

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
  for (let start = xml.indexOf("<mergeCells"); start >= 0; start = xml.indexOf("<mergeCells", start + 1)) {
    const close = xml.indexOf("</mergeCells>", start);
    const end = close >= 0 ? close : xml.indexOf(">", start);
    if (end < 0) return null;
    for (const match of xml.toString("latin1", start, end).matchAll(/<mergeCell\b[^>]*?\sref="([^"]*)"/g)) {
      const range = parseRange(match[1]);
      if (range === null || merges.length >= MAX_MERGES) return null;
      merges.push(range);
    }
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
  const row = /<row\b([^>]*)>/.exec(window);
  const cell = /<c\b([^>]*)>/.exec(window);
  return (row === null || /\sr="/.test(row[1])) && (cell === null || /\sr="/.test(cell[1]));
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
  let row = 0;
  let column = 0;
  const data = text.slice(start, end).replace(/<(row|c)\b([^>]*?)(\/?)>/g, (tag, name: string, attributes: string, close: string) => {
    const written = /\sr="([^"]*)"/.exec(attributes);
    if (name === "row") {
      row = written ? Number.parseInt(written[1], 10) : row + 1;
      column = 0;
      return written ? tag : `<row r="${row}"${attributes}${close}>`;
    }
    if (written) {
      const letters = /^[A-Za-z]+/.exec(written[1])?.[0] ?? "";
      column = [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
      return tag;
    }
    column++;
    return `<c r="${columnLetters(column - 1)}${row}"${attributes}${close}>`;
  });
  return Buffer.from(text.slice(0, start) + data + text.slice(end), "utf8");
}
