import type { CheckedReport } from "../../core/model";
import { foldText } from "../../core/text/foldText";

/**
 * Villages read from more than one sheet of a batch ("Nà Lầu" in its own file and in the consolidated
 * sheet), with where each report was read, "sheet (file)", so staff can leave the duplicate out.
 *
 * @example sameVillageTwice([{ village: "Nà Lầu", sheet: "Nà Lầu" }, { village: "NÀ LẦU", sheet: "Tổng hợp" }], ["a.xlsx", "b.xlsx"])
 * // [{ village: "Nà Lầu", places: ['"Nà Lầu" (a.xlsx)', '"Tổng hợp" (b.xlsx)'] }]
 */
export function sameVillageTwice(reports: readonly Pick<CheckedReport, "village" | "sheet">[], files: readonly string[]): { village: string; places: string[] }[] {
  const byVillage = new Map<string, { village: string; places: string[] }>();
  reports.forEach((report, index) => {
    const key = foldText(report.village);
    const entry = byVillage.get(key) ?? { village: report.village, places: [] };
    entry.places.push(`"${report.sheet}" (${files[index]})`);
    byVillage.set(key, entry);
  });
  return [...byVillage.values()].filter((entry) => entry.places.length > 1);
}
