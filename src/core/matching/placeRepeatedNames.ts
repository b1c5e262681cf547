import { foldedKey, nameKey } from "./nameKey";
import { wordSimilarity } from "./wordSimilarity";

/** What placing needs of an indicator: its name and the names of its groups (outermost first). */
export interface PlaceItem {
  name: string;
  path: readonly string[];
}

export interface Placed {
  target: number;
  kind: "exact" | "folded";
}

/** Below this, two group names are different parents ("Trường mầm non", "Trường tiểu học"). */
const PARENT_THRESHOLD = 0.6;

/**
 * Places report rows whose name the targets repeat under several parents ("- Diện tích" under "a) Lúa"
 * and under "b) Ngô"; docs/reading-tables.md#layouts): a row under one of those parents takes that parent's row, never
 * another's; rows whose report dropped the parent rows are matched by the order of the repeated name
 * under their nearest group, when the report holds that name as often as the targets do there.
 * Otherwise the row is ambiguous: `ambiguous` holds, per report row, the targets it could be.
 *
 * @example
 * placeRepeatedNames([{ name: "Diện tích", path: ["Ngô"] }], [{ name: "Diện tích", path: ["Lúa"] }, { name: "Diện tích", path: ["Ngô"] }])
 * // { placed: Map { 0 => { target: 1, kind: "exact" } }, ambiguous: Map {}, names: Set { "dien tich" } }
 */
export function placeRepeatedNames(
  report: readonly PlaceItem[],
  targets: readonly PlaceItem[],
): { placed: Map<number, Placed>; ambiguous: Map<number, number[]>; names: Set<string> } {
  const placed = new Map<number, Placed>();
  const ambiguous = new Map<number, number[]>();
  const repeated = repeatedNames(targets);
  const names = new Set(repeated.keys());
  if (names.size === 0) return { placed, ambiguous, names };
  const taken = new Set<number>();
  const take = (row: number, target: number) => {
    taken.add(target);
    placed.set(row, { target, kind: nameKey(report[row].name) === nameKey(targets[target].name) ? "exact" : "folded" });
  };
  // rows of one name under one group are here too: a report without the crop rows reads as one name twice
  const reportRows = new Map<string, number[]>();
  report.forEach((item, index) => {
    const name = foldedKey(item.name);
    if (!repeated.has(name)) return;
    const rows = reportRows.get(name);
    if (rows === undefined) reportRows.set(name, [index]);
    else rows.push(index);
  });
  for (const [name, rows] of reportRows) {
    const candidates = repeated.get(name)!;
    const own = ownParents(candidates.map((index) => targets[index].path));
    const unplaced: number[] = [];
    for (const row of rows) {
      const under = parentOf(report[row].path, own);
      if (under === null) unplaced.push(row);
      else if (under < 0) ambiguous.set(row, candidates);
      else if (!taken.has(candidates[under])) take(row, candidates[under]);
    }
    // the parent rows dropped: the n-th such row under a group is the n-th target row of that name there
    for (const [anchor, group] of byAnchor(unplaced, report)) {
      const open = candidates.filter((target) => !taken.has(target));
      const there = open.filter((target) => targets[target].path.some((parent) => sameParent(foldedKey(parent), anchor)));
      const pool = there.length > 0 ? there : open;
      if (pool.length === group.length) group.forEach((row, index) => take(row, pool[index]));
      else for (const row of group) ambiguous.set(row, pool.length > 0 ? pool : candidates);
    }
  }
  return { placed, ambiguous, names };
}

/** Folded names that the targets hold under more than one parent path, with those targets in order. */
function repeatedNames(targets: readonly PlaceItem[]): Map<string, number[]> {
  const byName = new Map<string, { indexes: number[]; paths: Set<string> }>();
  targets.forEach((target, index) => {
    const name = foldedKey(target.name);
    const entry = byName.get(name) ?? { indexes: [], paths: new Set<string>() };
    entry.indexes.push(index);
    entry.paths.add(target.path.map(foldedKey).join("\u0000"));
    byName.set(name, entry);
  });
  const repeated = new Map<string, number[]>();
  for (const [name, entry] of byName) if (entry.paths.size > 1) repeated.set(name, entry.indexes);
  return repeated;
}

/** Each candidate's own parents: the folded group names not shared by all the candidates. */
function ownParents(paths: readonly (readonly string[])[]): string[][] {
  const folded = paths.map((path) => path.map(foldedKey));
  const shared = folded.reduce((common, path) => common.filter((name) => path.includes(name)));
  return folded.map((path) => path.filter((name) => !shared.includes(name)));
}

/**
 * Which candidate a report row's groups put it under: its index, -1 when its groups name several
 * candidates' parents (nothing is taken on a guess), null when they name none (the parent rows dropped).
 */
function parentOf(path: readonly string[], own: readonly string[][]): number | null {
  const folded = path.map(foldedKey);
  for (const same of [(a: string, b: string) => a === b, sameParent]) {
    const hits = own.flatMap((parents, index) => (parents.some((parent) => folded.some((group) => same(group, parent))) ? [index] : []));
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return -1;
  }
  return null;
}

/** Report rows by the nearest group above them (their innermost group, "" with none), in order. */
function byAnchor(rows: readonly number[], report: readonly PlaceItem[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const path = report[row].path;
    const anchor = path.length === 0 ? "" : foldedKey(path[path.length - 1]);
    const group = groups.get(anchor);
    if (group === undefined) groups.set(anchor, [row]);
    else group.push(row);
  }
  return groups;
}

function sameParent(a: string, b: string): boolean {
  return a === b || (a !== "" && b !== "" && wordSimilarity(a, b) >= PARENT_THRESHOLD);
}
