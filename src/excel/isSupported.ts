/** What the add-in can do depends on the host's ExcelApi level (CONTRIBUTING.md#quality-bars: old Office on some machines). */
export type Feature = "insertWorksheets" | "pageLayout" | "settings" | "charts";

const NEEDS: Record<Feature, string> = {
  insertWorksheets: "1.13",
  pageLayout: "1.9",
  settings: "1.4",
  charts: "1.1",
};

/**
 * Whether the host supports ExcelApi `version`; false outside Office.
 *
 * @example apiAtLeast("1.9") // true in Excel on the web, false in Excel 2016 MSI
 */
export function apiAtLeast(version: string): boolean {
  try {
    return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** @example isSupported("pageLayout") // ExcelApi 1.9 */
export function isSupported(feature: Feature): boolean {
  return apiAtLeast(NEEDS[feature]);
}
