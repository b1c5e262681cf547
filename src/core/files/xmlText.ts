const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * The text an XML parser gives for character data or an attribute value: the five named entities and
 * character references decoded, line ends as "\n". Null for an entity XML does not define (a damaged
 * part, or one a full parser should judge).
 *
 * @example xmlText("Nà Lầu &amp; Cốc Lầy") === "Nà Lầu & Cốc Lầy"
 */
export function xmlText(raw: string): string | null {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  let unknown = false;
  const decoded = text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (entity, body: string | undefined) => {
    if (body === undefined) {
      unknown = true;
      return entity;
    }
    if (body.startsWith("#")) {
      const code = body.startsWith("#x") ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      if (!(code > 0 && code <= 0x10ffff)) unknown = true;
      return unknown ? entity : String.fromCodePoint(code);
    }
    const named = ENTITIES[body];
    if (named === undefined) unknown = true;
    return named ?? entity;
  });
  return unknown ? null : decoded;
}
