/**
 * Text as UTF-8 bytes, without `TextEncoder` (which not every host of the pane's code provides).
 *
 * @example utf8Bytes("Nà") → Uint8Array [78, 195, 160]
 */
export function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else out.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return Uint8Array.from(out);
}

/**
 * UTF-8 bytes as text, a malformed sequence read as U+FFFD, without `TextDecoder`.
 *
 * @example utf8Text(Uint8Array.of(78, 195, 160)) === "Nà"
 */
export function utf8Text(bytes: Uint8Array): string {
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
    let code = length === 1 ? lead : length === 0 ? -1 : lead & (0xff >> (length + 1));
    for (let k = 1; k < length && code >= 0; k++) {
      const next = bytes[i + k];
      code = next !== undefined && (next & 0xc0) === 0x80 ? (code << 6) | (next & 63) : -1;
    }
    codes.push(code < 0 || code > 0x10ffff ? 0xfffd : code);
    i += code < 0 ? 1 : Math.max(1, length);
    if (codes.length >= 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join("");
}
