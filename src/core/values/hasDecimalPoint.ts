/**
 * Whether a number written as text uses a dot as its decimal mark (docs/reading-tables.md#values): a single dot followed by one,
 * two, or four or more digits ("15.40", "3.5", "0.2500"), or a dot after a comma ("1,234.5"). A single dot
 * followed by exactly three digits groups thousands ("1.417") and is not one.
 *
 * @example hasDecimalPoint("15.40") === true; hasDecimalPoint("1.417") === false; hasDecimalPoint("400,5") === false
 */
export function hasDecimalPoint(text: string): boolean {
  const digits = /\d[\d.,]*/u.exec(text)?.[0] ?? "";
  const dots = digits.split(".").length - 1;
  const comma = digits.lastIndexOf(",");
  if (dots === 0) return false;
  if (comma >= 0) return dots === 1 && digits.lastIndexOf(".") > comma;
  if (dots > 1) return false;
  const [whole, fraction] = digits.split(".");
  return fraction.length > 0 && (fraction.length !== 3 || /^0?$/u.test(whole) || whole.length > 3);
}
