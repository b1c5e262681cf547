import type { RankingConfig } from "../config/rankingConfig";
import type { ScoreLine } from "../model/ranking";
import type { CheckedIndicator } from "../model/report";
import { withoutCommuneColumns } from "./communeColumns";
import { pointsOf } from "./pointsLine";
import type { ResolvedRule } from "./resolveRules";
import { settled } from "./settled";
import { scoredTarget } from "./scoreIndicator";

const MET = 1;
const MANDATORY = 2;

/**
 * What scoring and ranking read of a village's lines, one line at a time by its index, whether the lines
 * are kept as columns (`LineColumns`) or as the `ScoreLine` objects a view made.
 */
export interface LineReader {
  readonly length: number;
  indicatorId(index: number): string;
  name(index: number): string;
  mandatory(index: number): boolean;
  /** The share a tier's `minShare` asks of the line (docs/scoring.md#tiers): earned ÷ maximum points, else min(rᵢ, cap). */
  share(index: number): number;
  /** Points method: the points the line earned and its maximum; null for a line without points. */
  earned(index: number): number | null;
  max(index: number): number | null;
}

/**
 * The lines of many villages as columns of numbers, one entry a line, villages one after another: ranking
 * 2 000 villages × 60 indicators scores 120 000 lines, kept here in a few arrays made once (grown by
 * doubling) instead of 240 000 objects. Each village's lines are a `LineColumns` over a stretch of them.
 *
 * @example const store = new LineStore(2000 * 60); // one for the whole ranking
 */
export class LineStore {
  /** The line's row in its report's `indicators`. */
  rows: Int32Array;
  ratios: Float64Array;
  flags: Uint8Array;
  /** Points method only: each line's maximum and earned points. */
  maxima: Float64Array;
  earned: Float64Array;
  used = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.rows = new Int32Array(size);
    this.ratios = new Float64Array(size);
    this.flags = new Uint8Array(size);
    this.maxima = new Float64Array(size);
    this.earned = new Float64Array(size);
  }

  /** Makes room for `more` lines after those used. */
  reserve(more: number): void {
    const needed = this.used + more;
    if (needed <= this.rows.length) return;
    const size = Math.max(needed, 2 * this.rows.length);
    this.rows = grown(this.rows, new Int32Array(size));
    this.ratios = grown(this.ratios, new Float64Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.maxima = grown(this.maxima, new Float64Array(size));
    this.earned = grown(this.earned, new Float64Array(size));
  }
}

function grown<T extends Int32Array | Float64Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/**
 * A village's explanation lines kept as columns of a `LineStore`: a line's objects (its `ScoreLine` and
 * `PointsLine`) are made only when a view reads `lines` (see `withLazyLines`), from the report's row and
 * what scoring kept: the target, weight and points explanation are asked again of the same row, rule and
 * configuration (`scoredTarget`, `pointsOf`), the same facts scoring counted.
 *
 * @example const columns = new LineColumns(new LineStore(60), report.indicators, ruleFor, config, false); columns.add(3, 0.75, false, false); columns.line(0).score === 0.75
 */
export class LineColumns implements LineReader {
  private readonly start: number;
  length = 0;

  constructor(
    private readonly store: LineStore,
    private readonly rows: readonly CheckedIndicator[],
    private readonly ruleFor: (indicatorName: string) => ResolvedRule,
    private readonly config: RankingConfig,
    /** Whether the lines have points (the points method). */
    private readonly withPoints: boolean,
    /** Whether the rows' commune columns are read as blank (see `communeColumnNotes`). */
    private readonly communeLeftOut = false,
  ) {
    store.reserve(rows.length);
    this.start = store.used;
  }

  /** Adds the line of the report's row `row`; lines are added to the last village's columns only. */
  add(row: number, ratio: number, mandatory: boolean, met: boolean): void {
    const at = this.start + this.length;
    this.store.rows[at] = row;
    this.store.ratios[at] = ratio;
    this.store.flags[at] = (met ? MET : 0) | (mandatory ? MANDATORY : 0);
    this.length += 1;
    this.store.used = at + 1;
  }

  /** The points of the line added last. */
  setPoints(max: number, earned: number): void {
    const at = this.start + this.length - 1;
    this.store.maxima[at] = max;
    this.store.earned[at] = earned;
  }

  private row(index: number): CheckedIndicator {
    return this.rows[this.store.rows[this.start + index]];
  }

  indicatorId(index: number): string {
    return this.row(index).indicator.id;
  }

  name(index: number): string {
    return this.row(index).indicator.name;
  }

  met(index: number): boolean {
    return (this.store.flags[this.start + index] & MET) !== 0;
  }

  mandatory(index: number): boolean {
    return (this.store.flags[this.start + index] & MANDATORY) !== 0;
  }

  share(index: number): number {
    if (!this.withPoints) return Math.min(this.store.ratios[this.start + index], this.config.cap);
    const max = this.store.maxima[this.start + index];
    return max > 0 ? this.store.earned[this.start + index] / max : 1;
  }

  earned(index: number): number | null {
    return this.withPoints ? this.store.earned[this.start + index] : null;
  }

  max(index: number): number | null {
    return this.withPoints ? this.store.maxima[this.start + index] : null;
  }

  /** The line as `ScoreLine`, every key in the order scoring always wrote them. */
  line(index: number): ScoreLine {
    const row = this.row(index);
    const { indicator } = row;
    const rule = this.ruleFor(indicator.name);
    const ratio = this.store.ratios[this.start + index];
    const met = this.met(index);
    const line: ScoreLine = {
      indicatorId: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      target: scoredTarget(row, rule, this.config),
      actual: row.actual,
      ratio,
      score: Math.min(ratio, this.config.cap),
      weight: rule.weight,
      mandatory: this.mandatory(index),
      met,
      cell: row.cell,
    };
    if (this.withPoints) {
      const points = this.communeLeftOut && row.points !== undefined ? withoutCommuneColumns(row.points) : row.points;
      line.points = pointsOf(indicator.kind, this.store.maxima[this.start + index], ratio, row.actual, points, this.config, met);
    }
    return line;
  }

  lines(): ScoreLine[] {
    const lines = new Array<ScoreLine>(this.length);
    for (let index = 0; index < lines.length; index++) lines[index] = this.line(index);
    return lines;
  }
}

/** `ScoreLine` objects read through `LineReader`. */
class ArrayLines implements LineReader {
  constructor(private readonly all: readonly ScoreLine[]) {}

  get length(): number {
    return this.all.length;
  }

  indicatorId(index: number): string {
    return this.all[index].indicatorId;
  }

  name(index: number): string {
    return this.all[index].name;
  }

  mandatory(index: number): boolean {
    return this.all[index].mandatory;
  }

  share(index: number): number {
    const { points, score } = this.all[index];
    if (points === undefined) return score;
    return points.max > 0 ? points.earned / points.max : 1;
  }

  earned(index: number): number | null {
    return this.all[index].points?.earned ?? null;
  }

  max(index: number): number | null {
    return this.all[index].points?.max ?? null;
  }
}

const kept = new WeakMap<object, LineColumns>();

/**
 * The score, with its `lines` to be made from `columns` when first read: `score` declares `lines` with
 * `get lines() { return madeLines(this, columns); }` and `set lines(lines) { keptLines(this, lines); }`
 * in its place among the keys (an object written with its accessor keeps its fast shape; one redefined
 * later does not). Until a view reads them, `readLines(score)` reads the columns.
 *
 * @example withLazyLines({ village: "Nà Lầu", get lines() { return madeLines(this, columns); } }, columns).lines[0].name
 */
export function withLazyLines<T extends object>(score: T, columns: LineColumns): T {
  kept.set(score, columns);
  return score;
}

/** The lines of `columns`, made now and kept as the score's own `lines` from then on. */
export function madeLines(score: object, columns: LineColumns): ScoreLine[] {
  const lines = columns.lines();
  keptLines(score, lines);
  return lines;
}

/** `lines` becomes a plain property of the score, holding `lines`. */
export function keptLines(score: object, lines: ScoreLine[]): void {
  kept.delete(score);
  settled(score, "lines", lines);
}

/**
 * A score's lines as ranking reads them: the columns while no view has made the lines, else the lines.
 *
 * @example readLines(score).name(0) === score.lines[0].name
 */
export function readLines(score: { lines: readonly ScoreLine[] }): LineReader {
  return kept.get(score) ?? new ArrayLines(score.lines);
}

/** `ScoreLine` objects read through `LineReader` (see `readLines`). */
export function linesReader(lines: readonly ScoreLine[]): LineReader {
  return new ArrayLines(lines);
}
