import type { SheetModel } from "../model";
import { HEADER, SEED_TABLE, type SeedRow } from "./seedTable";
import { SheetBuilder, STYLES } from "./sheetBuilder";

export const SAMPLE_COMMUNE = "Khuôn Lùng";
export const SAMPLE_YEAR = 2024;

const TABLE_TOP = 7;
const TITLE_ROWS = 6;

/**
 * The commune's target sheet as its staff keep it: the administrative heading, a title, then the
 * programme's indicator table (TT | Chỉ tiêu | ĐVT | Mục tiêu | Ghi chú) with bold group rows.
 *
 * @example sampleTargetSheet().name === "Chỉ tiêu 2024"
 */
export function sampleTargetSheet(): SheetModel {
  const sheet = new SheetBuilder(`Chỉ tiêu ${SAMPLE_YEAR}`, [6, 70, 14, 12, 16]);
  sheet.putMerged(1, 1, 2, "ỦY BAN NHÂN DÂN", STYLES.heading);
  sheet.putMerged(1, 3, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", STYLES.heading);
  sheet.putMerged(2, 1, 2, `XÃ ${SAMPLE_COMMUNE.toUpperCase()}`, STYLES.heading);
  sheet.putMerged(2, 3, 5, "Độc lập - Tự do - Hạnh phúc", STYLES.heading);
  sheet.putMerged(4, 1, 5, `CÁC CHỈ TIÊU THI ĐUA PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM ${SAMPLE_YEAR}`, STYLES.title);
  sheet.putMerged(5, 1, 5, `(Kèm theo Chương trình phát động phong trào thi đua năm ${SAMPLE_YEAR} của UBND xã ${SAMPLE_COMMUNE})`, STYLES.italic);
  putTableRow(sheet, TABLE_TOP, [...HEADER, "Ghi chú"], true);
  SEED_TABLE.forEach((row, index) => putSeedRow(sheet, TABLE_TOP + 1 + index, row));
  const built = sheet.build();
  return { ...built, printTitleRows: `${TABLE_TOP}:${TABLE_TOP}`, freezeAt: `A${TITLE_ROWS + 2}` };
}

function putSeedRow(sheet: SheetBuilder, row: number, seedRow: SeedRow): void {
  if (seedRow === HEADER) return putTableRow(sheet, row, [...HEADER, "Ghi chú"], true);
  const [tt, , unit, target] = seedRow;
  const isGroup = unit === "" && target === "" && tt !== "";
  putTableRow(sheet, row, [...seedRow, ""], isGroup);
}

function putTableRow(sheet: SheetBuilder, row: number, cells: readonly (string | number)[], bold: boolean): void {
  cells.forEach((value, index) => {
    const base = bold ? STYLES.group : STYLES.cell;
    const centred = index !== 1;
    const style = {
      ...base,
      ...(centred ? { horizontal: "center" as const } : {}),
      ...(typeof value === "number" && value >= 1000 ? { numberFormat: "#,##0" } : {}),
    };
    sheet.put(row, index + 1, value === "" ? null : value, style);
  });
}
