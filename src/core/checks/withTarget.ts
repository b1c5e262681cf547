import type { Indicator } from "../model/indicator";
import { indicatorKind } from "../semantics/indicatorKind";
import { isCumulative } from "../semantics/isCumulative";
import { interpretValue } from "../values/interpretValue";
import type { CellReading } from "../values/readCell";

/**
 * An indicator with the target read from another cell (a village's KH column in a consolidated sheet);
 * a blank cell keeps the indicator's kind and leaves it without target.
 *
 * @example withTarget(indicator, readCell(12)).target === 12
 */
export function withTarget(indicator: Indicator, reading: CellReading): Indicator {
  const kind = reading.type === "missing" || reading.type === "error" || reading.type === "uncalculated" ? indicator.kind : indicatorKind(indicator.unit, reading);
  const interpreted = interpretValue(reading, kind);
  return { ...indicator, kind, cumulative: isCumulative(kind, indicator.unitKey, indicator.unit, indicator.name), target: interpreted.ok ? interpreted.value : null };
}
