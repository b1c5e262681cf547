import { foldText } from "../text/foldText";

// "Cơ cấu kinh tế: nông nghiệp 75%, dịch vụ 20% …", "Tỷ trọng ngành dịch vụ", "Cơ cấu lao động": parts of
// one whole, which no direction makes better. Only at the start of the name: "Diện tích chuyển đổi cơ cấu
// cây trồng" counts hectares converted, and "Nâng tỷ trọng …" says which way to go.
const SHARE = /^(?:co cau|ty trong)(?: |$)/u;

/**
 * Whether an indicator's name says it is a share of a whole (SPEC §4): it starts with "Cơ cấu" or "Tỷ trọng".
 * Such a row is context, neither higher nor lower is better, unless a rule gives it a direction.
 *
 * @example isShareOfWhole("Cơ cấu kinh tế: nông nghiệp 75%, dịch vụ 20%") === true
 * @example isShareOfWhole("Tỷ lệ hộ nghèo") === false
 */
export function isShareOfWhole(name: string): boolean {
  return SHARE.test(foldText(name));
}
