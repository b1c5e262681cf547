import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import { finding, type Finding } from "../../../src/core/model/finding";
import type { CheckedIndicator, CheckedReport, RowPoints } from "../../../src/core/model/report";

/** The points columns only the commune fills (docs/scoring.md#points-method): a village's template gives it none of them. */
const COMMUNE_COLUMNS = ["bonus", "deduction", "verifiedPoints"] as const;

type CommuneColumn = (typeof COMMUNE_COLUMNS)[number];

/**
 * A village's report as the points method counts it (docs/scoring.md#points-method): its Điểm thưởng, Điểm trừ and Điểm thẩm
 * định cells count only where the configuration says the commune filled them (`communeFilled: true`).
 * Otherwise they are the village's own writing: left out, and each such column that holds a figure is one
 * `points/commune-column` warning at its first filled cell, with how many cells it fills.
 *
 * @example communeColumns(report /* Điểm thẩm định 20 on one row *\/, config).notes[0].details // { column: "verifiedPoints", cells: 1, village: "Nà Lầu" }
 */
export function communeColumns(report: CheckedReport, config: Pick<RankingConfig, "communeFilled">): { report: CheckedReport; notes: Finding[] } {
  if (config.communeFilled === true || !report.indicators.some(fillsCommuneColumn)) return { report, notes: [] };
  const filled = new Map<CommuneColumn, { cell: string | null; cells: number }>();
  const indicators = report.indicators.map((checked): CheckedIndicator => {
    const points = checked.points;
    if (points === undefined || !fillsCommuneColumn(checked)) return checked;
    for (const column of COMMUNE_COLUMNS) {
      if (points[column] === null) continue;
      const seen = filled.get(column) ?? { cell: points.cells[column] ?? null, cells: 0 };
      seen.cells += 1;
      filled.set(column, seen);
    }
    const own: RowPoints = { ...points, bonus: null, deduction: null, verifiedPoints: null };
    return { ...checked, points: own };
  });
  const notes = COMMUNE_COLUMNS.flatMap((column) => {
    const seen = filled.get(column);
    if (seen === undefined) return [];
    return [finding("points/commune-column", { sheet: report.sheet, cell: seen.cell, details: { column, cells: seen.cells, village: report.village } })];
  });
  return { report: { ...report, indicators }, notes };
}

function fillsCommuneColumn(checked: CheckedIndicator): boolean {
  const points = checked.points;
  return points !== undefined && (points.bonus !== null || points.deduction !== null || points.verifiedPoints !== null);
}
