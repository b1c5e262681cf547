import { SAMPLE_YEAR } from "./sampleTargetSheet";

/**
 * The ranking configuration the sample commune uses (docs/scoring.md#scoring-and-ranking): the seed's prizes, security as a
 * mandatory indicator (điểm liệt) counted twice, and malnutrition scored lower-is-better.
 *
 * @example sampleConfig().prizes[0].amount === 5000000
 */
export function sampleConfig() {
  return {
    year: SAMPLE_YEAR,
    period: "year" as const,
    cap: 1.2,
    prizes: [
      { name: "Giải Nhất", amount: 5_000_000 },
      { name: "Giải Nhì", amount: 3_000_000 },
      { name: "Giải Ba", amount: 1_000_000 },
    ],
    indicators: [
      { match: "an toàn về an ninh, trật tự", mandatory: true, weight: 2 },
      { match: "suy dinh dưỡng", direction: "lower" as const },
    ],
  };
}
