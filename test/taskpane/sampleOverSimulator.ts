import ExcelJS from "exceljs";
import { renderSheet } from "../../src/cli/writeWorkbook/renderSheet";
import { sampleSheets } from "../../src/taskpane/state/actions/sampleSheets";

/** The sample commune's village report sheets, in the order the workbook holds them. */
export const SAMPLE_REPORTS = ["Nà Lầu", "Khuổi Khâm", "Báo cáo", "Pác Nặm", "Sheet1", "Nặm Đin"];

/** A progress callback that listens to nothing. */
export const noProgress = (): undefined => undefined;

/**
 * The sample workbook as staff have it after importing: the target sheet and the village reports, no
 * configuration or results yet, saved and opened again as Excel would open the file.
 *
 * @example installOfficeSimulator(globalThis, await sampleWorkbook(), { apiLevel: "1.17" })
 */
export async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const built = new ExcelJS.Workbook();
  const reports = sampleSheets().filter((s) => !s.name.startsWith("Tổng hợp") && s.name !== "Cấu hình xếp hạng");
  for (const model of reports) renderSheet(built, model);
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(await built.xlsx.writeBuffer());
  return opened;
}
