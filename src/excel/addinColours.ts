import { HIGHLIGHT_COLOURS } from "../core/model/highlight";
import type { CellLook } from "./highlightState";

const PAIRS = Object.values(HIGHLIGHT_COLOURS).map((c) => `${c.fill}|${c.font}`.toUpperCase());

/**
 * Whether a cell wears exactly one of the add-in's highlight pairs (fill and font colour together, a
 * solid fill): the only cells the add-in repaints when its record of them is uncertain or lost.
 *
 * @example wearsHighlight({ fill: "#FFC7CE", font: "#9C0006" }) === true; wearsHighlight({ fill: "#FFC7CE", font: "#000000" }) === false
 */
export function wearsHighlight(look: CellLook | null | undefined): boolean {
  if (!look || look.fill === null || look.pattern) return false;
  return PAIRS.includes(`${look.fill}|${look.font}`.toUpperCase());
}
