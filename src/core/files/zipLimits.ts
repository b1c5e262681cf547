/** Bounds on what a zip may inflate to, in bytes, checked against its directory before anything is inflated. */
export interface ZipLimits {
  part: number;
  total: number;
}

// A village's report inflates to well under a megabyte and a 50 000-row sheet to some 20 MB. A reader needs
// tens of bytes of memory per byte of sheet XML made of empty cells: beyond these bounds it would exhaust
// the program (the command line) or the browser tab (the pane's own conversion) alike.
export const ZIP_LIMITS: ZipLimits = { part: 64 * 2 ** 20, total: 96 * 2 ** 20 };

/** More parts than any workbook holds: a directory listing more is damaged or hostile. */
export const MAX_ZIP_ENTRIES = 100_000;

/** Why a zip cannot be read: damaged, or a part that would inflate beyond the limits (a zip bomb). */
export type ZipProblem = { reason: "corrupt" } | { reason: "unzipped-too-large"; part: string; size: number; limit: number };

/**
 * The first of these parts whose declared size passes the limits, alone or with the parts before it; null
 * when all fit. Sizes are the ones the zip's central directory declares, so nothing is inflated to know.
 *
 * @example declaredTooLarge([{ name: "content.xml", size: 2 ** 31 }]) → { reason: "unzipped-too-large", part: "content.xml", size: 2147483648, limit: 67108864 }
 */
export function declaredTooLarge(parts: readonly { name: string; size: number }[], limits: ZipLimits = ZIP_LIMITS): ZipProblem | null {
  let total = 0;
  for (const { name, size } of parts) {
    if (size > limits.part) return { reason: "unzipped-too-large", part: name, size, limit: limits.part };
    total += size;
    if (total > limits.total) return { reason: "unzipped-too-large", part: name, size: total, limit: limits.total };
  }
  return null;
}
