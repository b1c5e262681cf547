import { foldText } from "../text/foldText";

const PREFIX = /^(?:ten )?(?:thon|ban|to dan pho|tdp|to|xom|lang) /u;

/**
 * A village's name as the roster compares it (SPEC §6.3): folded, without a leading Thôn / Bản /
 * Tổ dân phố / Tổ / Xóm / Làng.
 *
 * @example rosterKey("Thôn Nà Lầu") === rosterKey("na lau")
 */
export function rosterKey(name: string): string {
  return foldText(name).replace(PREFIX, "");
}
