import { foldText } from "../text/foldText";

// "bằng hoặc cao hơn (tỷ lệ / mức) (chung / bình quân) của (toàn) xã", "không thấp hơn …", and the other way
// round; matched on folded text, so a clerk's keyboard without diacritics reads the same.
const SUBJECT = String.raw`(?:(?:ty le|muc|chi tieu)\s+)?(?:(?:chung|binh quan)\s+)?(?:cua\s+)?(?:toan\s+)?xa`;
const AT_LEAST = new RegExp(String.raw`^(?:dat\s+)?(?:bang hoac cao hon|cao hon hoac bang|khong thap hon|bang hoac hon)\s+${SUBJECT}$`, "u");
const AT_MOST = new RegExp(String.raw`^(?:dat\s+)?(?:thap hon hoac bang|bang hoac thap hon|khong cao hon|khong vuot qua)\s+${SUBJECT}$`, "u");

/**
 * A target that compares a village with the commune's own figure (docs/reading-tables.md#values): "bằng hoặc cao hơn tỷ lệ chung
 * của xã" (at least the commune's), "thấp hơn hoặc bằng tỷ lệ chung của xã" (at most it). The figure itself
 * comes from a configuration rule's `target` or the commune sheet's actual. Null for anything else.
 *
 * @example relativeComparison("bằng hoặc cao hơn tỷ lệ chung của xã") // { comparison: ">=", relative: "commune" }
 * @example relativeComparison("95%") // null
 */
export function relativeComparison(text: string): { comparison: ">=" | "<="; relative: "commune" } | null {
  if (text.length > 120) return null;
  const folded = foldText(text);
  if (AT_LEAST.test(folded)) return { comparison: ">=", relative: "commune" };
  if (AT_MOST.test(folded)) return { comparison: "<=", relative: "commune" };
  return null;
}
