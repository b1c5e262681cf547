import { xmlText } from "./xmlText";

const ITEM = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
const RUN = /<r\b[^>]*?(?:\/>|>([\s\S]*?)<\/r>)/g;
const TEXT = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
const PHONETIC = /<rPh\b[\s\S]*?<\/rPh>/g;

/**
 * The workbook's shared strings as a cell shows them: rich text as its runs' plain text, phonetic guides
 * left out, Excel's `_xHHHH_` escapes decoded. Null when a string is written in a way only a full XML
 * parser should judge (CDATA, an unknown entity, text and runs mixed).
 *
 * @example readSharedStrings("<sst><si><t>Hộ</t></si><si><r><t>Tấ</t></r><r><t>n</t></r></si></sst>") // ["Hộ", "Tấn"]
 */
export function readSharedStrings(xml: string): string[] | null {
  if (xml.includes("<![CDATA[")) return null;
  const strings: string[] = [];
  for (const [, body = ""] of xml.matchAll(ITEM)) {
    const inner = body.includes("<rPh") ? body.replace(PHONETIC, "") : body;
    const hasRuns = /<r\b/.test(inner);
    const text = hasRuns ? runsText(inner) : lastText(inner);
    if (text === null) return null;
    strings.push(text);
  }
  return strings;
}

function runsText(inner: string): string | null {
  if (/^\s*<t\b/.test(inner)) return null;
  let text = "";
  for (const [, run = ""] of inner.matchAll(RUN)) {
    const part = lastText(run);
    if (part === null) return null;
    text += part;
  }
  return text;
}

function lastText(inner: string): string | null {
  let text: string | null = "";
  for (const [, raw = ""] of inner.matchAll(TEXT)) text = xmlText(raw);
  return text === null ? null : unescapeExcel(text);
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (upper-case hex, as the reader of record decodes them). */
export function unescapeExcel(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}
