import type { CheckedReport } from "../../../src/core/model/report";
import { rosterKey } from "../../../src/core/config/rosterKey";

/**
 * The name each report is ranked under. Two reports naming the same village (the one village key: "Nà Lầu" and
 * "NA LAU", "Thôn 3" and "Thôn số 03") are never merged, since that would hide one of them: both are kept, each named with its
 * sheet ("Nà Lầu (Sheet2)"), and a number is added if the sheets are named the same too.
 *
 * @example distinctVillageNames([{ village: "Nà Lầu", sheet: "T1" }, { village: "Nà Lầu", sheet: "T2" }])
 * // ["Nà Lầu (T1)", "Nà Lầu (T2)"]
 */
export function distinctVillageNames(reports: readonly Pick<CheckedReport, "village" | "sheet">[]): string[] {
  const keys = reports.map((report) => rosterKey(report.village));
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  const named = reports.map((report, index) => (count.get(keys[index])! > 1 ? `${report.village} (${report.sheet})` : report.village));
  if (named.every((name, index) => name === reports[index].village)) return named;
  const seen = new Map<string, number>();
  return named.map((name) => {
    const key = rosterKey(name);
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    return times > 1 ? `${name} (${times})` : name;
  });
}
