import type { Lang } from "../args/parseArgs";
import type { CliText } from "./cliText";
import { en } from "./en";
import { vi } from "./vi";

/** The command line's own words in the chosen language. */
export function cliText(lang: Lang): CliText {
  return lang === "en" ? en : vi;
}

export type { CliText };
