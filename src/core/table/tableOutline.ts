import type { Group } from "../model/indicator";
import { foldText } from "../text/foldText";
import { type NameNumbering, nameNumbering } from "./nameNumbering";
import type { RowLine } from "./rowKind";
import { type MarkSource, type OpenMark, RowLevels } from "./rowLevels";
import { isNumberedTt, ttStyle } from "./ttLevel";

/** A group, or an indicator-parent, still open above the row being read. */
export interface OpenGroup extends OpenMark {
  level: number;
  name: string;
  key: string;
  /** A row with its own figures whose name's number makes it the parent of the rows below it. */
  parent?: { tt: string; row: number };
}

type Marker = Omit<NameNumbering, "name">;

/**
 * The groups open as a table is read top to bottom (docs/reading-tables.md#numbering-levels): each group
 * or indicator row is placed at its level, closing what it ends; an indicator learns the groups it sits in.
 *
 * @example
 * const outline = new TableOutline(false);
 * outline.openGroup(groupLine, 5); outline.placeIndicator(indicatorLine, 6).map((group) => group.name) // ["Kinh tế"]
 */
export class TableOutline {
  private open: OpenGroup[] = [];
  private readonly levels = new RowLevels();
  // the level of a numbered row with no figures opened by the row above: its rows go under it
  private groupAbove: number | null = null;
  private previousUpper: string | null = null;

  /** `counter`: TT is a running row counter, so only the names' numbering gives levels. */
  constructor(private readonly counter: boolean) {}

  /** The numbering at the head of a name, read knowing the last upper-case letter met ("H", then "I"). */
  numbering(written: string): NameNumbering | null {
    return nameNumbering(written, this.previousUpper);
  }

  /** Opens a heading row's group (0-based `row`) and returns it as the table lists it. */
  openGroup(line: RowLine, row: number): Group {
    const { level, style } = this.place(line);
    const groupLevel = level ?? 1;
    this.open = this.open.filter((group) => group.level < groupLevel);
    // a number (10, IV) is part of a group's identity, whether written in TT or before the name
    const { tt, numbered, name } = line;
    const number = !this.counter && isNumberedTt(tt) ? tt : numbered !== null && isNumberedTt(numbered.marker) ? numbered.marker : null;
    const key = foldText(number === null ? name : `${number} ${name}`);
    this.open.push({ level: groupLevel, name, key, ...style });
    this.groupAbove = level;
    return { tt, name, path: this.open.map((group) => group.name), row: row + 1 };
  }

  /** Places an indicator row (0-based `row`) and returns the groups it sits in, outermost first. */
  placeIndicator(line: RowLine, row: number): OpenGroup[] {
    const { level, style } = this.place(line);
    // a row without a level sits inside the groups open, not under an indicator that has its own figures
    this.open = level === null ? this.open.filter((group) => group.parent === undefined) : this.open.filter((group) => group.level < level);
    const within = this.open;
    // "a) Lúa | ha | 120" above "- Diện tích": a parent with its own figures (docs/reading-tables.md#layouts)
    if (level !== null) this.open = [...this.open, { level, name: line.name, key: foldText(line.name), parent: { tt: line.tt, row: row + 1 }, ...style }];
    this.groupAbove = null;
    return within;
  }

  // TT's numbering first, else the name's, each levelled in the order its styles appear: a name's
  // "1." under TT's "1" numbers within that row, it is not its sibling
  private place(line: RowLine): { level: number | null; style: { style?: string; source?: MarkSource } } {
    const ttMark: Marker | null = this.counter ? null : ttStyle(line.tt, this.previousUpper);
    const mark: Marker | null = ttMark ?? line.numbered;
    const source: MarkSource = ttMark === null ? "name" : "tt";
    const level = mark === null ? null : this.levels.levelOf(mark.style, source, this.open, this.groupAbove);
    if (mark?.style === "upper") this.previousUpper = mark.marker;
    return { level, style: mark === null ? {} : { style: mark.style, source } };
  }
}
