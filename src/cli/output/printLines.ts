import type { CliIo } from "../io";

// Lines are joined to about this many characters before each write.
const CHUNK = 1 << 20;

/**
 * Prints lines as `io.out(lines.join("\n"))` would. Where the output can be written in pieces
 * (`io.write`), they are joined and written about a megabyte at a time, so a 50 000-row report's text is
 * never held whole in memory; the bytes are the same either way.
 *
 * @example printLines(io, ["Báo cáo của Nà Lầu", "", "Chỉ tiêu  Mục tiêu"])
 */
export function printLines(io: CliIo, lines: readonly string[]): void {
  const write = io.write;
  if (write === undefined) {
    io.out(lines.join("\n"));
    return;
  }
  let start = 0;
  let length = 0;
  for (let end = 0; end < lines.length; end++) {
    length += lines[end].length + 1;
    if (length >= CHUNK || end === lines.length - 1) {
      write(`${lines.slice(start, end + 1).join("\n")}\n`);
      start = end + 1;
      length = 0;
    }
  }
  if (lines.length === 0) write("\n");
}
