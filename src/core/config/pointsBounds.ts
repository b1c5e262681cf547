/**
 * Bounds on points and completion percentages, wherever they are written (the configuration's bands,
 * adjustments and clamps; a sheet's points cells): large enough for any programme, small enough that every
 * village's total stays finite (a band of 1e300 points or two adjustments of 1e308 would overflow it).
 * Kept free of the schema library so that the table reader can use them.
 *
 * @example Math.abs(points) <= MAX_POINTS
 */
export const MAX_POINTS = 1_000_000;

/** Completion percentages a band may name (a band "from 120" catches everything above). */
export const MAX_PERCENT = 1_000_000_000;
