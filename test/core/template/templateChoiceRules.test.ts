import type { IndicatorRule } from "../../../src/core/config/rankingConfig";
import { readTable } from "../../../src/core/table/readIndicatorTable";
import { templateChoiceRules } from "../../../src/core/template/templateChoiceRules";
import { templateIndicators } from "../../../src/core/template/templateIndicators";
import { seedTargetSheet } from "../../fixtures/seedTargetSheet";

const table = readTable(seedTargetSheet());
const rowOf = (start: string) =>
  table.rows.find((row) => row.indicator.name.startsWith(start))!.row;
const BUDGET = "Thu ngân sách nhà nước trên địa bàn";
const GRAIN = "Tổng sản lượng lương thực có hạt";

describe("the clerk's ticks as rules (docs/outputs.md#which-indicators-go-into-a-template)", () => {
  it.each<[string, IndicatorRule[], [string, boolean][], IndicatorRule[]]>([
    [
      "an untick becomes a rule by the full name",
      [],
      [[BUDGET, false]],
      [{ match: BUDGET, template: false }],
    ],
    ["a tick that changes nothing adds nothing", [], [[GRAIN, true]], []],
    [
      "a tick back takes the old rule's template off",
      [{ match: "thu ngân sách", template: false }],
      [[BUDGET, true]],
      [],
    ],
    [
      "other keys of a rule stay",
      [{ match: "thu ngân sách", template: false, weight: 2 }],
      [[BUDGET, false]],
      [
        { match: "thu ngân sách", weight: 2 },
        { match: BUDGET, template: false },
      ],
    ],
    [
      "a rule of another indicator stays whole",
      [{ match: "suy dinh dưỡng", direction: "lower" }],
      [[BUDGET, false]],
      [
        { match: "suy dinh dưỡng", direction: "lower" },
        { match: BUDGET, template: false },
      ],
    ],
    [
      "a rule matching nothing of the list stays",
      [{ match: "không có chỉ tiêu này", template: false }],
      [],
      [{ match: "không có chỉ tiêu này", template: false }],
    ],
  ])("%s", (_, rules, ticks, expected) => {
    const chosen = new Map(
      ticks.map(([name, included]) => [rowOf(name), included]),
    );
    const written = templateChoiceRules(
      rules,
      templateIndicators(table, [], rules),
      chosen,
      templateIndicators(table, [], []),
    );
    expect(written).toEqual(expected);
    // Read again, the rules give back the choice.
    const again = templateIndicators(table, [], written);
    for (const [name, included] of ticks)
      expect(again.indicators.find((i) => i.name === name)?.included).toBe(
        included,
      );
  });
});
