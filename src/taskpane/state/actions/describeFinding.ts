import type { Finding } from "../../../core/model";
import { formatFinding } from "../../../core/messages";
import type { Lang } from "../../shell/lang";

/**
 * The sentence staff read for a finding, in the pane's language (the engine's own messages).
 *
 * @example describeFinding(valueMissing, "vi") === "Chưa nhập kết quả thực hiện …"
 */
export function describeFinding(finding: Finding, lang: Lang): string {
  return formatFinding(finding, lang);
}
