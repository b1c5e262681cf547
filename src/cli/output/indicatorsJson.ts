import type { Finding, Group, Indicator } from "../../core/model";
import type { Lang } from "../args/parseArgs";
import { findingJson } from "./findingJson";

/**
 * The JSON of `thidua indicators` (docs/outputs.md#command-line).
 *
 * @example indicatorsJson(table.groups, table.indicators, table.findings, "vi").indicators[0].kind === "number"
 */
export function indicatorsJson(groups: readonly Group[], indicators: readonly Indicator[], findings: readonly Finding[], lang: Lang) {
  return {
    groups: groups.map(({ tt, name, path }) => ({ tt, name, path })),
    indicators: indicators.map(({ id, tt, path, name, unit, kind, target, direction, cumulative, sheet, row, comparison, targetMax, maxPoints }) => ({
      id, tt, path, name, unit, kind, target, direction, cumulative, sheet, row,
      // docs/outputs.md#command-line: where the target's cell says how it compares
      ...(comparison === undefined ? {} : { comparison }),
      ...(targetMax === undefined ? {} : { targetMax }),
      // docs/outputs.md#command-line: the maximum points (Điểm chuẩn) where the table has them
      ...(maxPoints === undefined ? {} : { maxPoints }),
    })),
    findings: findings.map((f) => findingJson(f, lang)),
  };
}
