import type { Finding } from "../model";

/**
 * The findings in their order, each said once: the same finding reached by two ways is one.
 *
 * @example eachFindingOnce([unitMissingD12, unitMissingD12, targetMissingD9]) → [unitMissingD12, targetMissingD9]
 */
export function eachFindingOnce(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
