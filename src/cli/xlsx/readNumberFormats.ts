import defaultFormats from "exceljs/lib/xlsx/defaultnumformats";
import { attributeOf } from "./xmlText";

const BUILT_IN = defaultFormats;

/**
 * Each cell style's number format from styles.xml, by the style's index (a cell's `s`): the workbook's own
 * format codes, else Excel's built-in ones; undefined where a style sets none (General). Null when the part
 * cannot be read simply.
 *
 * @example readNumberFormats('<numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>') // [undefined, "0.0%"]
 */
export function readNumberFormats(xml: string): (string | undefined)[] | null {
  const custom = new Map<number, string>();
  for (const [tag] of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = attributeOf(tag, "numFmtId");
    const code = attributeOf(tag, "formatCode");
    if (id === null || code === null) return null;
    // The reader of record drops each backslash escape ("dd/mm/yyyy\\ h" reads "dd/mm/yyyy h").
    custom.set(Number.parseInt(id, 10), code.replace(/\\(.)/g, "$1"));
  }
  const start = xml.indexOf("<cellXfs");
  if (start < 0) return [];
  const end = xml.indexOf("</cellXfs>", start);
  const formats: (string | undefined)[] = [];
  for (const [tag] of xml.slice(start, end < 0 ? undefined : end).matchAll(/<xf\b[^>]*>/g)) {
    const id = Number.parseInt(attributeOf(tag, "numFmtId") ?? "", 10);
    formats.push(id ? (custom.get(id) ?? BUILT_IN[id]?.f) : undefined);
  }
  return formats;
}
