import type { CliIo } from "../io";

// Pieces are gathered to about this many characters before each write.
const CHUNK = 1 << 20;
const LARGE = 1 << 14;

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
    // A large piece (a batch of a list) is written as it is: joined to others it would be copied again.
    if (piece.length >= LARGE) {
      if (pending !== "") write(pending);
      write(piece);
      pending = "";
      continue;
    }
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
// A list's elements are written this many at a time.
const BATCH = 256;

function* jsonPieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth === 0 && Array.isArray(value) && value.length > 0) {
    yield* listPieces(value, null);
    return;
  }
  if (depth < STREAMED_DEPTH && isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, field]) => !isOmitted(field));
    if (entries.length > 0) {
      const inner = `${indent}  `;
      for (const [i, [key, field]] of entries.entries()) {
        yield `${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
        if (depth === 0 && Array.isArray(field) && field.length > 0) yield* listPieces(field, key);
        else yield* jsonPieces(field, inner, depth + 1);
      }
      yield `\n${indent}}`;
      return;
    }
  }
  const text = JSON.stringify(value, null, 2) ?? "null";
  yield indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

/**
 * A list at the top (`key` null) or in a field of the top object, written `BATCH` elements at a time.
 * Each batch is written by JSON.stringify inside a copy of what holds it (`{ key: batch }`), so that its
 * elements come indented as in the whole; the holder's own lines are then cut off, and no text is copied
 * to indent it again.
 */
function* listPieces(list: readonly unknown[], key: string | null): Generator<string> {
  const [before, after] = key === null ? ["[\n", "\n]"] : [`{\n  ${JSON.stringify(key)}: [\n`, "\n  ]\n}"];
  for (let start = 0; start < list.length; start += BATCH) {
    const batch = list.slice(start, start + BATCH);
    const text = JSON.stringify(key === null ? batch : { [key]: batch }, null, 2);
    yield start === 0 ? "[\n" : ",\n";
    yield text.slice(before.length, text.length - after.length);
  }
  yield key === null ? "\n]" : "\n  ]";
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}
