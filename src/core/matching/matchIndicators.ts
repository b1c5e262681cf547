import { foldedKey, nameKey } from "./nameKey";
import { placeRepeatedNames } from "./placeRepeatedNames";
import { wordSimilarity } from "./wordSimilarity";

/** What matching needs of an indicator: its name and the names of its groups. */
export interface MatchItem {
  name: string;
  path: readonly string[];
}

export type MatchKind = "exact" | "folded" | "similar";

export interface Match {
  target: number;
  kind: MatchKind;
}

/** Below this, two names in the same group are different indicators. */
export const SIMILARITY_THRESHOLD = 0.6;

/**
 * Matches a village's rows to target rows (docs/reading-tables.md#layouts): first the same normalized name anywhere in the
 * sheet, then the same name without diacritics, then the most similar name (by shared words) in the same
 * group above a threshold, best pairs first; a name the targets repeat under several parents only under
 * its own parent (`matchReport`). A target is never matched twice, and a row repeated in the
 * report (same name in the same groups: pasted twice) is never matched: its first copy is the indicator,
 * and the copy must not take a different target (a false unit error, a row scored twice).
 *
 * @example
 * matchIndicators([{ name: "Ty le ho ngheo", path: [] }], [{ name: "Tỷ lệ hộ nghèo", path: [] }])
 * // [{ target: 0, kind: "folded" }]
 */
export function matchIndicators(report: readonly MatchItem[], targets: readonly MatchItem[]): (Match | null)[] {
  return matchReport(report, targets).matches;
}

/** The matches, and the report rows left unmatched because the targets hold their name under several parents and the report does not say which. */
export interface ReportMatches {
  matches: (Match | null)[];
  /** Report row → the target rows it could be (docs/reading-tables.md#layouts): a finding, never a guess. */
  ambiguous: Map<number, number[]>;
}

/**
 * `matchIndicators`, with the rows whose parent cannot be told. A name the targets repeat under several
 * parents ("- Diện tích" under "a) Lúa" and "b) Ngô") is matched under the same parent only, or by order
 * where the report dropped the parent rows (`placeRepeatedNames`), never across parents.
 *
 * @example matchReport([{ name: "Diện tích", path: [] }], [{ name: "Diện tích", path: ["Lúa"] }, { name: "Diện tích", path: ["Ngô"] }]).ambiguous.get(0) // [0, 1]
 */
export function matchReport(report: readonly MatchItem[], targets: readonly MatchItem[]): ReportMatches {
  const matches: (Match | null)[] = report.map(() => null);
  const repeated = repeatedRows(report);
  const placing = placeRepeatedNames(report, targets);
  for (const [row, match] of placing.placed) matches[row] = match;
  const result = { matches, ambiguous: placing.ambiguous };
  // a repeated name is placed above or not at all; the rest are matched by name across the sheet
  const settled = (index: number) => placing.names.has(foldedKey(report[index].name));
  const open = (index: number) => matches[index] === null && !repeated.has(index) && !settled(index);
  const taken = new Set<number>(placing.placed.size === 0 ? [] : [...placing.placed.values()].map((match) => match.target));
  for (const [kind, key] of [["exact", nameKey], ["folded", foldedKey]] as const) {
    if (taken.size === targets.length || !report.some((_, index) => open(index))) return result;
    const byKey = indexBy(targets, key, taken);
    report.forEach((item, index) => {
      if (!open(index)) return;
      const queue = byKey.get(key(item.name));
      const target = queue?.find((candidate) => !taken.has(candidate));
      if (target === undefined) return;
      taken.add(target);
      matches[index] = { target, kind };
    });
  }
  if (taken.size < targets.length && report.some((_, index) => open(index))) matchSimilar(report, targets, matches, taken, (index) => !open(index), placing.names);
  return result;
}

/** Indexes of rows that repeat an earlier row of the report (same folded name and groups). */
function repeatedRows(report: readonly MatchItem[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  report.forEach((item, index) => {
    const key = [...item.path.map(foldedKey), foldedKey(item.name)].join("\u0000");
    if (seen.has(key)) repeated.add(index);
    else seen.add(key);
  });
  return repeated;
}

function indexBy(targets: readonly MatchItem[], key: (name: string) => string, taken: Set<number>): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  targets.forEach((target, index) => {
    if (taken.has(index)) return;
    const k = key(target.name);
    const list = byKey.get(k);
    if (list) list.push(index);
    else byKey.set(k, [index]);
  });
  return byKey;
}

function matchSimilar(
  report: readonly MatchItem[],
  targets: readonly MatchItem[],
  matches: (Match | null)[],
  taken: Set<number>,
  closed: (row: number) => boolean,
  repeatedNames: ReadonlySet<string>,
): void {
  const candidates: { row: number; target: number; score: number }[] = [];
  const folded = targets.map((target) => {
    const name = foldedKey(target.name);
    const group = groupKey(target.path);
    return { name, group, repeated: repeatedNames.has(name) && group !== null, path: target.path.map(foldedKey) };
  });
  report.forEach((item, row) => {
    if (closed(row)) return;
    const name = foldedKey(item.name);
    const group = groupKey(item.path);
    folded.forEach((target, index) => {
      if (taken.has(index)) return;
      const score = target.repeated ? underOwnParent(name, group, target) : sameGroup(group, target.group) ? wordSimilarity(name, target.name) : 0;
      if (score >= SIMILARITY_THRESHOLD) candidates.push({ row, target: index, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.row - b.row || a.target - b.target);
  for (const { row, target } of candidates) {
    if (matches[row] !== null || taken.has(target)) continue;
    taken.add(target);
    matches[row] = { target, kind: "similar" };
  }
}

/**
 * How alike a report row is to a name the targets repeat under several parents, never across parents:
 * under that parent, by the name ("Diện tích gieo trồng" under "Lúa"); elsewhere only when the row's
 * name holds the parent's words ("Diện tích lúa" for "Diện tích" under "a) Lúa"); a row under
 * another parent ("c) Khoai") never.
 */
function underOwnParent(name: string, group: string | null, target: { name: string; group: string | null; path: readonly string[] }): number {
  const parent = target.group!;
  if (group !== null && sameGroup(group, parent)) return wordSimilarity(name, target.name);
  if (group !== null && !target.path.includes(group)) return 0;
  const words = new Set(name.split(" "));
  return parent.split(" ").every((word) => words.has(word)) ? wordSimilarity(name, `${target.name} ${parent}`) : 0;
}

/** The innermost group's folded name; villages that drop group rows have none. */
function groupKey(path: readonly string[]): string | null {
  return path.length === 0 ? null : foldedKey(path[path.length - 1]);
}

// A village that drops its group rows is compared with every group; otherwise the groups must be the
// same, allowing a reworded group name ("Văn hóa - xã hội" for "Chỉ tiêu về văn hóa - xã hội").
function sameGroup(report: string | null, target: string | null): boolean {
  if (report === null || report === target) return true;
  return target !== null && wordSimilarity(report, target) >= GROUP_THRESHOLD;
}

const GROUP_THRESHOLD = 0.6;
