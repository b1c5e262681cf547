import type { CellStyle, SheetModel } from "../model";
import { SAMPLE_COMMUNE, SAMPLE_YEAR } from "./sampleTargetSheet";
import { VILLAGE_TEMPLATE, type ActualCell, type SampleVillage, type TemplateRow } from "./sampleVillages";
import { SheetBuilder, STYLES } from "./sheetBuilder";

const HEADER_ROW = 7;
const COLUMNS = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"];

/**
 * A village's report as it comes back from the village: the heading, the commune's template with the
 * village's targets, and what the village typed for its actuals (with all its habits).
 *
 * @example sampleVillageSheet(SAMPLE_VILLAGES[0]).name === "Nà Lầu"
 */
export function sampleVillageSheet(village: SampleVillage): SheetModel {
  const sheet = new SheetBuilder(village.sheetName, [6, 60, 12, 11, 11, 10, 18]);
  sheet.putMerged(1, 1, 3, `UBND XÃ ${SAMPLE_COMMUNE.toUpperCase()}`, STYLES.heading);
  sheet.putMerged(1, 4, 7, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", STYLES.heading);
  sheet.putMerged(2, 4, 7, "Độc lập - Tự do - Hạnh phúc", STYLES.heading);
  if (village.title.row === 2) sheet.putMerged(2, 1, 3, village.title.text, STYLES.heading);
  sheet.putMerged(4, 1, 7, `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA NĂM ${SAMPLE_YEAR}`, STYLES.title);
  if (village.title.row !== 2) sheet.putMerged(village.title.row, 1, 7, village.title.text, STYLES.italic);
  COLUMNS.forEach((label, index) => sheet.put(HEADER_ROW, index + 1, label, STYLES.header));
  let row = HEADER_ROW + 1;
  for (const templateRow of VILLAGE_TEMPLATE) {
    putTemplateRow(sheet, row++, village, templateRow);
    if (village.extraRow && templateRow.key === village.extraRow.after) {
      const { name, unit, target, actual } = village.extraRow;
      putRow(sheet, row++, ["-", name, unit, target, actual, rate(actual, target), null], [{}, {}, {}, {}, {}, {}, {}]);
    }
  }
  sheet.putMerged(row + 1, 5, 7, "TRƯỞNG THÔN", STYLES.heading);
  sheet.putMerged(row + 2, 5, 7, "(Ký, ghi rõ họ tên)", STYLES.italic);
  return sheet.build();
}

function putTemplateRow(sheet: SheetBuilder, row: number, village: SampleVillage, templateRow: TemplateRow): void {
  const { tt, key } = templateRow;
  if (!key) {
    putRow(sheet, row, [tt, templateRow.name, null, null, null, null, null], [], true);
    return;
  }
  const target = village.targets[key];
  const actual = village.actuals[key];
  const actualValue = typeof actual === "object" && actual !== null ? actual.fraction : actual;
  const actualStyle: CellStyle = typeof actual === "object" && actual !== null ? { numberFormat: "0.0%" } : {};
  const shownRate = key === "malnutrition" ? null : rate(typeof actual === "object" && actual !== null ? actual.fraction * 100 : actual, target);
  putRow(
    sheet,
    row,
    [tt, village.names?.[key] ?? templateRow.name, village.units?.[key] ?? templateRow.unit, target, actualValue, shownRate, village.notes?.[key] ?? null],
    [{}, {}, {}, {}, actualStyle, { numberFormat: "0.0" }, {}],
  );
}

function putRow(sheet: SheetBuilder, row: number, values: (string | number | null)[], styles: CellStyle[], bold = false): void {
  values.forEach((value, index) => {
    const base = bold ? STYLES.group : STYLES.cell;
    const centred = index !== 1 && index !== 6;
    sheet.put(row, index + 1, value, { ...base, ...(centred ? { horizontal: "center" } : {}), ...styles[index] });
  });
}

/** The village's own Tỷ lệ column: only where it could compute one from two numbers. */
function rate(actual: ActualCell | number, target: number | string): number | null {
  if (typeof actual !== "number" || typeof target !== "number" || target === 0) return null;
  return Math.round((actual / target) * 1000) / 10;
}
