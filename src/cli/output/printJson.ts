import type { CliIo } from "../io";

// Pieces are gathered to about this many characters before each write.
const CHUNK = 1 << 20;

/**
 * Prints a value as `JSON.stringify(value, null, 2)` and a line break. Where the output can be written in
 * pieces (`io.write`), the top object and the lists in it are written element by element, so a 50 000-row
 * report's JSON is never held whole in memory; the bytes are the same either way.
 *
 * @example printJson(io, { village: "Nà Lầu", indicators: [] })
 */
export function printJson(io: CliIo, value: unknown): void {
  const write = io.write;
  if (write === undefined) {
    io.out(JSON.stringify(value, null, 2));
    return;
  }
  let pending = "";
  for (const piece of jsonPieces(value, "", 0)) {
    pending += piece;
    if (pending.length >= CHUNK) {
      write(pending);
      pending = "";
    }
  }
  write(`${pending}\n`);
}

// The top object (depth 0) and its lists (depth 1) are written piece by piece; deeper values whole.
const STREAMED_DEPTH = 2;

function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth < STREAMED_DEPTH && Array.isArray(value) && value.length > 0) {
    const inner = `${indent}  `;
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "[" : ","}\n${inner}`;
      // As JSON.stringify writes them: a value JSON cannot hold is null in a list.
      const item: unknown = value[i];
      yield* isOmitted(item) ? ["null"] : jsonPieces(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth < STREAMED_DEPTH && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, field]) => !isOmitted(field));
    if (entries.length > 0) {
      const inner = `${indent}  `;
      for (const [i, [key, field]] of entries.entries()) {
        yield `${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
        yield* jsonPieces(field, inner, depth + 1);
      }
      yield `\n${indent}}`;
      return;
    }
  }
  const text = JSON.stringify(value, null, 2) ?? "null";
  yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}
