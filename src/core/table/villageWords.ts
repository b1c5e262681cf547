import { foldText } from "../text/foldText";

/** A word that says a place is a village (docs/reading-tables.md#layouts item 2), as the country writes it. */
export interface VillageWord {
  /** How the word is written in a name ("Tổ dân phố"). */
  word: string;
  /** Other ways of writing it ("TDP", "Plơi"). */
  also: readonly string[];
  /**
   * The words a village's name goes without: a commune's lists and rankings write "Nà Lầu", "Tát Mạ";
   * every other word stays in the name ("Ấp Tân Hòa", "Xóm Mới").
   */
  dropped: boolean;
  /** Too common a word to name a village unlabelled unless a number follows ("TỔ 5", not "Tổ chức …") or "của" goes before. */
  weak: boolean;
  /**
   * Also an everyday word ("chăm sóc", "buôn bán", "làng nghề"): inside a title it names a village only
   * after "của" or before a number; at the start of a line, or labelled, it does as any village word.
   */
  everyday: boolean;
}

/**
 * The country's village words, in one table: every reader of names, the village key and the templates'
 * village line use it.
 */
export const VILLAGE_WORDS: readonly VillageWord[] = [
  { word: "Thôn", also: [], dropped: true, weak: false, everyday: false },
  { word: "Bản", also: [], dropped: true, weak: false, everyday: false },
  { word: "Ấp", also: [], dropped: false, weak: false, everyday: false },
  { word: "Khóm", also: [], dropped: false, weak: false, everyday: true },
  { word: "Buôn", also: [], dropped: false, weak: false, everyday: true },
  { word: "Bon", also: [], dropped: false, weak: true, everyday: true },
  { word: "Plei", also: ["Plơi"], dropped: false, weak: false, everyday: false },
  { word: "Sóc", also: [], dropped: false, weak: false, everyday: true },
  { word: "Làng", also: [], dropped: false, weak: false, everyday: true },
  { word: "Xóm", also: [], dropped: false, weak: false, everyday: true },
  { word: "Tổ dân phố", also: ["TDP"], dropped: false, weak: false, everyday: false },
  { word: "Khu phố", also: [], dropped: false, weak: false, everyday: false },
  { word: "Khu dân cư", also: ["KDC"], dropped: false, weak: false, everyday: false },
  { word: "Tiểu khu", also: [], dropped: false, weak: false, everyday: false },
  { word: "Khu", also: [], dropped: false, weak: true, everyday: true },
  { word: "Tổ", also: [], dropped: false, weak: true, everyday: true },
];

/** Every written form with its word, longest first, so that "Tổ dân phố" is never read as "Tổ". */
const FORMS = VILLAGE_WORDS.flatMap((entry) => [entry.word, ...entry.also].map((form) => ({ form, entry })))
  .sort((a, b) => b.form.length - a.form.length);

/** A regex alternation of every written form of the village words, longest first (case left to the flags). */
export const VILLAGE_WORD_PATTERN = FORMS.map(({ form }) => form.replace(/ /gu, "\\s+")).join("|");

/** The same alternation of folded forms ("to dan pho|tdp|…"), for folded text. */
export const FOLDED_WORD_PATTERN = FORMS.map(({ form }) => foldText(form)).join("|");

/**
 * The village word a written form stands for, in any case or spacing; null for no village word.
 *
 * @example villageWordOf("TDP")?.word === "Tổ dân phố"; villageWordOf("ẤP")?.word === "Ấp"; villageWordOf("Xã") === null
 */
export function villageWordOf(written: string): VillageWord | null {
  const folded = foldText(written);
  // Folded, "Bản" and "Bạn", "Tổ" and "Tờ" are one: the diacritics are compared as written.
  const lower = written.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();
  const exact = FORMS.find(({ form }) => form.toLocaleLowerCase("vi") === lower);
  if (exact) return exact.entry;
  return /^[\p{ASCII}]*$/u.test(written) ? (FORMS.find(({ form }) => foldText(form) === folded)?.entry ?? null) : null;
}
