import type { Lang } from "./lang";

/**
 * The pane speaks Vietnamese unless Office's display language is English.
 *
 * @example pickLanguage("en-US") === "en"; pickLanguage("vi-VN") === "vi"; pickLanguage(undefined) === "vi"
 */
export function pickLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}
