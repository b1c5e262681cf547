/**
 * The nesting level a TT cell gives its row: Roman numerals 0, numbers 1, "1.1" 2 ("1.1.1" 3), "-", "a)"
 * and "a." 2, "+" and "*" 3; null for an empty TT (the row sits inside whatever group is open) or text
 * that is no marker.
 *
 * @example ttLevel("IV") === 0; ttLevel("9") === 1; ttLevel("-") === 2; ttLevel("+") === 3
 */
export function ttLevel(tt: string): number | null {
  const text = tt.trim().replace(/[.)]$/u, "");
  if (text === "") return tt.trim() === "" ? null : 2;
  if (/^[IVXLC]+$/u.test(text) && text.length <= 6) return 0;
  if (/^\d{1,3}$/u.test(text)) return 1;
  if (/^\d{1,3}(\.\d{1,3})+$/u.test(text)) return text.split(".").length;
  if (/^[-–—•·]$/u.test(text)) return 2;
  if (/^[+*]$/u.test(text)) return 3;
  if (/^[a-zđ]$/u.test(text) && /[.)]$/u.test(tt.trim())) return 2;
  return null;
}

/**
 * Whether a group's TT is worth keeping in its id ("10", "IV"), unlike "-" and "+".
 *
 * @example isNumberedTt("10") === true; isNumberedTt("-") === false
 */
export function isNumberedTt(tt: string): boolean {
  return /^(\d{1,3}(\.\d{1,3})*|[IVXLC]+)[.)]?$/u.test(tt.trim());
}
