/**
 * Legacy Vietnamese encodings as Excel shows them: each byte read through Windows-1252, so byte 0xE9
 * arrives as "é" (U+00E9). Bytes 0xA0–0xFF keep their value as code points.
 */

/**
 * TCVN3 (ABC, the .VnTime fonts): one byte per letter. Only the seven bare capitals Ă Â Ê Ô Ơ Ư Đ
 * have codes of their own; toned capitals are the lower-case codes drawn by the capital fonts
 * (.VnTimeH), so they arrive as lower-case letters.
 */
export const TCVN3_TO_UNICODE: Readonly<Record<string, string>> = {
  "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
  "\u00a8": "ă", "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
  "\u00a9": "â", "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
  "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
  "\u00aa": "ê", "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
  "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
  "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
  "\u00ab": "ô", "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
  "\u00ac": "ơ", "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
  "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
  "\u00ad": "ư", "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
  "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
  "\u00ae": "đ",
  "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
};

/** Combining marks by name, appended to a base letter and composed with NFC. */
const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";

/**
 * VNI-Windows: a base letter followed by one mark byte. Keys are lower-case; the upper-case mark
 * bytes are the Windows-1252 upper-case forms of the same letters ("Ù" for "ù").
 * - after a, e, o, u, y (and ơ, ư): ù sắc, ø huyền, û hỏi, õ ngã, ï nặng;
 * - circumflex (a, e, o): â alone, then á ấ, à ầ, å ẩ, ã ẫ, ä ậ;
 * - breve (a only): ê alone, then é ắ, è ằ, ú ẳ, ü ẵ, ë ặ.
 */
export const VNI_TONE_MARKS: Readonly<Record<string, string>> = {
  "\u00f9": ACUTE, "\u00f8": GRAVE, "\u00fb": HOOK, "\u00f5": TILDE, "\u00ef": DOT,
};
export const VNI_CIRCUMFLEX_MARKS: Readonly<Record<string, string>> = {
  "\u00e2": CIRCUMFLEX, "\u00e1": CIRCUMFLEX + ACUTE, "\u00e0": CIRCUMFLEX + GRAVE,
  "\u00e5": CIRCUMFLEX + HOOK, "\u00e3": CIRCUMFLEX + TILDE, "\u00e4": CIRCUMFLEX + DOT,
};
export const VNI_BREVE_MARKS: Readonly<Record<string, string>> = {
  "\u00ea": BREVE, "\u00e9": BREVE + ACUTE, "\u00e8": BREVE + GRAVE,
  "\u00fa": BREVE + HOOK, "\u00fc": BREVE + TILDE, "\u00eb": BREVE + DOT,
};

/** VNI letters that stand alone: ơ, ư, đ, and i and ỵ with their tones (narrow letters get one byte). */
export const VNI_SINGLE_LETTERS: Readonly<Record<string, string>> = {
  "\u00f4": "o" + HORN, "\u00f6": "u" + HORN, "\u00f1": "đ",
  "\u00ed": "í", "\u00ec": "ì", "\u00e6": "ỉ", "\u00f3": "ĩ", "\u00f2": "ị", "\u00ee": "ỵ",
  "\u00d4": "O" + HORN, "\u00d6": "U" + HORN, "\u00d1": "Đ",
  "\u00cd": "Í", "\u00cc": "Ì", "\u00c6": "Ỉ", "\u00d3": "Ĩ", "\u00d2": "Ị", "\u00ce": "Ỵ",
};
