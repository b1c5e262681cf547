import defaultFormats from "exceljs/lib/xlsx/defaultnumformats";
import { attributeOf, startTags } from "./xmlText";

const BUILT_IN = defaultFormats;

/**
 * Each cell style's number format from styles.xml, by the style's index (a cell's `s`): the workbook's own
 * format codes, else Excel's built-in ones; undefined where a style sets none (General). Null when the part
 * cannot be read simply (a tag not closed, a format without its id or code): the full reader judges it.
 *
 * @example readNumberFormats('<numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>') // [undefined, "0.0%"]
 */
export function readNumberFormats(xml: string): (string | undefined)[] | null {
  const numFmts = startTags(xml, "numFmt");
  if (numFmts === null) return null;
  const custom = new Map<number, string>();
  for (const { attributes } of numFmts) {
    const id = attributeOf(attributes, "numFmtId");
    const code = attributeOf(attributes, "formatCode");
    if (id === null || code === null) return null;
    // The reader of record drops each backslash escape ("dd/mm/yyyy\\ h" reads "dd/mm/yyyy h").
    custom.set(Number.parseInt(id, 10), code.replace(/\\(.)/g, "$1"));
  }
  const start = xml.indexOf("<cellXfs");
  if (start < 0) return [];
  const end = xml.indexOf("</cellXfs>", start);
  const xfs = startTags(xml.slice(start, end < 0 ? undefined : end), "xf");
  if (xfs === null) return null;
  return xfs.map(({ attributes }) => {
    const id = Number.parseInt(attributeOf(attributes, "numFmtId") ?? "", 10);
    return id ? (custom.get(id) ?? BUILT_IN[id]?.f) : undefined;
  });
}
