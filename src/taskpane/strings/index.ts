import type { Lang } from "../shell/lang";
import { en } from "./en";
import { vi, type Strings } from "./vi";

export type { Strings };

/** The pane's words in the given language. @example stringsFor("en").tabs.check === "Check a report" */
export function stringsFor(lang: Lang): Strings {
  return lang === "en" ? en : vi;
}
