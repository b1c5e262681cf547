/**
 * Remembers a text function's results: the same names are keyed again for every village checked against
 * the same targets. The memory is dropped whole when it grows past `limit` entries.
 *
 * @example const fold = memoize(foldText); fold("Tỷ lệ") === fold("Tỷ lệ")
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  let memory = new Map<string, T>();
  return (text) => {
    const known = memory.get(text);
    if (known !== undefined) return known;
    const result = fn(text);
    if (memory.size >= limit) memory = new Map();
    memory.set(text, result);
    return result;
  };
}
