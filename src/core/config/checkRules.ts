import { finding, type Finding } from "../model/finding";
import { matchesRule } from "./matchesRule";
import type { RankingConfig } from "./rankingConfig";

/**
 * One `config/rule-matches-nothing` finding per rule whose `match` is in none of the indicator names,
 * located at `source.sheet` and, when known, the rule's cell.
 *
 * @example checkRules(config, ["Công tác tuyển quân"], { sheet: "Cấu hình xếp hạng" })
 * // [{ code: "config/rule-matches-nothing", details: { field: "indicators[0].match", rule: "suy dinh dưỡng" }, … }]
 */
export function checkRules(
  config: { indicators: readonly RankingConfig["indicators"][number][] },
  indicatorNames: string[],
  source: { sheet: string; cellOf?: (ruleIndex: number) => string | null },
): Finding[] {
  return config.indicators.flatMap((rule, index) => {
    if (indicatorNames.some((name) => matchesRule(rule.match, name))) return [];
    const field = `indicators[${index}].match`;
    return [
      finding("config/rule-matches-nothing", {
        sheet: source.sheet,
        cell: source.cellOf?.(index) ?? null,
        actual: rule.match,
        details: { field, rule: rule.match },
      }),
    ];
  });
}
