import { TCVN3_TO_UNICODE } from "../../../src/core/text/legacyTables";

/** Encoders written independently of the decoder, to build legacy text from Unicode in tests. */

const UNICODE_TO_TCVN3 = new Map(Object.entries(TCVN3_TO_UNICODE).map(([code, letter]) => [letter, code]));

/** Unicode → TCVN3 as Excel shows it; capitals with tones take the lower-case code, as .VnTimeH does. */
export function toTcvn3(text: string): string {
  return Array.from(text.normalize("NFC"), (char) => {
    return UNICODE_TO_TCVN3.get(char) ?? UNICODE_TO_TCVN3.get(char.toLowerCase()) ?? char;
  }).join("");
}

const TONE_BYTE: Record<string, string> = { "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï" };
const CIRCUMFLEX_BYTE: Record<string, string> = { "": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä" };
const BREVE_BYTE: Record<string, string> = { "": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë" };
const I_BYTE: Record<string, string> = { "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò" };

/** Unicode → VNI-Windows as Excel shows it: base letter, then mark bytes (upper-case after a capital). */
export function toVni(text: string): string {
  return Array.from(text.normalize("NFC"), (char) => {
    const decomposed = char.normalize("NFD");
    const base = decomposed.charAt(0);
    const lower = base.toLowerCase();
    const upper = base !== lower;
    const marks = decomposed.slice(1);
    const tone = marks.replace(/[\u0302\u0306\u031b]/g, "");
    const cased = (bytes: string) => (upper ? bytes.toUpperCase() : bytes);
    if (lower === "đ") return cased("ñ");
    if (lower === "i" && tone !== "") return cased(I_BYTE[tone]);
    if (lower === "y" && tone === "\u0323") return cased("î");
    if (marks.includes("\u031b")) return cased(lower === "o" ? "ô" : "ö") + cased(TONE_BYTE[tone] ?? "");
    if (marks.includes("\u0302")) return base + cased(CIRCUMFLEX_BYTE[tone]);
    if (marks.includes("\u0306")) return base + cased(BREVE_BYTE[tone]);
    if (tone !== "" && /[aeiouy]/.test(lower)) return base + cased(TONE_BYTE[tone]);
    return char;
  }).join("");
}
