import { normalizeText } from "../text/normalizeText";

/**
 * The text a cell shows for labels and names: strings normalized (NFC, single spaces, trimmed), numbers as
 * written by JavaScript, anything else (blank, booleans, objects) as "".
 *
 * @example cellText("  Chỉ  tiêu ") === "Chỉ tiêu"; cellText(9) === "9"; cellText(null) === ""
 */
export function cellText(value: unknown): string {
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}
