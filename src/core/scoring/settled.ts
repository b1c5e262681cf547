/**
 * `value` as the plain property `key` of `holder` from now on, in the place of an accessor that made it
 * when first read (a ranking's explanation lines and findings are made only when something reads them).
 *
 * @example const ranking = { get findings() { return settled(this, "findings", joinAll()); } };
 */
export function settled<T>(holder: object, key: string, value: T): T {
  Object.defineProperty(holder, key, { configurable: true, enumerable: true, writable: true, value });
  return value;
}
