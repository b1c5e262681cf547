import { cellAddress } from "../cells/cellAddress";
import { xmlText } from "./xmlText";

/** Where an .ods holds more cells with a value than are read: the sheet, the cell whose repeats pass the bound, and them. */
export interface OdsRepeatProblem {
  sheet: string;
  cell: string;
  rows: number;
  columns: number;
}

// Cells with a value an .ods may hold, its repeats expanded: a 50 000-row report of 20 columns. SheetJS makes
// an object of each, about a hundred bytes; beyond this the program would run out of memory.
export const ODS_MAX_CELLS = 1_000_000;

interface OpenCell {
  at: number;
  end: number;
  attributes: string;
  row: number;
  column: number;
  columns: number;
}

/**
 * An .ods `content.xml` as SheetJS may be given it: SheetJS writes out every repeat of a cell
 * (`number-rows-repeated` × `number-columns-repeated`), so a 2 KB file can ask for billions of cells. Here
 * the repeats are counted first, the way SheetJS will walk them: a repeated cell without a value (which
 * LibreOffice writes to fill a row or the sheet's end) is written as the empty, self-closing cell SheetJS
 * skips at once, and a stray closing tag (which SheetJS would take as the last cell again) is dropped;
 * nothing with a value is changed. When the cells with a value, repeats counted, pass `maxCells`, the
 * cell where they do is named instead, since reading on would lose data or the program's memory.
 *
 * @example boundOdsRepeats('<table:table table:name="Nà Lầu"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"><text:p/></table:table-cell></table:table-row></table:table>').ok === true
 */
export function boundOdsRepeats(xml: string, maxCells = ODS_MAX_CELLS): { ok: true; xml: string } | { ok: false; problem: OdsRepeatProblem } {
  const pieces: string[] = [];
  let kept = 0;
  let sheet = "";
  let row = -1;
  let column = -1;
  let rowRepeats = 1;
  let cells = 0;
  let open: OpenCell | null = null;
  for (let at = xml.indexOf("<"); at >= 0; ) {
    if (xml.startsWith("<!--", at)) {
      const end = xml.indexOf("-->", at + 4);
      if (end < 0) break;
      at = xml.indexOf("<", end + 3);
      continue;
    }
    const end = tagEnd(xml, at);
    if (end < 0) break;
    const closing = xml.charCodeAt(at + 1) === SLASH;
    const selfClosing = xml.charCodeAt(end - 1) === SLASH;
    const name = localName(xml, closing ? at + 2 : at + 1);
    const attributes = xml.slice(at, end);
    switch (name) {
      case "table":
      case "工作表":
        if (!closing && !selfClosing) {
          const written = attribute(attributes, "name") ?? attribute(attributes, "名称") ?? "";
          sheet = xmlText(written) ?? written;
          row = column = -1;
        }
        break;
      case "table-row":
      case "行":
        if (closing) {
          row += rowRepeats;
          rowRepeats = 1;
        } else {
          const numbered = Number(attribute(attributes, "行号"));
          if (numbered) row = numbered - 1;
          else if (row === -1) row = 0;
          rowRepeats = Number(attribute(attributes, "number-rows-repeated")) || 1;
          column = -1;
        }
        break;
      case "covered-table-cell":
        if (!closing) column += columnRepeats(attributes);
        break;
      case "table-cell":
      case "数据":
        if (!closing) {
          column += 1;
          if (selfClosing) column += columnRepeats(attributes) - 1;
          else open = { at, end, attributes, row, column, columns: columnRepeats(attributes) };
        } else if (open === null) {
          pieces.push(xml.slice(kept, at));
          kept = end + 1;
        } else {
          const repeats = Math.max(1, Math.ceil(rowRepeats)) * open.columns;
          if (repeats > 1 && isEmpty(open.attributes, xml.slice(open.end + 1, at))) {
            pieces.push(xml.slice(kept, open.at), `${open.attributes.replace(/\/?$/, "")}/>`);
            kept = end + 1;
          } else {
            cells += repeats;
            if (cells > maxCells) return { ok: false, problem: { sheet, cell: cellAddress(open.row, open.column), rows: Math.max(1, Math.ceil(rowRepeats)), columns: open.columns } };
          }
          column = open.column + open.columns - 1;
          open = null;
        }
        break;
    }
    at = xml.indexOf("<", end + 1);
  }
  if (pieces.length === 0) return { ok: true, xml };
  pieces.push(xml.slice(kept));
  return { ok: true, xml: pieces.join("") };
}

const SLASH = 47;

/** The end (">") of the tag at `at`, past quoted attribute values, as SheetJS finds it; -1 when unclosed. */
function tagEnd(xml: string, at: number): number {
  for (let i = at + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === 62) return i;
    if (code === 34) {
      const close = xml.indexOf('"', i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** An element's name without its namespace prefix or any "_suffix", as SheetJS matches it. */
function localName(xml: string, from: number): string {
  let to = from;
  while (to < xml.length && xml.charCodeAt(to) > 32 && xml.charCodeAt(to) !== SLASH && xml.charCodeAt(to) !== 62) to++;
  const name = xml.slice(from, to);
  return name.slice(name.lastIndexOf(":") + 1).replace(/_[\s\S]*$/, "");
}

const PATTERNS = new Map<string, RegExp>();

/** An attribute's raw value, whatever its namespace prefix (SheetJS drops prefixes). */
function attribute(tag: string, name: string): string | null {
  let pattern = PATTERNS.get(name);
  if (pattern === undefined) PATTERNS.set(name, (pattern = new RegExp(`[\\s"'](?:[^\\s=:"']+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  return match === null ? null : (match[1] ?? match[2]);
}

function columnRepeats(tag: string): number {
  return Math.max(1, Number.parseInt(attribute(tag, "number-columns-repeated") ?? "1", 10) || 1);
}

/** A cell SheetJS would read no value from: no value type but text, no text given, and no words inside. */
function isEmpty(tag: string, body: string): boolean {
  const type = attribute(tag, "value-type") ?? attribute(tag, "数据类型");
  if (type !== null && type !== "string") return false;
  if (attribute(tag, "string-value") || attribute(tag, "数据数值")) return false;
  return body.replace(/<[^>]*>/g, "").trim() === "";
}
