/**
 * The name of a configuration field as staff and messages read it: keys joined by ".", array indexes
 * in brackets.
 *
 * @example configFieldPath(["indicators", 1, "weight"]) === "indicators[1].weight"
 */
export function configFieldPath(path: readonly PropertyKey[]): string {
  let field = "";
  for (const key of path) {
    if (typeof key === "number") field += `[${key}]`;
    else field += field === "" ? String(key) : `.${String(key)}`;
  }
  return field;
}

/** The value found at `path` inside `input`, undefined when any step is missing. */
export function valueAtPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
