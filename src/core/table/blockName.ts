import { foldText } from "../text/foldText";
import { villageName } from "./villageName";

// Blocks that add up the others, or say what all the columns below are, rather than a unit's name.
const TOTALS = new Set([
  "tong", "tong cong", "toan xa", "cong", "tong so", "toan thon", "ca xa", "toan huyen", "toan tinh", "ca huyen", "toan phuong",
  "tong hop", "chung", "so lieu", "san luong", "gia tri",
]);

// What a unit's label says before its name: its council, or its kind.
const COUNCIL = /^(?:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd)\s+/iu;
const KIND = /^(?:xã|phường|thị\s+trấn)\s+(?=\S)/iu;

/**
 * Whether a column label names a total (Tổng cộng, Toàn xã, Toàn huyện …), not a unit.
 *
 * @example isTotalLabel("Toàn huyện") === true; isTotalLabel("Nà Lầu") === false
 */
export function isTotalLabel(label: string): boolean {
  return TOTALS.has(foldText(label));
}

/**
 * The name of the unit a column or block of columns belongs to (a village, or a commune in a district's
 * sheet), or null for a total, a year or a label too long to be a name.
 *
 * @example blockName("Ủy Ban Nhân Dân Xã Tu Tra") === "Tu Tra"; blockName("THÔN NÀ LẦU") === "Nà Lầu"; blockName("Năm 2024") === null
 */
export function blockName(label: string): string | null {
  const folded = foldText(label);
  if (label.length > 60 || TOTALS.has(folded) || /^(nam )?\d{4}$/u.test(folded)) return null;
  const bare = label.trim().replace(COUNCIL, "").replace(KIND, "");
  return villageName(bare);
}
