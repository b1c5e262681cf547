import { foldText } from "../text/foldText";

// The words that say what kind of place a village is: not part of its file name.
const PLACE_WORD = /^(?:thon|ban|to dan pho|tdp|to|xom|lang) /u;

/**
 * A village's slug for file names (SPEC §8): its name folded, lower-case, words joined by "-", without a
 * leading Thôn / Bản / Tổ dân phố / Tổ / Xóm / Làng unless only a number would be left ("to-dan-pho-3");
 * "thon" when nothing is left.
 *
 * @example villageSlug("Thôn Nà Lầu") === "na-lau"
 * @example villageSlug("Bản Tát Mạ") === "tat-ma"
 */
export function villageSlug(village: string): string {
  const folded = foldText(village);
  const own = folded.replace(PLACE_WORD, "");
  const words = /^(?:so )?\d+ ?[a-z]?$/u.test(own) ? folded : own;
  return words.split(" ").filter(Boolean).join("-") || "thon";
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
