import type { IndicatorRule } from "../config/rankingConfig";
import { matchesRule } from "../config/matchesRule";
import type { TemplateIndicators } from "./templateIndicators";

/**
 * The configuration's rules once the clerk has ticked the indicators of the templates in the pane
 * (docs/outputs.md#which-indicators-go-into-a-template): `template` is taken off every rule that matches an
 * indicator of the list (a rule left with nothing but its `match` goes), and each indicator whose choice
 * differs from what its basis says without rules gets its own rule by its full name: `"template": false`
 * for one unticked, `"template": true` for one ticked that the basis leaves out. Read again, the rules
 * give back the choice.
 *
 * @example templateChoiceRules([], all46, new Map([[6, false]])) // [{ match: "Thu ngân sách nhà nước trên địa bàn", template: false }]
 */
export function templateChoiceRules(
  rules: readonly IndicatorRule[],
  selection: TemplateIndicators,
  chosen: ReadonlyMap<number, boolean>,
  basis: TemplateIndicators,
): IndicatorRule[] {
  const names = selection.indicators.map((indicator) => indicator.name);
  const kept = rules.flatMap((rule): IndicatorRule[] => {
    if (
      rule.template === undefined ||
      !names.some((name) => matchesRule(rule.match, name))
    )
      return [rule];
    const { template: _template, ...rest } = rule;
    return Object.keys(rest).length > 1 ? [rest] : [];
  });
  const byBasis = new Map(
    basis.indicators.map((indicator) => [indicator.row, indicator.included]),
  );
  const own = selection.indicators.flatMap((indicator): IndicatorRule[] => {
    const included = chosen.get(indicator.row) ?? indicator.included;
    return included === byBasis.get(indicator.row)
      ? []
      : [{ match: indicator.name, template: included }];
  });
  return [...kept, ...own];
}
