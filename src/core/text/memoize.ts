const LONGEST_REMEMBERED = 300;

/**
 * Remembers a text function's results: the same names and labels come again in every village's report.
 * Two generations of at most `limit` entries each: when the recent one fills, it becomes the old one and
 * the oldest results are dropped, while a result asked for again is carried over. Kept small on purpose:
 * a large map of texts read once (a 50 000-row sheet's names) costs more to fill and to collect than the
 * texts cost to compute.
 *
 * @example const directionOf = memoize(indicatorDirection); directionOf("Tỷ lệ hộ nghèo giảm còn") === "lower"
 */
export function memoize<T>(fn: (text: string) => T, limit = 2_048): (text: string) => T {
  let recent = new Map<string, T>();
  let old = new Map<string, T>();
  return (text) => {
    // Long texts (remarks, pasted paragraphs) rarely repeat; keeping them would only cost memory.
    if (text.length > LONGEST_REMEMBERED) return fn(text);
    let known = recent.get(text);
    if (known !== undefined) return known;
    known = old.get(text);
    const result = known !== undefined ? known : fn(text);
    if (recent.size >= limit) {
      old = recent;
      recent = new Map();
    }
    recent.set(text, result);
    return result;
  };
}
