import type { SheetModel } from "../model";
import { SAMPLE_COMMUNE, SAMPLE_YEAR } from "./sampleTargetSheet";
import { SAMPLE_VILLAGES, VILLAGE_TEMPLATE, type ActualCell } from "./sampleVillages";
import { columnLetter, SheetBuilder, STYLES } from "./sheetBuilder";

const TOP = 6;

/**
 * The commune's consolidated sheet: one row per indicator, and for each village its own target (KH) and
 * result (TH) under the village's name, typed cleanly by the commune's staff from the six reports.
 *
 * @example sampleConsolidatedSheet().merges.includes("D6:E6")
 */
export function sampleConsolidatedSheet(): SheetModel {
  const lastColumn = 3 + SAMPLE_VILLAGES.length * 2;
  const sheet = new SheetBuilder(`Tổng hợp ${SAMPLE_YEAR}`, [6, 52, 10, ...SAMPLE_VILLAGES.flatMap(() => [9, 9])]);
  sheet.putMerged(1, 1, 2, `ỦY BAN NHÂN DÂN XÃ ${SAMPLE_COMMUNE.toUpperCase()}`, STYLES.heading);
  sheet.putMerged(3, 1, lastColumn, `BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA CỦA CÁC THÔN NĂM ${SAMPLE_YEAR}`, STYLES.title);
  sheet.putMerged(TOP, 1, 1, "TT", STYLES.header, TOP + 1);
  sheet.putMerged(TOP, 2, 2, "Chỉ tiêu", STYLES.header, TOP + 1);
  sheet.putMerged(TOP, 3, 3, "ĐVT", STYLES.header, TOP + 1);
  SAMPLE_VILLAGES.forEach((village, index) => {
    const column = 4 + index * 2;
    sheet.putMerged(TOP, column, column + 1, village.village, STYLES.header);
    sheet.put(TOP + 1, column, "KH", STYLES.header);
    sheet.put(TOP + 1, column + 1, "TH", STYLES.header);
  });
  VILLAGE_TEMPLATE.forEach((templateRow, index) => {
    const row = TOP + 2 + index;
    const style = templateRow.key ? STYLES.cell : STYLES.group;
    sheet.put(row, 1, templateRow.tt, { ...style, horizontal: "center" });
    sheet.put(row, 2, templateRow.name, style);
    sheet.put(row, 3, templateRow.unit || null, { ...style, horizontal: "center" });
    SAMPLE_VILLAGES.forEach((village, villageIndex) => {
      const column = 4 + villageIndex * 2;
      const key = templateRow.key;
      sheet.put(row, column, key ? village.targets[key] : null, { ...style, horizontal: "center" });
      sheet.put(row, column + 1, key ? cleanActual(village.actuals[key]) : null, { ...style, horizontal: "center" });
    });
  });
  const built = sheet.build();
  return { ...built, print: built.print && { ...built.print, orientation: "landscape" }, printTitleRows: `${TOP}:${TOP + 1}`, freezeAt: `${columnLetter(4)}${TOP + 2}` };
}

/** What the commune's staff type after reading a village's cell: plain numbers in the row's unit, or words. */
function cleanActual(actual: ActualCell): number | string | null {
  if (actual === null || typeof actual === "number") return actual;
  if (typeof actual === "object") return Math.round(actual.fraction * 100 * 1e9) / 1e9;
  const number = /^\s*([\d.]+(?:,\d+)?)\s*(.*)$/.exec(actual);
  if (!number) return actual;
  const value = Number(number[1].replace(/\./g, "").replace(",", "."));
  return number[2].trim().toLowerCase() === "kg" ? value / 1000 : value;
}
