import type { Ranking, StandardPoints } from "../model/ranking";
import { standardHeader } from "./standardWords";
import { COLUMN, TABLE_HEADERS, TABLE_WIDTHS } from "./rankingSheetLayout";

/** What a column of the ranking table shows. */
export type RankingColumnKey = keyof typeof COLUMN | "selfPoints" | "difference" | "tier" | "standard";

export interface RankingColumn {
  key: RankingColumnKey;
  header: string;
  width: number;
  /** A standard column's standard (scoring forms): its name, as `RankedVillage.standards` holds it. */
  standard?: string;
}

const BASE: RankingColumn[] = (Object.keys(COLUMN) as (keyof typeof COLUMN)[]).map((key) => ({
  key,
  header: TABLE_HEADERS[COLUMN[key]],
  width: TABLE_WIDTHS[COLUMN[key]],
}));

const SELF: RankingColumn = { key: "selfPoints", header: "Điểm tự chấm", width: 10 };
const DIFFERENCE: RankingColumn = { key: "difference", header: "Chênh lệch", width: 10 };
const TIER: RankingColumn = { key: "tier", header: "Xếp loại", width: 13 };

/**
 * The ranking table's columns (docs/outputs.md#what-the-add-in-and-the-command-line-write): the seed's eight; in the points method the village's own
 * points before the points that count (Điểm thẩm định, or computed) and their difference; with tiers,
 * a column per top-level standard of a scoring form with the unit's subtotal (docs/outputs.md#the-ranking-sheet); with tiers,
 * Xếp loại after the score.
 *
 * @example rankingColumns({ method: "points", villages: [] }).map((c) => c.header).slice(0, 6)
 * // ["Hạng", "Thôn", "Điểm tự chấm", "Điểm thẩm định / tính", "Chênh lệch", "Số chỉ tiêu đạt/tổng số"]
 */
export function rankingColumns(ranking: Pick<Ranking, "method" | "villages">): RankingColumn[] {
  const points = ranking.method === "points";
  const tiers = ranking.villages.some((village) => village.tier !== undefined);
  const standards = standardColumns(ranking.villages);
  return BASE.flatMap((column) => {
    if (column.key !== "score") return [column];
    const score = points ? { ...column, header: "Điểm thẩm định / tính" } : column;
    return [...(points ? [SELF] : []), ...standards, score, ...(points ? [DIFFERENCE] : []), ...(tiers ? [TIER] : [])];
  });
}

// Every standard any unit's form holds, in the order the forms give them.
function standardColumns(villages: Ranking["villages"]): RankingColumn[] {
  const seen = new Map<string, StandardPoints>();
  for (const village of villages) for (const standard of village.standards ?? []) if (!seen.has(standard.name)) seen.set(standard.name, standard);
  return [...seen.values()].map((standard) => ({ key: "standard", header: standardHeader(standard), width: STANDARD_WIDTH, standard: standard.name }));
}

const STANDARD_WIDTH = 11;
