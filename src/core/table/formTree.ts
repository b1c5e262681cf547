import type { Indicator } from "../model/indicator";

/**
 * The rows of a scoring form that have rows under them (a standard I, an item 4 of 4.1 + 4.2): their
 * points are their children's sum, never scored themselves (docs/scoring.md#points-method). By index in `indicators`.
 *
 * @example parentRows([standardI, criterion1, criterion2]) // Set { 0 }
 */
export function parentRows(indicators: readonly Pick<Indicator, "path" | "name">[]): Set<number> {
  const keys = new Map<string, number>();
  indicators.forEach((indicator, index) => keys.set(pathKey([...indicator.path, indicator.name]), index));
  const parents = new Set<number>();
  for (const indicator of indicators) {
    for (let depth = 1; depth <= indicator.path.length; depth++) {
      const parent = keys.get(pathKey(indicator.path.slice(0, depth)));
      if (parent !== undefined) parents.add(parent);
    }
  }
  return parents;
}

/** The top-level standard (tiêu chuẩn, tiêu chí) a criterion belongs to: its outermost group, else itself. */
export function topGroupOf(indicator: Pick<Indicator, "path" | "name">): string {
  return indicator.path[0] ?? indicator.name;
}

/** Indices of a parent's rows below it at any depth (by index in `indicators`). */
export function descendantsOf(indicators: readonly Pick<Indicator, "path" | "name">[], parent: number): number[] {
  const own = [...indicators[parent].path, indicators[parent].name];
  return indicators.flatMap((indicator, index) =>
    index !== parent && indicator.path.length >= own.length && own.every((name, depth) => indicator.path[depth] === name) ? [index] : [],
  );
}

function pathKey(names: readonly string[]): string {
  return names.join("\u0001");
}
