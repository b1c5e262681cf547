import type { Lang } from "../shell/lang";
import type { Strings } from "./vi";

export type { Strings };

const loaded: Partial<Record<Lang, Strings>> = {};

/**
 * Downloads the pane's words in one language before the pane is drawn: each language is a part of its
 * own, so the first load carries only the language the pane speaks.
 *
 * @example await loadStrings("vi"); stringsFor("vi").tabs.check === "Kiểm tra"
 */
export async function loadStrings(lang: Lang): Promise<Strings> {
  const table = lang === "en" ? (await import(/* webpackChunkName: "strings-en" */ "./en")).en : (await import(/* webpackChunkName: "strings-vi" */ "./vi")).vi;
  return registerStrings(lang, table);
}

/** Makes a language's words the ones `stringsFor` gives (what `loadStrings` does once they are downloaded). */
export function registerStrings(lang: Lang, table: Strings): Strings {
  loaded[lang] = table;
  return table;
}

/** The pane's words in the given language (loaded first by `loadStrings`). @example stringsFor("en").tabs.check === "Check" */
export function stringsFor(lang: Lang): Strings {
  const table = loaded[lang];
  if (table === undefined) throw new Error(`The pane's words in "${lang}" are not loaded: call loadStrings first.`);
  return table;
}
