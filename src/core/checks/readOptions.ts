import { z } from "zod";
import type { SheetCells } from "../model/cells";

const text = z.string().optional().catch(undefined);
// The year assessed, as the configuration gives it; anything else is no year.
const year = z.int().min(1900).max(2200).optional().catch(undefined);

const checkOptionsSchema = z
  .object({ targets: z.unknown().optional(), village: text, fileName: text, year })
  .catch({ targets: undefined, village: undefined, fileName: undefined, year: undefined });

const batchOptionsSchema = z
  .object({ targets: z.unknown().optional(), fileNames: z.record(z.string(), z.string().catch("")).optional().catch(undefined), year })
  .catch({ targets: undefined, fileNames: undefined, year: undefined });

/**
 * The options of `checkReport` as the engine can trust them: a village or file name that is not text is
 * ignored, never a crash. Sheets themselves are checked where they are read (`toSheetGrid`).
 *
 * @example readCheckOptions({ village: 7, fileName: "Nà Lầu.xlsx" }) // { village: undefined, fileName: "Nà Lầu.xlsx", targets: undefined }
 */
export function readCheckOptions(options: unknown): { targets?: SheetCells; village?: string; fileName?: string; year?: number } {
  const parsed = checkOptionsSchema.parse(options ?? {});
  return { targets: parsed.targets as SheetCells | undefined, village: parsed.village, fileName: parsed.fileName, year: parsed.year };
}

/**
 * The options of `readVillageReports` as the engine can trust them.
 *
 * @example readBatchOptions({ fileNames: { Sheet1: "Nà Lầu.xlsx", Sheet2: 3 } }).fileNames // { Sheet1: "Nà Lầu.xlsx", Sheet2: "" }
 */
export function readBatchOptions(options: unknown): { targets?: SheetCells; fileNames?: Record<string, string>; year?: number } {
  const parsed = batchOptionsSchema.parse(options ?? {});
  return { targets: parsed.targets as SheetCells | undefined, fileNames: parsed.fileNames, year: parsed.year };
}
