import type { RankingConfig } from "../config/rankingConfig";
import type { SheetModel } from "../model";
import { SheetBuilder, STYLES } from "./sheetBuilder";

/**
 * The second sample commune, which scores in points (docs/scoring.md#points-method) as most emulation programmes do:
 * Điểm chuẩn in the target sheet, Điểm tự chấm in the villages' reports, completion bands, tiers, a Giải
 * khuyến khích for two villages, a council adjustment, and a roster with one village that has not
 * reported (Cốc Lót).
 */
export const POINTS_COMMUNE = "Tân Lập";
export const POINTS_YEAR = 2024;
export const POINTS_TARGETS_FILE = `tan-lap-chi-tieu-diem-${POINTS_YEAR}.xlsx`;
export const POINTS_CONFIG_FILE = `tan-lap-cau-hinh-diem-${POINTS_YEAR}.json`;

type Row = readonly [tt: string, name: string, unit: string, target: number | string, points: number];

/** The commune's criteria: 100 points in all. */
const CRITERIA: readonly Row[] = [
  ["1", "Thu nhập bình quân đầu người", "Triệu đồng/người", 45, 15],
  ["2", "Số hộ nghèo giảm trong năm", "Hộ", 10, 15],
  ["3", "Tỷ lệ hộ dân tham gia bảo hiểm y tế", "%", 95, 10],
  ["4", "Diện tích gieo trồng lúa", "Ha", 120, 15],
  ["5", "Số hộ đạt danh hiệu gia đình văn hóa", "Hộ", 150, 15],
  ["6", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn", "%", 12, 10],
  ["7", "Công tác tuyển quân", "", "Đạt", 10],
  ["8", "Tình hình an ninh, trật tự trên địa bàn", "", "Không xảy ra", 10],
];

interface PointsVillage {
  name: string;
  fileName: string;
  actuals: readonly (number | string)[];
  /** Điểm tự chấm, row by row (null: left blank). */
  self: readonly (number | string | null)[];
}

// Own points are what each village computed with the programme's rules; Lũng Pảng rounds its lúa up, and
// Bản Piềng writes its total without adding up.
export const POINTS_VILLAGES: readonly PointsVillage[] = [
  { name: "Nà Pồng", fileName: "tan-lap-thon-na-pong.xlsx", actuals: [52, 12, 97, 118, 160, 10.5, "Đạt", "Không xảy ra"], self: [16, 16, 10, 14.75, 16, 11, 10, 10] },
  { name: "Khuổi Ngọa", fileName: "tan-lap-thon-khuoi-ngoa.xlsx", actuals: [44, 9, 93, 120, 150, 12, "Đạt", "Không xảy ra"], self: [13.67, 11.5, 7.79, 15, 15, 10, 10, 10] },
  { name: "Bản Piềng", fileName: "tan-lap-ban-pieng.xlsx", actuals: [40, 10, 90, 110, 135, 14, "Đạt", "Không xảy ra"], self: [11.33, 15, 7.47, 12.75, 11.5, 6.57, 10, 10] },
  { name: "Pác Cáp", fileName: "tan-lap-thon-pac-cap.xlsx", actuals: [47, 11, 96, 125, 155, 11, "Không đạt", "Không xảy ra"], self: [16, 16, 11, 16, 16, 11, 0, 10] },
  { name: "Lũng Pảng", fileName: "tan-lap-thon-lung-pang.xlsx", actuals: [46, 10, 95, 100, 140, 12, "Đạt", "Xảy ra"], self: [16, 15, 10, 15, 13, 10, 10, 0] },
];

/**
 * The commune's target sheet with its Điểm chuẩn column.
 *
 * @example pointsTargetSheet().name === "Chỉ tiêu 2024"
 */
export function pointsTargetSheet(): SheetModel {
  const sheet = new SheetBuilder(`Chỉ tiêu ${POINTS_YEAR}`, [6, 56, 16, 12, 12]);
  sheet.putMerged(1, 1, 2, "ỦY BAN NHÂN DÂN", STYLES.heading);
  sheet.putMerged(2, 1, 2, `XÃ ${POINTS_COMMUNE.toUpperCase()}`, STYLES.heading);
  sheet.putMerged(4, 1, 5, `BẢNG ĐIỂM CHUẨN CÁC CHỈ TIÊU THI ĐUA NĂM ${POINTS_YEAR}`, STYLES.title);
  ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Điểm chuẩn"].forEach((label, index) => sheet.put(6, index + 1, label, STYLES.header));
  CRITERIA.forEach((row, index) => row.forEach((value, column) => sheet.put(7 + index, column + 1, value === "" ? null : value, STYLES.cell)));
  sheet.put(7 + CRITERIA.length, 2, "Tổng cộng", STYLES.group);
  sheet.put(7 + CRITERIA.length, 5, 100, STYLES.group);
  return sheet.build();
}

/**
 * A village's report with its own points (Điểm tự chấm) and their total.
 *
 * @example pointsVillageSheet(POINTS_VILLAGES[0]).name === "Nà Pồng"
 */
export function pointsVillageSheet(village: PointsVillage): SheetModel {
  const sheet = new SheetBuilder(village.name, [6, 56, 16, 12, 12, 12, 12]);
  sheet.putMerged(1, 1, 3, `UBND XÃ ${POINTS_COMMUNE.toUpperCase()}`, STYLES.heading);
  sheet.putMerged(2, 1, 3, (village.name.startsWith("Bản") ? village.name : `Thôn ${village.name}`).toUpperCase(), STYLES.heading);
  sheet.putMerged(4, 1, 7, `BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA NĂM ${POINTS_YEAR}`, STYLES.title);
  ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Điểm chuẩn", "Điểm tự chấm"].forEach((label, index) => sheet.put(6, index + 1, label, STYLES.header));
  CRITERIA.forEach(([tt, name, unit, target, points], index) => {
    [tt, name, unit === "" ? null : unit, target, village.actuals[index], points, village.self[index]].forEach((value, column) => sheet.put(7 + index, column + 1, value, STYLES.cell));
  });
  const own = village.self.reduce<number>((sum, value) => sum + (typeof value === "number" ? value : 0), 0);
  const total = village.name === "Bản Piềng" ? 85 : Math.round(own * 100) / 100;
  sheet.put(7 + CRITERIA.length, 2, "Tổng cộng", STYLES.group);
  sheet.put(7 + CRITERIA.length, 6, 100, STYLES.group);
  sheet.put(7 + CRITERIA.length, 7, total, STYLES.group);
  return sheet.build();
}


/** Completion bands as Tiền Giang scores them (2022): a deduction below 100 %, a bonus above it. */
export const COMPLETION_BANDS = [
  { below: 95, points: -2 },
  { from: 95, below: 100, points: -1 },
  { above: 100, below: 120, points: 1 },
  { from: 120, points: 2 },
] as const;

/**
 * The points commune's configuration: the points method with Tiền Giang's bands (docs/scoring.md#completion-bands)
 * clamped to ±1, tiers with a floor per criterion, Giải khuyến khích for two villages, the roster, and
 * the council's Cờ thi đua for Nà Pồng.
 *
 * @example pointsConfig().method === "points"
 */
export function pointsConfig(): RankingConfig {
  return {
    year: POINTS_YEAR,
    period: "year",
    cap: 1.2,
    commune: POINTS_COMMUNE,
    place: POINTS_COMMUNE,
    method: "points",
    award: "proportional",
    bands: [...COMPLETION_BANDS],
    maxBonus: 1,
    maxDeduction: 1,
    prizes: [
      { name: "Giải Nhất", amount: 5_000_000 },
      { name: "Giải Nhì", amount: 3_000_000 },
      { name: "Giải khuyến khích", amount: 500_000, count: 2 },
    ],
    indicators: [{ match: "tuyển quân", mandatory: true }, { match: "suy dinh dưỡng", direction: "lower" }],
    tiers: [
      { name: "Xuất sắc", min: 95, minShare: 0.8 },
      { name: "Tốt", min: 85 },
      { name: "Khá", min: 70 },
    ],
    villages: ["Nà Pồng", "Khuổi Ngọa", "Bản Piềng", "Pác Cáp", "Lũng Pảng", "Cốc Lót"],
    adjustments: [{ village: "Nà Pồng", points: 5, reason: "Cờ thi đua của huyện" }],
  };
}
