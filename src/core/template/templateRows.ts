import { readCellAt } from "../cells/sheetGrid";
import { villageColumn } from "../checks/villageColumn";
import { withTarget } from "../checks/withTarget";
import type { IndicatorRule } from "../config/rankingConfig";
import { matchesRule } from "../config/matchesRule";
import { resolveRules } from "../scoring/resolveRules";
import type { Group, Indicator, Value } from "../model/indicator";
import type { TableRead } from "../table/readIndicatorTable";

/** A group or sub-group row of a template, as the target sheet has it. */
export interface TemplateGroupRow {
  kind: "group";
  tt: string;
  name: string;
}

/** An indicator row of a template: the target the village is given, or none with the commune's total. */
export interface TemplateIndicatorRow {
  kind: "indicator";
  indicator: Indicator;
  /** The village's target: its own where known, the commune's for level indicators; null when unknown. */
  target: Value | null;
  /** The commune's total when only it is known (a cumulative indicator without the village's own target). */
  communeTotal: Value | null;
  /** Maximum points (Điểm chuẩn), points method: the configuration rule's `points`, else the source's column. */
  maxPoints: number | null;
}

export type TemplateRow = TemplateGroupRow | TemplateIndicatorRow;

/**
 * The rows of a village's report template (docs/outputs.md#report-templates), in the order of the source sheet: its groups
 * (those holding an indicator of the template) and the indicators that apply (a rule `template: false`
 * leaves a commune-only indicator out). Targets: the village's own KH column of a consolidated sheet
 * where it has one, else the commune's for level indicators (%, qualitative); a cumulative indicator
 * without the village's own target gets none, and carries the commune's total for a note (unless it has
 * no unit: a row with neither unit nor target would read back as a group). Each indicator carries its
 * maximum points: the rules' `points`, else the source's Điểm chuẩn column. `included` (by the source's
 * 0-based row), where given, says which indicators go in instead (see `templateIndicators`).
 *
 * @example templateRows(readTable(seedTargetSheet()), "Nà Lầu", []).filter((r) => r.kind === "indicator").length === 46
 */
export function templateRows(source: TableRead, village: string, rules: readonly IndicatorRule[], included?: (row: number) => boolean): TemplateRow[] {
  const { parsed, header, grid } = source;
  // The village's own KH column, found as the checks find it (`villageColumn`).
  const own = parsed.layout === "consolidated" && header !== null ? villageColumn(header.villages, village, { withTarget: true }) : null;
  const ownColumn = own?.targetColumn ?? null;
  const ownTargets = parsed.layout === "report";
  const ruleFor = resolveRules(rules);
  const pointsOf = (name: string) => ruleFor(name).points;
  const indicators = source.rows
    .filter((row) => (included === undefined ? !rules.some((rule) => rule.template === false && matchesRule(rule.match, row.indicator.name)) : included(row.row)))
    .map((row): TemplateIndicatorRow & { sheetRow: number } => {
      const sheetRow = row.row + 1;
      const maxPoints = pointsOf(row.indicator.name) ?? row.indicator.maxPoints ?? null;
      const own = ownColumn === null ? null : withTarget(row.indicator, readCellAt(grid, row.row, ownColumn));
      if (own !== null && own.target !== null) return { kind: "indicator", indicator: own, target: own.target, communeTotal: null, maxPoints, sheetRow };
      const commune = row.indicator;
      if (ownTargets) return { kind: "indicator", indicator: commune, target: commune.target, communeTotal: null, maxPoints, sheetRow };
      if (commune.target === null) return { kind: "indicator", indicator: own ?? commune, target: null, communeTotal: null, maxPoints, sheetRow };
      // A row with neither unit nor target reads back as a group: without a unit, the target stays.
      return commune.cumulative && commune.unit !== null
        ? { kind: "indicator", indicator: commune, target: null, communeTotal: commune.target, maxPoints, sheetRow }
        : { kind: "indicator", indicator: commune, target: commune.target, communeTotal: null, maxPoints, sheetRow };
    });
  // a parent with its own figures ("1 | Tổng sản lượng | Tấn | 860" above "- Lúa") is written once, as its indicator
  const indicatorRows = new Set(source.rows.map((row) => row.row + 1));
  const used = parsed.groups.filter((group) => !indicatorRows.has(group.row) && indicators.some((row) => startsWith(row.indicator.path, group.path)));
  const merged: { sheetRow: number; row: TemplateRow }[] = [
    ...used.map((group) => ({ sheetRow: group.row, row: groupRow(group) })),
    ...indicators.map(({ sheetRow, ...row }) => ({ sheetRow, row })),
  ];
  return merged.sort((a, b) => a.sheetRow - b.sheetRow || (a.row.kind === "group" ? -1 : 1)).map((entry) => entry.row);
}

function groupRow(group: Group): TemplateGroupRow {
  return { kind: "group", tt: group.tt, name: group.name };
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, index) => path[index] === name);
}
