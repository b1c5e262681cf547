import type { SheetModel } from "../model";
import { sampleConsolidatedSheet } from "./sampleConsolidatedSheet";
import { SAMPLE_YEAR, sampleTargetSheet } from "./sampleTargetSheet";
import { sampleVillageSheet } from "./sampleVillageSheet";
import { SAMPLE_VILLAGES } from "./sampleVillages";

/** A sample workbook: its file name and its sheets. */
export interface SampleWorkbook {
  fileName: string;
  kind: "targets" | "village" | "consolidated";
  sheets: SheetModel[];
}

export const SAMPLE_TARGETS_FILE = `chi-tieu-xa-${SAMPLE_YEAR}.xlsx`;
export const SAMPLE_CONSOLIDATED_FILE = `tong-hop-${SAMPLE_YEAR}.xlsx`;
export const SAMPLE_CONFIG_FILE = `cau-hinh-xep-hang-${SAMPLE_YEAR}.json`;

/**
 * Every sample workbook: the commune's target sheet, six village reports, the consolidated sheet.
 * Pure data, so the command line writes them with ExcelJS and the add-in writes the same sheets in Excel.
 *
 * @example sampleWorkbooks().filter((w) => w.kind === "village").length === 6
 */
export function sampleWorkbooks(): SampleWorkbook[] {
  return [
    { fileName: SAMPLE_TARGETS_FILE, kind: "targets", sheets: [sampleTargetSheet()] },
    ...SAMPLE_VILLAGES.map((village) => ({ fileName: village.fileName, kind: "village" as const, sheets: [sampleVillageSheet(village)] })),
    { fileName: SAMPLE_CONSOLIDATED_FILE, kind: "consolidated", sheets: [sampleConsolidatedSheet()] },
  ];
}
