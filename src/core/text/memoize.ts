const LONGEST_REMEMBERED = 300;

/**
 * Remembers a text function's results: the same names and labels come again in every village's report.
 * The memory is dropped whole when it grows past `limit` entries.
 *
 * @example const directionOf = memoize(indicatorDirection); directionOf("Tỷ lệ hộ nghèo giảm còn") === "lower"
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  let memory = new Map<string, T>();
  return (text) => {
    // Long texts (remarks, pasted paragraphs) rarely repeat; keeping them would only cost memory.
    if (text.length > LONGEST_REMEMBERED) return fn(text);
    const known = memory.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (memory.size >= limit) memory = new Map();
    memory.set(text, result);
    return result;
  };
}
