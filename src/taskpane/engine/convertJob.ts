import { convertToXlsx } from "../state/actions/convertWorkbook";

/**
 * A workbook Excel cannot insert (.xls, .xlsb, .ods, an HTML table), converted to .xlsx bytes (see
 * `convertToXlsx`), off the pane's main thread where the host has workers.
 *
 * @example await convertJob({ bytes, fileName: "Nà Lầu.xls" }) → { ok: true, bytes: Uint8Array [0x50, 0x4b, …] }
 */
export function convertJob(input: { bytes: Uint8Array; fileName: string }): ReturnType<typeof convertToXlsx> {
  return convertToXlsx(input.bytes, input.fileName);
}
