import { elementsOf, tagAt, xmlText } from "./xmlText";

/**
 * The workbook's shared strings as a cell shows them: rich text as its runs' plain text, phonetic guides
 * left out, Excel's `_xHHHH_` escapes decoded. Null when a string is written in a way only a full XML
 * parser should judge (CDATA, an unknown entity, text and runs mixed).
 *
 * @example readSharedStrings("<sst><si><t>Hộ</t></si><si><r><t>Tấ</t></r><r><t>n</t></r></si></sst>") // ["Hộ", "Tấn"]
 */
export function readSharedStrings(xml: string): string[] | null {
  if (xml.includes("<![CDATA[")) return null;
  const items = elementsOf(xml, "si");
  if (items === null) return null;
  const strings: string[] = [];
  for (const { body } of items) {
    const inner = body.includes("<rPh") ? withoutPhonetic(body) : body;
    if (inner === null) return null;
    const hasRuns = tagAt(inner, "r", 0) >= 0;
    const text = hasRuns ? runsText(inner) : lastText(inner);
    if (text === null) return null;
    strings.push(text);
  }
  return strings;
}

function runsText(inner: string): string | null {
  if (/^\s*<t\b/.test(inner)) return null;
  const runs = elementsOf(inner, "r");
  if (runs === null) return null;
  let text = "";
  for (const { body: run } of runs) {
    const part = lastText(run);
    if (part === null) return null;
    text += part;
  }
  return text;
}

function lastText(inner: string): string | null {
  const texts = elementsOf(inner, "t");
  if (texts === null) return null;
  let text = "";
  for (const { body: raw } of texts) {
    const part = xmlText(raw);
    // Any part that cannot be read sends the workbook to the full reader, not only the last one.
    if (part === null) return null;
    text = part;
  }
  return unescapeExcel(text);
}

/** The item without its phonetic guides (`<rPh>…</rPh>`); null when one is not closed. */
function withoutPhonetic(body: string): string | null {
  let kept = "";
  let from = 0;
  for (let at = tagAt(body, "rPh", 0); at >= 0; at = tagAt(body, "rPh", from)) {
    const end = body.indexOf("</rPh>", at);
    if (end < 0) return null;
    kept += body.slice(from, at);
    from = end + "</rPh>".length;
  }
  return kept + body.slice(from);
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (upper-case hex, as the reader of record decodes them). */
export function unescapeExcel(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
