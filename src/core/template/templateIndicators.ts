import { readCellAt } from "../cells/sheetGrid";
import type { IndicatorRule } from "../config/rankingConfig";
import { matchesRule } from "../config/matchesRule";
import { matchIndicators } from "../matching/matchIndicators";
import type { SheetCells } from "../model/cells";
import { readTable, type TableRead } from "../table/readIndicatorTable";

/**
 * Where the indicators of the villages' templates come from (docs/outputs.md#which-indicators-go-into-a-template):
 * the villages' own targets of a consolidated sheet, the indicators the villages' reports hold, or, with
 * neither, every indicator of the source.
 */
export type TemplateBasis = "village-targets" | "village-reports" | "all";

/** One indicator of the source, and whether it goes into the templates. */
export interface TemplateIndicatorChoice {
  /** The source's 0-based row of the indicator: its key in the list. */
  row: number;
  tt: string;
  name: string;
  path: readonly string[];
  /** In the templates: the basis holds it and no rule `"template": false` leaves it out (or a rule `"template": true` puts it in). */
  included: boolean;
  /** A rule `"template": false` or `true` decided it, rather than the basis. */
  byRule: boolean;
}

export interface TemplateIndicators {
  basis: TemplateBasis;
  indicators: TemplateIndicatorChoice[];
}

/**
 * Which of the source's indicators go into the villages' templates (docs/outputs.md#which-indicators-go-into-a-template):
 * those with a village's own target (a KH cell of a consolidated sheet), else those the villages' own
 * reports hold (matched by name as checks match them), else all; a rule `"template": false` leaves a
 * commune-only one out, a rule `"template": true` puts one in whatever the basis says (the last rule that
 * matches the name and sets `template` wins, as rules do).
 *
 * @example templateIndicators(readTable(targetSheet), [], [{ match: "thu ngân sách", template: false }]).indicators.filter((i) => !i.included).map((i) => i.name) // ["Thu ngân sách trên địa bàn"]
 */
export function templateIndicators(
  source: TableRead,
  reports: readonly SheetCells[],
  rules: readonly IndicatorRule[],
): TemplateIndicators {
  const { basis, holds } = basisOf(source, reports);
  const indicators = source.rows.map((row) => {
    const ruled = templateRule(rules, row.indicator.name);
    return {
      row: row.row,
      tt: row.indicator.tt,
      name: row.indicator.name,
      path: row.indicator.path,
      included: ruled ?? holds(row.row),
      byRule: ruled !== null,
    };
  });
  return { basis, indicators };
}

/** The `template` of the last rule matching the name that sets one, else null. */
export function templateRule(
  rules: readonly IndicatorRule[],
  name: string,
): boolean | null {
  let found: boolean | null = null;
  for (const rule of rules)
    if (rule.template !== undefined && matchesRule(rule.match, name))
      found = rule.template;
  return found;
}

function basisOf(
  source: TableRead,
  reports: readonly SheetCells[],
): { basis: TemplateBasis; holds: (row: number) => boolean } {
  const withVillageTarget = villageTargetRows(source);
  if (withVillageTarget.size > 0)
    return {
      basis: "village-targets",
      holds: (row) => withVillageTarget.has(row),
    };
  const reported = reportedRows(source, reports);
  if (reported.size > 0)
    return { basis: "village-reports", holds: (row) => reported.has(row) };
  return { basis: "all", holds: () => true };
}

// A KH cell of any village holding a figure or a word: that indicator is given to villages.
function villageTargetRows(source: TableRead): Set<number> {
  const rows = new Set<number>();
  if (source.parsed.layout !== "consolidated" || source.header === null)
    return rows;
  const columns = source.header.villages.flatMap((village) =>
    village.targetColumn === null ? [] : [village.targetColumn],
  );
  for (const row of source.rows) {
    if (
      columns.some(
        (column) => readCellAt(source.grid, row.row, column).type !== "missing",
      )
    )
      rows.add(row.row);
  }
  return rows;
}

// The source's rows that some village's report holds, matched by name and group as a check matches them.
function reportedRows(
  source: TableRead,
  reports: readonly SheetCells[],
): Set<number> {
  const rows = new Set<number>();
  const targets = source.rows.map((row) => row.indicator);
  for (const sheet of reports) {
    const report = readTable(sheet);
    if (report.parsed.layout !== "report") continue;
    const matches = matchIndicators(
      report.rows.map((row) => row.indicator),
      targets,
    );
    for (const match of matches)
      if (match !== null) rows.add(source.rows[match.target].row);
  }
  return rows;
}
