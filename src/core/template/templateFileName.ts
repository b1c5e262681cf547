import { rosterKey } from "../config/rosterKey";

/** Letters of a slug at most: with "bao-cao-", a number and the year, a file name stays far below 255 bytes. */
export const SLUG_MAX = 60;

/**
 * A village's slug for file names (docs/outputs.md#command-line): its village key (`rosterKey`: folded, lower-case, without its
 * village word — Thôn, Bản, Ấp, Xóm … — unless only a number would be left: "to-dan-pho-3"), words joined
 * by "-", cut at a word within 60 letters for a very long name; "thon" when nothing is left.
 *
 * @example villageSlug("Thôn Nà Lầu") === "na-lau"
 * @example villageSlug("Ấp Tân Hòa") === "tan-hoa"
 */
export function villageSlug(village: string): string {
  const words = rosterKey(village).split(" ").filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX) {
      if (slug === "") slug = word.slice(0, SLUG_MAX);
      break;
    }
    slug = next;
  }
  return slug || "thon";
}

/**
 * The template files of several villages, `bao-cao-<slug>-<year>.xlsx`, distinct even when two names
 * give the same slug ("Nà Lầu" and "Thôn Na Lau"): the second becomes `bao-cao-na-lau-2-2024.xlsx`.
 * File systems that ignore case are allowed for, since slugs are lower-case.
 *
 * @example templateFileNames(["Nà Lầu", "Na Lau"], 2024) // ["bao-cao-na-lau-2024.xlsx", "bao-cao-na-lau-2-2024.xlsx"]
 */
export function templateFileNames(villages: readonly string[], year: number): string[] {
  const taken = new Set<string>();
  return villages.map((village) => {
    const slug = villageSlug(village);
    let candidate = slug;
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
    taken.add(candidate);
    return `bao-cao-${candidate}-${year}.xlsx`;
  });
}
