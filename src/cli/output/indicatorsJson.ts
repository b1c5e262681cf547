import type { Finding, Group, Indicator } from "../../core/model";
import type { Lang } from "../args/parseArgs";
import { findingJson } from "./findingJson";

/**
 * The JSON of `thidua indicators` (SPEC §8).
 *
 * @example indicatorsJson(table.groups, table.indicators, table.findings, "vi").indicators[0].kind === "number"
 */
export function indicatorsJson(groups: readonly Group[], indicators: readonly Indicator[], findings: readonly Finding[], lang: Lang) {
  return {
    groups: groups.map(({ tt, name, path }) => ({ tt, name, path })),
    indicators: indicators.map(({ id, tt, path, name, unit, kind, target, direction, cumulative, sheet, row }) => ({
      id, tt, path, name, unit, kind, target, direction, cumulative, sheet, row,
    })),
    findings: findings.map((f) => findingJson(f, lang)),
  };
}
