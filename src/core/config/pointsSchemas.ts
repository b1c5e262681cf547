import { z } from "zod";
import { MAX_PERCENT, MAX_POINTS } from "./pointsBounds";
import { rosterKey } from "./rosterKey";

const points = () => z.number().min(-MAX_POINTS).max(MAX_POINTS);
const percent = () => z.number().min(-MAX_PERCENT).max(MAX_PERCENT);

/**
 * Schemas of the points method's keys (docs/scoring.md#points-method): completion bands, tiers, the roster of villages
 * and the council's adjustments. Each list checks its own order and overlaps, naming the entry at fault
 * (the `problem` of a custom issue, see `configIssueFindings`).
 */

/** A completion band: `from` ≥, `above` >, `below` <, `to` ≤ (percent), each optional; `points` added. */
export const bandSchema = z
  .strictObject({
    from: percent().optional(),
    above: percent().optional(),
    below: percent().optional(),
    to: percent().optional(),
    points: points(),
  })
  .superRefine((band, context) => {
    if (band.from !== undefined && band.above !== undefined) context.addIssue({ code: "custom", path: ["above"], params: { problem: "band-two-bounds" } });
    if (band.below !== undefined && band.to !== undefined) context.addIssue({ code: "custom", path: ["to"], params: { problem: "band-two-bounds" } });
  });

export type Band = z.output<typeof bandSchema>;

/** The lower and upper bounds of a band, with whether each includes its value. */
export function bandBounds(band: Band): { low: number; lowIn: boolean; high: number; highIn: boolean } {
  const low = band.from ?? band.above ?? -Infinity;
  const high = band.below ?? band.to ?? Infinity;
  return { low, lowIn: band.above === undefined, high, highIn: band.below === undefined };
}

/**
 * Whether completion `percent` is inside a band.
 *
 * @example bandHolds({ from: 95, below: 100, points: -1 }, 99.99) === true
 */
export function bandHolds(band: Band, percent: number): boolean {
  // As `bandBounds` says, without making its object: this runs once per band for every indicator of every village.
  if (Number.isNaN(percent)) return false;
  const low = band.from ?? band.above;
  if (low !== undefined && (band.above === undefined ? percent < low : percent <= low)) return false;
  const high = band.below ?? band.to;
  if (high !== undefined && (band.below === undefined ? percent > high : percent >= high)) return false;
  return true;
}

export const bandsSchema = z.array(bandSchema).max(20).superRefine((bands, context) => {
  bands.forEach((band, index) => {
    const { low, lowIn, high, highIn } = bandBounds(band);
    if (low > high || (low === high && !(lowIn && highIn))) {
      context.addIssue({ code: "custom", path: [index], params: { problem: "band-empty" } });
      return;
    }
    if (index === 0) return;
    const before = bandBounds(bands[index - 1]);
    if (low < before.low) {
      context.addIssue({ code: "custom", path: [index], params: { problem: "band-order", other: index - 1 } });
    } else if (low < before.high || (low === before.high && lowIn && before.highIn)) {
      context.addIssue({ code: "custom", path: [index], params: { problem: "band-overlap", other: index - 1 } });
    }
  });
});

export const tierSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(32_767),
    // optional where the tier sets floors per standard instead ("mỗi tiêu chí từ 85 điểm: đạt chuẩn", docs/scoring.md#tiers)
    min: z.number().min(-MAX_PERCENT).max(MAX_PERCENT).optional(),
    minShare: z.number().min(0).max(1).optional(),
    groupMinShare: z.number().min(0).max(1).optional(),
  })
  .refine((tier) => tier.min !== undefined || tier.groupMinShare !== undefined, { path: ["min"], message: "min or groupMinShare" });

export type Tier = z.output<typeof tierSchema>;

export const tiersSchema = z.array(tierSchema).max(20).superRefine((tiers, context) => {
  tiers.forEach((tier, index) => {
    const before = index > 0 ? tiers[index - 1].min : undefined;
    if (tier.min !== undefined && before !== undefined && tier.min > before) {
      context.addIssue({ code: "custom", path: [index, "min"], params: { problem: "tier-order", other: index - 1 } });
    }
  });
});

export const rosterSchema = z.array(z.string().trim().min(1).max(32_767)).max(500).superRefine((names, context) => {
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    const key = rosterKey(name);
    const first = seen.get(key);
    if (first !== undefined) context.addIssue({ code: "custom", path: [index], params: { problem: "duplicate-village", other: first } });
    else seen.set(key, index);
  });
});

export const adjustmentSchema = z.strictObject({
  village: z.string().trim().min(1).max(32_767),
  points: points(),
  reason: z.string().trim().max(32_767).optional(),
});

export type Adjustment = z.output<typeof adjustmentSchema>;
