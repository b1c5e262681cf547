import { convertLegacyText, decodeLegacyText } from "../text/legacyEncoding";
import { normalizeText } from "../text/normalizeText";
import { unitKey } from "../units/unitCatalogue";
import { dateFormatParts, isDateFormat } from "./isDateFormat";
import { isPercentFormat } from "./isPercentFormat";
import { accentComparisonWords } from "./accentComparisonWords";
import { hasDecimalPoint } from "./hasDecimalPoint";
import { parseVietnameseNumber } from "./parseVietnameseNumber";

/** What a cell holds, before the indicator's kind gives it a meaning. */
export type CellReading =
  | { type: "missing" }
  | { type: "error"; error: string }
  | { type: "uncalculated"; formula: string }
  | { type: "number"; value: number; unit: string | null; fromText: boolean; percentFormat: boolean; decimalPoint?: true }
  | { type: "text"; text: string; legacy: "tcvn3" | "vni" | null };

const EXCEL_ERRORS = [
  "#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#BLOCKED!", "#BUSY!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
];
// a sign, a digit or a separator first: only then is the text worth parsing as a number
const LOOKS_NUMERIC = /^[-+−–]?\s*[\d.,]/u;
// dashes and ellipses people type for "nothing to report"
const MISSING_MARKER = /^[-‐‑‒–—―−.…\s]*$/u;

/**
 * Reads a cell as Excel gives it (`Range.values` entry and its `numberFormat`). Never throws.
 *
 * - Numbers are taken as is; under a percent format ("0%", "0.0%") they are ×100 with float noise
 *   removed (0.975 → 97.5), unit "%". NaN and ±Infinity read as the error "#NUM!".
 * - Text is NFC-normalized and trimmed. "", "-", "—", "–", "…", "..." are missing; Excel's error
 *   values are errors; Vietnamese-style numbers become numbers (see `parseVietnameseNumber`) with
 *   a trailing unit word kept in `unit` (converted when legacy-encoded: "40 hé" is 40 hộ); other
 *   text written in TCVN3 or VNI is converted to Unicode and `legacy` names the encoding. Words before a
 *   figure that say how it is to be reached ("giữ vững 100%", "duy trì 98,4%", "đạt 12 lớp") leave the figure.
 * - Booleans are not numbers (TRUE is not 1). Read as the text "TRUE" / "FALSE", a ticked check
 *   box in a pass/fail row means Đạt (see `readWord`); in a number row it is reported invalid.
 * - Dates read as their dd/mm/yyyy text, whether a serial number under a date format (Office.js)
 *   or a `Date` (ExcelJS): a date in an indicator row is almost always a figure Excel turned into a
 *   date ("1/5"), so it is reported as text, not guessed at.
 * - ExcelJS cell objects are unwrapped: `{ error }`, `{ result }` of a formula, `{ richText }`,
 *   `{ text }` of a hyperlink. A formula without a result (`{ formula: "=SUM(E5:E9)" }`: a file written
 *   by a program and never calculated) is "uncalculated". Other objects and arrays read as text.
 *
 * @example readCell(0.975, "0.0%") // { type: "number", value: 97.5, unit: "%", fromText: false, percentFormat: true }
 * @example readCell(" 264.000 kg ") // { type: "number", value: 264000, unit: "kg", fromText: true, percentFormat: false }
 * @example readCell("—") // { type: "missing" }
 */
export function readCell(value: unknown, format?: string): CellReading {
  return readAny(value, typeof format === "string" ? format : "", 0);
}

function readAny(value: unknown, format: string, depth: number): CellReading {
  if (value === null || value === undefined) return { type: "missing" };
  if (typeof value === "number") return readNumber(value, format);
  if (typeof value === "bigint") return readNumber(Number(value), format);
  if (typeof value === "string") return readText(value);
  if (typeof value === "boolean") return { type: "text", text: value ? "TRUE" : "FALSE", legacy: null };
  if (value instanceof Date) return readDate(value);
  if (typeof value === "object" && depth < 3) return readObject(value, format, depth);
  return { type: "text", text: safeString(value), legacy: null };
}

function readNumber(raw: number, format: string): CellReading {
  if (!Number.isFinite(raw)) return { type: "error", error: "#NUM!" };
  const value = raw === 0 ? 0 : raw; // -0 reads as 0
  if (isDateFormat(format) && !isPercentFormat(format)) return readSerialDate(value, format);
  if (!isPercentFormat(format)) return { type: "number", value, unit: null, fromText: false, percentFormat: false };
  const percent = Number((value * 100).toPrecision(15));
  if (!Number.isFinite(percent)) return { type: "error", error: "#NUM!" };
  return { type: "number", value: percent, unit: "%", fromText: false, percentFormat: true };
}

function readText(raw: string): CellReading {
  const text = normalizeText(raw);
  if (MISSING_MARKER.test(text)) return { type: "missing" };
  const error = text.startsWith("#") ? EXCEL_ERRORS.find((code) => code === text.toUpperCase()) : undefined;
  if (error) return { type: "error", error };
  const number = LOOKS_NUMERIC.test(text) ? parseVietnameseNumber(text) : afterLeadingWords(text);
  if (number) {
    const unit = number.unit === null ? null : readUnitWord(number.unit);
    const reading: CellReading = { type: "number", value: number.value, unit, fromText: true, percentFormat: false };
    // "15.40", "3.5": a dot as the decimal mark is read, and said (docs/reading-tables.md#values)
    return hasDecimalPoint(text) ? { ...reading, decimalPoint: true } : reading;
  }
  const legacy = decodeLegacyText(text);
  return legacy ? { type: "text", text: legacy.text, legacy: legacy.encoding } : { type: "text", text, legacy: null };
}

// Words before a figure that say how it is to be reached (docs/reading-tables.md#values): "giữ vững 100%", "duy trì 98,4%", "đạt
// 12 lớp", "tiếp tục duy trì ở mức 100%"; at least one of them, then the figure.
const LEADING_WORDS = /^(?:(?:tiếp tục|phấn đấu|cố gắng)\s+)?(?:(?:duy trì|giữ vững|giữ|phấn đấu)\s+)?(?:(?:ở\s+)?mức\s+)?(?:đạt\s+)?(?=[-+−–]?\s*\d)/iu;

/** The number after leading words ("giữ vững 100%" is 100 %), or null when the text is not one. */
function afterLeadingWords(text: string): ReturnType<typeof parseVietnameseNumber> {
  if (!/\d/u.test(text) || text.length > 80) return null;
  const accented = accentComparisonWords(text);
  const lead = LEADING_WORDS.exec(accented)?.[0] ?? "";
  return lead === "" ? null : parseVietnameseNumber(accented.slice(lead.length));
}

/** A unit typed after a number, converted when it is legacy text: "tÊn" is TCVN3 for "tấn", and
 * "hé" (a word in its own right) is taken for TCVN3 "hộ" only because no unit is called "hé". */
function readUnitWord(unit: string): string {
  const decoded = decodeLegacyText(unit);
  if (decoded) return decoded.text;
  if (unitKey(unit) !== null) return unit;
  const known = [convertLegacyText(unit, "tcvn3"), convertLegacyText(unit, "vni")].find((converted) => unitKey(converted) !== null);
  return known ?? unit;
}

function readDate(date: Date): CellReading {
  if (Number.isNaN(date.getTime())) return { type: "error", error: "#VALUE!" };
  return { type: "text", text: dayText(date), legacy: null };
}

// Excel's day 0 is 30/12/1899 (serials count from there, past the phantom 29/02/1900)
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** A serial number under a date format (as `Range.values` gives dates): its date, as text. */
function readSerialDate(serial: number, format: string): CellReading {
  const date = new Date(EXCEL_EPOCH + Math.round(serial * DAY));
  if (Number.isNaN(date.getTime())) return { type: "error", error: "#NUM!" };
  const { date: showsDate, time } = dateFormatParts(format);
  const text = [showsDate ? dayText(date) : "", time ? timeText(date) : ""].filter((part) => part !== "").join(" ");
  return { type: "text", text, legacy: null };
}

function dayText(date: Date): string {
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function timeText(date: Date): string {
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

function readObject(value: object, format: string, depth: number): CellReading {
  if (Array.isArray(value)) {
    if (value.length === 0) return { type: "missing" };
    if (value.length === 1) return readAny(value[0], format, depth + 1);
    return readText(value.map((item) => safeString(item)).join(" "));
  }
  const record = value as Record<string, unknown>;
  if (typeof record.error === "string") return readText(record.error);
  if (typeof record.formula === "string" && (record.result === undefined || record.result === null)) {
    return { type: "uncalculated", formula: normalizeText(record.formula).slice(0, 200) };
  }
  if ("result" in record) return readAny(record.result, format, depth + 1);
  if (Array.isArray(record.richText)) {
    return readText(record.richText.map((run) => safeString((run as Record<string, unknown> | null)?.text ?? "")).join(""));
  }
  if (typeof record.text === "string") return readText(record.text);
  return { type: "text", text: safeString(value), legacy: null };
}

/** A printable form of anything, even objects whose conversion throws. */
function safeString(value: unknown): string {
  try {
    if (typeof value === "string") return value;
    if (typeof value === "object" && value !== null) return JSON.stringify(value) ?? "";
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
