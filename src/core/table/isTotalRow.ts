import { foldText } from "../text/foldText";

const TOTAL_NAMES = new Set(["tong cong", "cong", "tong so", "tong", "toan xa", "toan huyen", "cong chung"]);

/**
 * Whether a row's name says it adds up others: the whole name is Tổng cộng, Cộng, Tổng số or Tổng, or it
 * starts with "Cộng " ("Cộng tiêu chí 1 (1 + 2 + 3 + 4)") and is no word such as "Cộng đồng". "Tổng sản lượng lương thực" is an indicator.
 *
 * @example isTotalRow("Tổng cộng") === true; isTotalRow("Tổng sản lượng lương thực") === false
 */
export function isTotalRow(name: string): boolean {
  const folded = foldText(name);
  if (TOTAL_NAMES.has(folded)) return true;
  // Only a name folding to "cong …" can start with "Cộng ": most rows skip composing their name again.
  if (folded !== "cong" && !folded.startsWith("cong ")) return false;
  return /^cộng\s/iu.test(name.normalize("NFC").trim()) && !/^cong (dong|tac|san|hoa)\b/u.test(folded);
}
