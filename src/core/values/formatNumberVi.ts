/**
 * Writes a number the Vietnamese way: "." between thousands, "," before decimals, at most
 * `maxDecimals` decimals (rounded half away from zero, trailing zeros dropped). Float noise is
 * removed first, so 0.1 + 0.2 reads "0,3". Non-finite numbers are written as JavaScript does.
 *
 * @example formatNumberVi(5000000) // "5.000.000"
 * @example formatNumberVi(400.5) // "400,5"
 * @example formatNumberVi(-1234.567, 1) // "-1.234,6"
 */
export function formatNumberVi(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const decimals = Math.max(0, Math.min(20, Math.floor(maxDecimals)));
  const [whole, fraction] = roundedDigits(Math.abs(n), decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const trimmed = fraction.replace(/0+$/, "");
  const body = trimmed === "" ? grouped : `${grouped},${trimmed}`;
  return n < 0 && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Integer and fraction digits of a non-negative number rounded to `decimals` places. */
function roundedDigits(abs: number, decimals: number): [string, string] {
  if (abs >= 1e21) return [BigInt(Math.round(abs)).toString(), ""];
  // toPrecision(15) drops the binary noise (1.005 is stored as 1.00499…) before rounding
  const exact = Number(abs.toPrecision(15));
  // String() gives the shortest exact digits (no exponent between 1e-6 and 1e21)
  const digitsText = exact < 1e-6 ? exact.toFixed(20) : String(exact);
  const [whole, fraction = ""] = digitsText.split(".");
  const kept = fraction.slice(0, decimals);
  const roundUp = fraction.length > decimals && fraction[decimals] >= "5";
  if (!roundUp) return [whole, kept];
  const digits = (BigInt(whole + kept) + 1n).toString().padStart(whole.length + kept.length, "0");
  const cut = digits.length - kept.length;
  return [digits.slice(0, cut), digits.slice(cut)];
}
