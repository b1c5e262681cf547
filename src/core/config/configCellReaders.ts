import { cellText } from "../cells/cellText";
import { foldText } from "../text/foldText";
import { parseVietnameseNumber } from "../values/parseVietnameseNumber";

// Each reader turns what staff typed into the value the schema expects, undefined for a blank cell, or
// the raw text when it cannot, so that the schema names the field and the problem.

const MONEY_UNITS = new Set(["dong", "d", "vnd", "vnđ"]);
/** Amounts written in words of thousands and millions: "3 triệu", "500 nghìn đồng". */
const MONEY_SCALES: Record<string, number> = { trieu: 1_000_000, nghin: 1_000, ngan: 1_000 };
const YES_WORDS = new Set(["co", "x", "yes", "true", "dung", "1"]);
const NO_WORDS = new Set(["khong", "no", "false", "sai", "0"]);

/**
 * A number typed as a number or as Vietnamese text ("5.000.000", "3000000", "1,2", "5.000.000 đồng",
 * "3 triệu", "3,5 triệu đồng", "500 nghìn").
 *
 * @example readNumberCell("5.000.000 đ") === 5000000; readNumberCell("3 triệu") === 3000000
 */
export function readNumberCell(value: unknown): unknown {
  if (typeof value === "number") return value;
  const text = cellText(value);
  if (text === "") return undefined;
  const parsed = parseVietnameseNumber(text);
  if (parsed && (parsed.unit === null || MONEY_UNITS.has(foldText(parsed.unit)))) return parsed.value;
  const [scale, currency, ...rest] = parsed?.unit ? foldText(parsed.unit).split(/\s+/u) : [];
  if (parsed && scale in MONEY_SCALES && rest.length === 0 && (currency === undefined || MONEY_UNITS.has(currency))) {
    return Math.round(parsed.value * MONEY_SCALES[scale]);
  }
  return text;
}

/**
 * Có / Không, also "x", "có", "CÓ", "yes", a ticked box (true) or 1 / 0.
 *
 * @example readYesNoCell("CÓ") === true
 */
export function readYesNoCell(value: unknown): unknown {
  if (typeof value === "boolean") return value;
  const text = cellText(value);
  if (text === "") return undefined;
  const folded = foldText(text);
  if (YES_WORDS.has(folded)) return true;
  if (NO_WORDS.has(folded)) return false;
  return text;
}

/**
 * Cao hơn là tốt / Thấp hơn là tốt, or just "cao" / "thấp", "higher" / "lower".
 *
 * @example readDirectionCell("Thấp hơn là tốt") === "lower"
 */
export function readDirectionCell(value: unknown): unknown {
  const text = cellText(value);
  if (text === "") return undefined;
  const folded = foldText(text);
  if (/\b(thap|lower)\b/.test(folded)) return "lower";
  if (/\b(cao|higher)\b/.test(folded)) return "higher";
  return text;
}

/**
 * Tổng kết (cả năm) / Sơ kết (6 tháng), also "year" / "half".
 *
 * @example readPeriodCell("sơ kết") === "half"
 */
export function readPeriodCell(value: unknown): unknown {
  const text = cellText(value);
  if (text === "") return undefined;
  const folded = foldText(text);
  if (/\b(so ket|6 thang|half)\b/.test(folded)) return "half";
  if (/\b(tong ket|ca nam|year)\b/.test(folded)) return "year";
  return text;
}

/**
 * Text as shown (NFC, trimmed); a number typed where text is expected reads as its digits.
 *
 * @example readTextCell("  Khuôn Lùng ") === "Khuôn Lùng"
 */
export function readTextCell(value: unknown): string | undefined {
  const text = cellText(value);
  return text === "" ? undefined : text;
}

/**
 * Tỷ lệ hoàn thành / Thang điểm, also "ratio" / "points", "điểm".
 *
 * @example readMethodCell("Thang điểm") === "points"
 */
export function readMethodCell(value: unknown): unknown {
  const text = cellText(value);
  if (text === "") return undefined;
  const folded = foldText(text);
  if (/\b(diem|points)\b/.test(folded)) return "points";
  if (/\b(ty le|ratio)\b/.test(folded)) return "ratio";
  return text;
}

/**
 * Theo tỷ lệ / Đạt mới có điểm / Có số liệu là đủ điểm, also the schema's own words.
 *
 * @example readAwardCell("đạt mới có điểm") === "all-or-nothing"
 */
export function readAwardCell(value: unknown): unknown {
  const text = cellText(value);
  if (text === "") return undefined;
  const folded = foldText(text);
  if (/\b(dat moi|all or nothing)\b/.test(folded)) return "all-or-nothing";
  if (/\b(du diem|full)\b/.test(folded)) return "full";
  if (/\b(ty le|proportional)\b/.test(folded)) return "proportional";
  return text;
}

/**
 * A share written as a percentage (85, "85%") or a fraction (0,85), as a fraction.
 *
 * @example readShareCell(85) === 0.85
 */
export function readShareCell(value: unknown): unknown {
  if (typeof value === "number") return value > 1 ? value / 100 : value;
  const text = cellText(value);
  if (text === "") return undefined;
  const parsed = parseVietnameseNumber(text);
  if (parsed && (parsed.unit === null || parsed.unit === "%")) return parsed.unit === "%" || parsed.value > 1 ? parsed.value / 100 : parsed.value;
  return text;
}

/**
 * A list typed in one cell, its items separated by ";" (or new lines): the villages a rule exempts.
 *
 * @example readListCell("Bản Thử; Nà Lầu") // ["Bản Thử", "Nà Lầu"]
 */
export function readListCell(value: unknown): unknown {
  const text = cellText(value);
  if (text === "") return undefined;
  // Split, then trim: spaces around a separator matched by the pattern itself cost time in the square of a
  // long run of spaces.
  return text
    .split(/[;\n]/u)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
