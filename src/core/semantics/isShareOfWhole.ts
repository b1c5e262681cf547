import { foldText } from "../text/foldText";

// "Cơ cấu kinh tế: nông nghiệp 75%, dịch vụ 20% …", "Cơ cấu lao động": parts of one whole, which no direction
// makes better. Only at the start of the name: "Diện tích chuyển đổi cơ cấu cây trồng" counts hectares
// converted.
const STRUCTURE = /^co cau(?: |$)/u;
// "Tỷ trọng …" is a part of such a whole when it stands under a "Cơ cấu" row or lists the parts itself
// ("Tỷ trọng: nông nghiệp 40%, dịch vụ 35%"); alone with a target ("Tỷ trọng giá trị chăn nuôi/giá trị sản
// xuất nông nghiệp" | 39, the seed's row 6) it is a share the commune means to raise.
const SHARE = /^ty trong(?: |$)/u;
const PARTS = /\d\s*%.*[,;].*\d\s*%/u;

/**
 * Whether an indicator is a share of a whole (docs/reading-tables.md#units-and-semantics): its name starts with "Cơ cấu", or with "Tỷ trọng"
 * under a "Cơ cấu" group or listing several parts. Such a row is context, neither higher nor lower is
 * better, unless a rule gives it a direction.
 *
 * @example isShareOfWhole("Cơ cấu kinh tế: nông nghiệp 75%, dịch vụ 20%") === true
 * @example isShareOfWhole("Tỷ trọng ngành dịch vụ", ["Cơ cấu kinh tế"]) === true
 * @example isShareOfWhole("Tỷ trọng giá trị chăn nuôi/giá trị sản xuất nông nghiệp") === false
 */
export function isShareOfWhole(name: string, path: readonly string[] = []): boolean {
  const folded = foldText(name);
  if (STRUCTURE.test(folded)) return true;
  if (!SHARE.test(folded)) return false;
  return PARTS.test(name) || path.some((group) => STRUCTURE.test(foldText(group)));
}
