import { xmlText } from "../../core/files/xmlText";

export { xmlText };

/**
 * An attribute's value in a start tag, decoded; null when absent or undecodable.
 *
 * @example attributeOf('<c r="B5" t="s">', "t") === "s"
 */
export function attributeOf(tag: string, name: string): string | null {
  // As Excel writes them: one space before, double quotes, no spaces around "=".
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const from = at + name.length + 3;
    const end = tag.indexOf('"', from);
    return end < 0 ? null : xmlText(tag.slice(from, end));
  }
  // Any other way XML allows: other white space, single quotes, spaces around "=".
  if (!tag.includes(name)) return null;
  const written = attributePattern(name).exec(tag);
  return written === null ? null : xmlText(written[1] ?? written[2]);
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern;
}

/** An element found by `elementsOf`: its start tag's attributes and its body ("" when self-closing). */
export interface XmlElement {
  attributes: string;
  body: string;
}

/**
 * The elements `<name …>…</name>` (or `<name …/>`) of `xml`, in order, found with `indexOf` so that the
 * time stays in proportion to the text whatever it holds. Null when one is not closed, or when one of the
 * same name opens inside another: a damaged or unusual file, which a full reader judges.
 *
 * @example elementsOf('<r><t>Tấ</t></r><r><t xml:space="preserve">n</t></r>', "t") // [{ attributes: "", body: "Tấ" }, { attributes: ' xml:space="preserve"', body: "n" }]
 */
export function elementsOf(xml: string, name: string): XmlElement[] | null {
  const found: XmlElement[] = [];
  const close = `</${name}>`;
  let at = tagAt(xml, name, 0);
  while (at >= 0) {
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0) return null;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === SLASH;
    const attributes = xml.slice(at + name.length + 1, selfClosing ? tagEnd - 1 : tagEnd);
    if (selfClosing) {
      found.push({ attributes, body: "" });
      at = tagAt(xml, name, tagEnd + 1);
      continue;
    }
    const end = xml.indexOf(close, tagEnd + 1);
    if (end < 0) return null;
    const body = xml.slice(tagEnd + 1, end);
    if (tagAt(body, name, 0) >= 0) return null;
    found.push({ attributes, body });
    at = tagAt(xml, name, end + close.length);
  }
  return found;
}

const SLASH = 47;

/**
 * Where the next start tag `<name` begins from `from` (the name whole: "<r" is not "<row" nor "<rPh"),
 * or -1.
 */
export function tagAt(xml: string, name: string, from: number): number {
  const open = `<${name}`;
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    // space, tab, line feed, carriage return, "/", ">"
    if (next === 32 || next === 9 || next === 10 || next === 13 || next === SLASH || next === 62) return at;
  }
  return -1;
}

/** A start tag found by `startTags`: where `<` is, where its `>` is, and its attributes. */
export interface StartTag {
  at: number;
  end: number;
  attributes: string;
}

/**
 * The start tags `<name …>` (or `<name …/>`) of `xml`, in order, each with its attributes (without a
 * closing "/"), found with `indexOf` so that the time stays in proportion to the text whatever it holds
 * (a pattern such as `<name[^>]*>` takes time in the square of the length of "<name<name<name…" without
 * a ">"). Null when one is not closed: a damaged part, which a full reader judges.
 *
 * @example startTags('<sheets><sheet name="Nà Lầu" sheetId="1"/></sheets>', "sheet") // [{ at: 8, end: 41, attributes: ' name="Nà Lầu" sheetId="1"' }]
 */
export function startTags(xml: string, name: string): StartTag[] | null {
  const found: StartTag[] = [];
  for (let at = tagAt(xml, name, 0); at >= 0; ) {
    const end = xml.indexOf(">", at);
    if (end < 0) return null;
    const selfClosing = xml.charCodeAt(end - 1) === SLASH;
    found.push({ at, end, attributes: xml.slice(at + name.length + 1, selfClosing ? end - 1 : end) });
    at = tagAt(xml, name, end + 1);
  }
  return found;
}
