import { terminalSafe } from "./terminalSafe";

// Large enough that a report of any size takes few writes, small enough that no copy of a 50 000-row
// report's output (some 50 MB of JSON) is ever made whole: not made safe, not encoded to bytes at once.
const SLICE = 1 << 20;

/**
 * Writes a text and a line break, made safe for a terminal (see `terminalSafe`) slice by slice: the same
 * bytes as writing it whole, without a second and third copy of a large output in memory. A slice never
 * ends between the two halves of a character written as a surrogate pair.
 *
 * @example writeInSlices("{}", false, (chunk) => process.stdout.write(chunk))
 */
export function writeInSlices(text: string, oneLine: boolean, write: (chunk: string) => void): void {
  if (text.length <= SLICE) {
    write(`${terminalSafe(text, oneLine)}\n`);
    return;
  }
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    write(terminalSafe(text.slice(start, end), oneLine));
    start = end;
  }
  write("\n");
}
