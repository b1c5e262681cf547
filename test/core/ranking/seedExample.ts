import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedReport, Value } from "../../../src/core/model";
import { indicator, report } from "./reportBuilder";

// Seven of the seed's indicators, as the commune's table gives them.
export const BUDGET = indicator("Thu ngân sách nhà nước trên địa bàn", "Triệu đồng", 54);
export const GRAIN = indicator("Tổng sản lượng lương thực có hạt", "Tấn", 1417);
export const POOR = indicator("Số hộ nghèo giảm trong năm", "Hộ", 40);
export const MALNUTRITION = indicator("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)", "%", 15.9, { direction: "lower" });
export const SECURITY = indicator("Phân đấu xã, thị trấn đạt tiêu chuẩn \" an toàn về an ninh, trật tự \"", "Đạt", "Đạt", { kind: "pass" });
export const EMULATION = indicator(
  "Ban hành kế hoạch, chương trình tổ chức, triển khai các phong trào thi đua thường xuyên, chuyên đề của Trung ương, huyện, xã",
  "Xếp loại",
  "Tốt",
  { kind: "rating" },
);
export const DISCIPLINE = indicator("Không để xảy ra cán bộ, công chức vi phạm kỷ luật", "Không xảy ra", "Không xảy ra", { kind: "none" });

export const SEED_INDICATORS = [BUDGET, GRAIN, POOR, MALNUTRITION, SECURITY, EMULATION, DISCIPLINE];

/** Security is mandatory (điểm liệt), grain counts twice, malnutrition is lower-is-better, the budget is not scored. */
export function exampleConfig(): RankingConfig {
  return {
    ...defaultConfig(2024),
    indicators: [
      { match: "an toàn về an ninh, trật tự", mandatory: true },
      { match: "suy dinh dưỡng", direction: "lower" },
      { match: "lương thực", weight: 2 },
      { match: "thu ngân sách", exclude: true },
    ],
  };
}

function village(name: string, actuals: (Value | null)[], errors = 0): CheckedReport {
  return report(
    name,
    SEED_INDICATORS.map((ind, index) => [ind, actuals[index]] as const),
    { errors },
  );
}

/** Six villages, worked by hand in workedExample.test.ts. */
export function sixVillages(): CheckedReport[] {
  return [
    village("Bản Tàng", [50, null, 40, 15.9, "Đạt", "Tốt", "Không xảy ra"]),
    village("Nà Lạn", [54, 1417, 32, 15.9, "Đạt", "Tốt", "Xảy ra"]),
    village("Nà Lầu", [100, 1500, 44, 12, "Đạt", "Xuất sắc", "Không xảy ra"]),
    village("Nà Mèo", [20, 1133.6, 20, 31.8, "Đạt", "Trung bình", "Không xảy ra"]),
    village("Khuổi Khon", [54, 1275.3, 40, 15.9, "Đạt", "Khá", "Không xảy ra"]),
    village("Nặm Rịa", [70, 1700, 60, 10, "Không đạt", "Tốt", "Không xảy ra"]),
  ];
}
