import { inflateEntry } from "./inflateEntry";
import { readZipDirectory, type ZipEntry } from "../../core/files/readZipDirectory";
import { MAX_ZIP_ENTRIES, ZIP_LIMITS, type ZipLimits, type ZipProblem } from "../../core/files/zipLimits";

export { ZIP_LIMITS, type ZipLimits, type ZipProblem };

/** A zip's directory, and a way to inflate the parts it names, each checked before and bounded while inflating. */
export interface GuardedZip {
  /** Part names as written in the directory, a leading "/" removed. */
  names: readonly string[];
  has(name: string): boolean;
  /**
   * Inflates the named parts that exist (absent ones are left out of the map). Their declared sizes are
   * checked first, each and together with all parts taken before, against the limits.
   */
  take(names: readonly string[]): { ok: true; parts: Map<string, Buffer> } | { ok: false; problem: ZipProblem };
}

/**
 * Opens a zip for reading only the parts a reader needs: nothing is inflated until asked for, sizes are
 * checked from the central directory before inflating, and a part whose data inflates past the size it
 * declares is stopped there and called damaged. Parts never asked for (pictures, printer settings,
 * anything unreferenced) are never inflated, whatever they hold.
 *
 * @example
 * const zip = guardZip(bytes);
 * if (zip.ok) { const taken = zip.value.take(["xl/workbook.xml"]); }
 */
export function guardZip(bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): { ok: true; value: GuardedZip } | { ok: false; problem: ZipProblem } {
  const entries = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  if (entries === null) return { ok: false, problem: { reason: "corrupt" } };
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!entry.name.endsWith("/")) byName.set(entry.name.replace(/^\/+/, ""), entry);
  let total = 0;
  // A part taken again (a second reader of the same zip) is counted once.
  const counted = new Set<string>();
  const value: GuardedZip = {
    names: [...byName.keys()],
    has: (name) => byName.has(name),
    take(names) {
      const wanted = [...new Set(names)].flatMap((name) => {
        const entry = byName.get(name);
        return entry ? [{ name, entry }] : [];
      });
      for (const { name, entry } of wanted) {
        if (entry.size > limits.part) return { ok: false, problem: { reason: "unzipped-too-large", part: name, size: entry.size, limit: limits.part } };
        if (!counted.has(name)) total += entry.size;
        if (total > limits.total) return { ok: false, problem: { reason: "unzipped-too-large", part: name, size: total, limit: limits.total } };
      }
      for (const { name } of wanted) counted.add(name);
      const parts = new Map<string, Buffer>();
      for (const { name, entry } of wanted) {
        const inflated = inflateEntry(bytes, entry);
        if (!inflated.ok) return { ok: false, problem: { reason: "corrupt" } };
        parts.set(name, inflated.bytes);
      }
      return { ok: true, parts };
    },
  };
  return { ok: true, value };
}
