import { normalizeText } from "../text/normalizeText";

// sign, digits with separators, then whatever follows (a unit word, "%", or nothing)
const NUMBER_THEN_REST = /^([-+−–]?)\s*(\d[\d.,]*|[.,]\d+)(.*)$/u;
// thousands written with spaces, as some machines print them: "5 000 000"
const SPACE_GROUPED = /^([-+−–]?\s*)(\d{1,3}(?: \d{3})+)(?=$|[^\d.])/u;

/**
 * Reads a number written the Vietnamese way, with an optional trailing unit word or "%".
 *
 * Separators follow the commune's own sheets: "." groups thousands, "," marks decimals.
 * - Both present: the one that comes last is the decimal mark ("1.234,5" = 1234.5, and the
 *   English "1,234.5" = 1234.5), the other must group by threes.
 * - Only ".": several dots are thousands ("5.000.000"); a single dot followed by exactly three
 *   digits is thousands ("1.417" = 1417) unless the integer part is 0 or longer than three digits
 *   ("0.975", "1234.567" are decimals); any other single dot is a decimal ("1.5" = 1.5).
 * - Only ",": a single comma is the decimal mark ("400,5", "1,234" = 1.234); several commas
 *   grouping by threes are thousands ("1,234,567").
 * - Spaces may group thousands too ("5 000 000"), as some machines print them.
 * - Leading zeros are allowed ("02" = 2); signs "-", "+", "−" and "–" are read.
 * The unit is what follows the number, trimmed; it must start with a letter, "%" or "²"
 * ("40 hộ", "264.000 kg", "97,5%"). Anything else gives null.
 *
 * @example parseVietnameseNumber("1.000.000 đồng") // { value: 1000000, unit: "đồng" }
 * @example parseVietnameseNumber("97,5%") // { value: 97.5, unit: "%" }
 */
export function parseVietnameseNumber(text: string): { value: number; unit: string | null } | null {
  const clean = normalizeText(text);
  const match = NUMBER_THEN_REST.exec(clean.replace(SPACE_GROUPED, (_, sign: string, grouped: string) => sign + grouped.replace(/ /g, ".")));
  if (!match) return null;
  const [, sign, digits, rest] = match;
  const magnitude = readDigits(digits);
  if (magnitude === null) return null;
  const unit = readUnit(rest);
  if (unit === undefined) return null;
  const value = sign === "" || sign === "+" ? magnitude : -magnitude;
  return { value: value === 0 ? 0 : value, unit };
}

function readDigits(digits: string): number | null {
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const cut = digits.lastIndexOf(decimalMark);
    const whole = digits.slice(0, cut);
    const fraction = digits.slice(cut + 1);
    if (!/^\d+$/.test(fraction) || !isGrouped(whole, groupMark)) return null;
    return Number(`${whole.split(groupMark).join("")}.${fraction}`);
  }
  const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (mark === null) return Number(digits);
  const parts = digits.split(mark);
  if (parts.length > 2) return isGrouped(digits, mark) ? Number(parts.join("")) : null;
  const [whole, fraction] = parts;
  if (!/^\d+$/.test(fraction)) return null;
  const thousands = mark === "." && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  return thousands ? Number(whole + fraction) : Number(`${whole === "" ? "0" : whole}.${fraction}`);
}

function isGrouped(whole: string, mark: string): boolean {
  const groups = whole.split(mark);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/** The unit after a number: null for none, undefined when what follows is not a unit. */
function readUnit(rest: string): string | null | undefined {
  const unit = rest.trim();
  if (unit === "") return null;
  return /^[\p{L}%²]/u.test(unit) ? unit : undefined;
}
