import { rosterKey } from "../../../src/core/config/rosterKey";
import { finding, type Finding } from "../../../src/core/model/finding";

/**
 * The roster's view of the reports (docs/scoring.md#roster): roster villages with no report (`missing`, roster order,
 * each a `village/missing-report` on the configuration) and reports whose village is not in the roster
 * (`village/not-in-roster` on the report's sheet, naming the closest roster name when one is similar).
 * `spelled` gives the roster's own spelling of a reported village it lists ("Bản Piềng" for a report
 * titled "BẢN PIỀNG", read as "Piềng"), null for one it does not.
 *
 * @example checkRoster(["Nà Lầu", "Khuổi Khâm"], [{ village: "Thôn Nà Lầu", sheet: "Nà Lầu" }], "cfg.json").missing // ["Khuổi Khâm"]
 */
export function checkRoster(
  roster: readonly string[] | undefined,
  reports: readonly { village: string; sheet: string }[],
  configSheet: string,
): { missing: string[]; findings: Finding[]; spelled: (village: string) => string | null } {
  if (roster === undefined || roster.length === 0) return { missing: [], findings: [], spelled: () => null };
  const keys = new Map<string, string>();
  for (const name of roster) if (!keys.has(rosterKey(name))) keys.set(rosterKey(name), name);
  const reported = new Set(reports.map((report) => rosterKey(report.village)));
  const findings: Finding[] = [];
  for (const report of reports) {
    if (keys.has(rosterKey(report.village))) continue;
    const closest = closestName(rosterKey(report.village), keys);
    findings.push(
      finding("village/not-in-roster", { sheet: report.sheet, cell: null, details: closest === null ? { village: report.village } : { village: report.village, closest } }),
    );
  }
  const missing = roster.filter((name) => !reported.has(rosterKey(name)));
  for (const village of missing) findings.push(finding("village/missing-report", { sheet: configSheet, cell: null, details: { village } }));
  return { missing, findings, spelled: (village) => keys.get(rosterKey(village)) ?? null };
}

// Similar: at most a third of the letters differ ("khuoi kham" against "khuoi khan").
function closestName(key: string, roster: ReadonlyMap<string, string>): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const [candidate, name] of roster) {
    const distance = editDistance(key, candidate);
    if (distance <= Math.max(1, Math.floor(Math.max(key.length, candidate.length) / 3)) && (best === null || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
