import { z } from "zod";
import { MAX_POINTS } from "./pointsBounds";
import { adjustmentSchema, bandsSchema, rosterSchema, tiersSchema } from "./pointsSchemas";

/** The seed's prizes (§III.3 of the 2024 programme). */
export const SEED_PRIZES: readonly { name: string; amount: number }[] = [
  { name: "Giải Nhất", amount: 5_000_000 },
  { name: "Giải Nhì", amount: 3_000_000 },
  { name: "Giải Ba", amount: 1_000_000 },
];

export const DEFAULT_CAP = 1.2;

// Prize lists longer than this are a typing slip, not a prize structure.
export const MAX_PRIZES = 20;

// Bounds that keep every sum finite (a weight of 1e308 would make scores NaN) and every text within what
// an Excel cell holds (32 767 characters).
export const MAX_TEXT = 32_767;
export const MAX_WEIGHT = 1_000_000;
export const MAX_CAP = 100;
export const MAX_AMOUNT = 1e15;

const text = () => z.string().trim().min(1).max(MAX_TEXT);

const indicatorRuleSchema = z.strictObject({
  match: text(),
  mandatory: z.boolean().optional(),
  weight: z.number().min(0).max(MAX_WEIGHT).optional(),
  direction: z.enum(["higher", "lower"]).optional(),
  exclude: z.boolean().optional(),
  /** Villages not held to the indicators this rule matches when their report leaves them out (docs/scoring.md#scoring-and-ranking). */
  exempt: z.array(text()).max(1000).optional(),
  /** Maximum points (điểm chuẩn) of the matching indicators, points method (docs/scoring.md#points-method). */
  points: z.number().min(0).max(MAX_POINTS).optional(),
  /** false: a commune-only indicator, left out of the villages' report templates (docs/outputs.md#report-templates). */
  template: z.boolean().optional(),
  /** The target where the sheets give none: the commune's own rate a form compares with (docs/reading-tables.md#values, docs/scoring.md#scoring-and-ranking). */
  target: z.union([z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT), text()]).optional(),
});

const prizeSchema = z.strictObject({
  name: text(),
  amount: z.number().min(0).max(MAX_AMOUNT),
  /** How many villages may receive it (docs/scoring.md#roster); 1 when absent. */
  count: z.int().min(1).max(100).optional(),
});

/**
 * The ranking configuration (docs/scoring.md#scoring-and-ranking): one schema for the JSON file and the "Cấu hình xếp hạng" sheet.
 * Objects are strict (an unknown key is an error); missing keys take the seed's defaults, except `year`,
 * which the caller supplies (the target sheet's year, or the current one).
 *
 * @example rankingConfigSchema.parse({ year: 2024 }).cap === 1.2
 */
export const rankingConfigSchema = z.strictObject({
  year: z.int().min(1900).max(2200),
  period: z.enum(["year", "half"]).default("year"),
  cap: z.number().min(1).max(MAX_CAP).default(DEFAULT_CAP),
  prizes: z
    .array(prizeSchema)
    .max(MAX_PRIZES)
    .default(() => SEED_PRIZES.map((prize) => ({ ...prize }))),
  indicators: z.array(indicatorRuleSchema).max(10_000).default(() => []),
  commune: z.string().trim().max(MAX_TEXT).optional(),
  place: z.string().trim().max(MAX_TEXT).optional(),
  /** The chairman's full name and title, under the ranking sheet's signature (docs/outputs.md#what-the-add-in-and-the-command-line-write); title default "CHỦ TỊCH". */
  signer: z.string().trim().max(MAX_TEXT).optional(),
  signerTitle: z.string().trim().max(MAX_TEXT).optional(),
  // docs/scoring.md#points-method. Absent keys mean: the ratio method, proportional award, no bands, no clamps,
  // no adjustments, no tiers, no roster.
  method: z.enum(["ratio", "points"]).optional(),
  award: z.enum(["proportional", "all-or-nothing", "full"]).optional(),
  bands: bandsSchema.optional(),
  maxBonus: z.number().min(0).max(MAX_POINTS).optional(),
  maxDeduction: z.number().min(0).max(MAX_POINTS).optional(),
  /**
   * true: the Điểm thưởng, Điểm trừ and Điểm thẩm định columns found in the villages' reports were filled
   * by the commune, and count. Absent or false: they are the village's own writing, warned and not counted
   * (docs/scoring.md#points-method: the templates give a village none of them).
   */
  communeFilled: z.boolean().optional(),
  adjustments: z.array(adjustmentSchema).max(500).optional(),
  tiers: tiersSchema.optional(),
  /** The roster: every village of the commune (docs/scoring.md#roster). */
  villages: rosterSchema.optional(),
});

export type RankingConfig = z.output<typeof rankingConfigSchema>;

/** The scoring method: completion ratios (docs/scoring.md#scoring-and-ranking) or points (docs/scoring.md#points-method). */
export type ScoringMethod = "ratio" | "points";

/** How a configuration scores, its absent keys taken as their defaults. */
export function methodOf(config: Pick<RankingConfig, "method">): ScoringMethod {
  return config.method ?? "ratio";
}

/** How the indicators whose name contains `match` (folded) are scored. */
export type IndicatorRule = RankingConfig["indicators"][number];

/**
 * The configuration used when nobody has written one: the seed's prizes, cap 1.2, the whole year,
 * no indicator rules.
 *
 * @example defaultConfig(2024).prizes[1] // { name: "Giải Nhì", amount: 3000000 }
 */
export function defaultConfig(year: number): RankingConfig {
  return {
    year,
    period: "year",
    cap: DEFAULT_CAP,
    prizes: SEED_PRIZES.map((prize) => ({ ...prize })),
    indicators: [],
  };
}
