import type { RankingConfig } from "../config/rankingConfig";
import type { SheetModel } from "../model";
import type { FormUnit } from "./cultureForms";
import { formSheet, type FormCriterion, type FormHeading } from "./formSheet";
import { unitFormSheet } from "./cultureForms";

/**
 * The fourth sample programme: a nông thôn mới criteria table (docs/scoring.md#points-method "Scoring forms"),
 * each criterion out of 100 and closed by its "Cộng tiêu chí …" row; a unit whose every criterion reaches
 * 85 is "Đạt chuẩn", 75 "Cơ bản đạt" (docs/scoring.md#tiers).
 */
export const COUNTRYSIDE_COMMUNE = "Quang Minh";
export const COUNTRYSIDE_YEAR = 2024;
export const COUNTRYSIDE_TITLE = "Thôn nông thôn mới";
export const COUNTRYSIDE_TABLE_SHEET = "Tiêu chí NTM";
export const COUNTRYSIDE_TABLE_FILE = `quang-minh-tieu-chi-ntm-${COUNTRYSIDE_YEAR}.xlsx`;
export const COUNTRYSIDE_CONFIG_FILE = `quang-minh-cau-hinh-ntm-${COUNTRYSIDE_YEAR}.json`;

export const COUNTRYSIDE_CRITERIA: readonly FormCriterion[] = [
  {
    tt: "1",
    name: "Tiêu chí 1: Giao thông",
    max: 100,
    closing: "Cộng tiêu chí 1 (1.1 + 1.2 + 1.3)",
    items: [
      { tt: "1.1", name: "Đường trục thôn được cứng hóa, đạt chuẩn theo cấp kỹ thuật", max: 40 },
      { tt: "1.2", name: "Đường ngõ, xóm sạch và không lầy lội vào mùa mưa", max: 30 },
      { tt: "1.3", name: "Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa", max: 30 },
    ],
  },
  {
    tt: "2",
    name: "Tiêu chí 2: Điện và nhà ở dân cư",
    max: 100,
    closing: "Cộng tiêu chí 2 (2.1 + 2.2)",
    items: [
      { tt: "2.1", name: "Tỷ lệ hộ sử dụng điện thường xuyên, an toàn", max: 50 },
      { tt: "2.2", name: "Không có nhà tạm, nhà dột nát", max: 50 },
    ],
  },
  {
    tt: "3",
    name: "Tiêu chí 3: Thu nhập và hộ nghèo",
    max: 100,
    closing: "Cộng tiêu chí 3 (3.1 + 3.2)",
    items: [
      { tt: "3.1", name: "Thu nhập bình quân đầu người", max: 60 },
      { tt: "3.2", name: "Tỷ lệ hộ nghèo đa chiều", max: 40 },
    ],
  },
  {
    tt: "4",
    name: "Tiêu chí 4: Văn hóa và môi trường",
    max: 100,
    closing: "Cộng tiêu chí 4 (4.1 + 4.2 + 4.3)",
    items: [
      { tt: "4.1", name: "Nhà văn hóa thôn hoạt động thường xuyên", max: 30 },
      { tt: "4.2", name: "Thôn đạt danh hiệu văn hóa", max: 30 },
      { tt: "4.3", name: "Rác thải sinh hoạt được thu gom, xử lý", max: 40 },
    ],
  },
];

export const COUNTRYSIDE_UNITS: readonly FormUnit[] = [
  { name: "Nà Hin", kind: "Thôn", fileName: "quang-minh-ntm-thon-na-hin.xlsx", own: [38, 28, 26, 50, 45, 55, 35, 28, 30, 36], verified: [38, 27, 26, 50, 45, 55, 35, 28, 30, 36] },
  // criterion 3 verified at 80: "Cơ bản đạt", not "Đạt chuẩn"
  { name: "Phiêng Luông", kind: "Thôn", fileName: "quang-minh-ntm-thon-phieng-luong.xlsx", own: [35, 25, 24, 48, 40, 52, 33, 25, 30, 30], verified: [35, 25, 22, 48, 40, 50, 30, 25, 30, 30] },
  { name: "Co Muông", kind: "Thôn", fileName: "quang-minh-ntm-thon-co-muong.xlsx", own: [30, 20, 20, 45, 35, 40, 25, 20, 25, 25], verified: [30, 20, 20, 45, 35, 40, 25, 20, 25, 25] },
  { name: "Chiềng", kind: "Bản", fileName: "quang-minh-ntm-ban-chieng.xlsx", own: [40, 28, 27, 50, 48, 54, 36, 30, 30, 38], verified: [40, 28, 27, 50, 48, 54, 36, 30, 30, 38] },
];

const HEADING = {
  issuer: `UBND XÃ ${COUNTRYSIDE_COMMUNE.toUpperCase()}`,
  title: `BẢNG ĐIỂM ĐÁNH GIÁ TIÊU CHÍ THÔN NÔNG THÔN MỚI NĂM ${COUNTRYSIDE_YEAR}`,
  nameHeader: "Tiêu chí",
  maxHeader: "Điểm chuẩn",
  verifiedHeader: "Điểm phúc tra",
} as const satisfies Partial<FormHeading>;

/**
 * The commune's criteria table: each criterion out of 100 with its "Cộng tiêu chí" row.
 *
 * @example countrysideTableSheet().name === "Tiêu chí NTM"
 */
export function countrysideTableSheet(): SheetModel {
  return formSheet({ ...HEADING, sheetName: COUNTRYSIDE_TABLE_SHEET, unitLine: null }, COUNTRYSIDE_CRITERIA);
}

/** A unit's filled criteria table. @example countrysideUnitSheet(COUNTRYSIDE_UNITS[0]).name === "Nà Hin" */
export function countrysideUnitSheet(unit: FormUnit): SheetModel {
  return unitFormSheet(HEADING, COUNTRYSIDE_CRITERIA, unit);
}

/**
 * The programme's configuration: "Đạt chuẩn" where every criterion reaches 85 of its 100, "Cơ bản đạt" 75.
 *
 * @example countrysideConfig().tiers?.map((t) => t.groupMinShare) // [0.85, 0.75]
 */
export function countrysideConfig(): RankingConfig {
  return {
    year: COUNTRYSIDE_YEAR,
    period: "year",
    cap: 1.2,
    commune: COUNTRYSIDE_COMMUNE,
    place: COUNTRYSIDE_COMMUNE,
    method: "points",
    prizes: [],
    indicators: [],
    tiers: [
      { name: "Đạt chuẩn", groupMinShare: 0.85 },
      { name: "Cơ bản đạt", groupMinShare: 0.75 },
    ],
    villages: COUNTRYSIDE_UNITS.map((unit) => unit.name),
  };
}
