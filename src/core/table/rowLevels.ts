import { StyleLevels } from "./nameNumbering";

/** Where a row's numbering is written: TT's and the name's are numbered apart ("1." in a name under TT "1"). */
export type MarkSource = "tt" | "name";

/** A row still open above the current one, with the style of its numbering. */
export interface OpenMark {
  level: number;
  style?: string;
  source?: MarkSource;
}

/**
 * The level of a numbered row (docs/reading-tables.md#layouts Rows, docs/reading-tables.md#layouts): a style open above it takes it back to that row's level
 * ("b) Ngô" after "a) Lúa"'s rows); under a row with no figures that was just opened, one level deeper
 * (a figureless "a) Lúa" is the parent of the "- Diện tích" after it, even where "-" was met higher up
 * before); otherwise styles take levels in the order they first appear, a new style one level deeper than
 * the row above, a style seen before back at its level.
 *
 * @example
 * const levels = new RowLevels();
 * levels.levelOf("number", "tt", [], null) === 1; levels.levelOf("dash", "tt", [{ level: 1, style: "number", source: "tt" }], null) === 2
 */
export class RowLevels {
  private readonly styles = { tt: new StyleLevels(), name: new StyleLevels() };
  private last = 0;

  levelOf(style: string, source: MarkSource, open: readonly OpenMark[], groupAbove: number | null): number {
    const known = this.styles[source].levelOf(style, this.last);
    const sibling = openOfStyle(open, style, source);
    const level = sibling !== null ? sibling.level : groupAbove !== null ? groupAbove + 1 : known;
    this.last = level;
    return level;
  }
}

function openOfStyle(open: readonly OpenMark[], style: string, source: MarkSource): OpenMark | null {
  for (let index = open.length - 1; index >= 0; index--) if (open[index].style === style && open[index].source === source) return open[index];
  return null;
}
