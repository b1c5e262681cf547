import type { RankingConfig } from "../config/rankingConfig";
import { finding, type Finding } from "../model/finding";
import type { CheckedIndicator, CheckedReport, RowPoints } from "../model/report";

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
  const { leftOut, notes } = communeColumnNotes(report, config);
  if (!leftOut) return { report, notes };
  const indicators = report.indicators.map((checked): CheckedIndicator => {
    const points = checked.points;
    if (points === undefined || !fillsCommuneColumn(checked)) return checked;
    return { ...checked, points: withoutCommuneColumns(points) };
  });
  return { report: { ...report, indicators }, notes };
}

/**
 * What `communeColumns` says of a report without copying it: whether its commune columns are left out
 * (`leftOut`: the configuration does not say the commune filled them, and some row fills one), and the
 * `points/commune-column` warnings. Ranking thousands of villages reads each row's points with the
 * columns left out (`withoutCommuneColumns`) instead of copying every report.
 *
 * @example communeColumnNotes(report /* Điểm thẩm định 20 on one row *\/, config).leftOut === true
 */
export function communeColumnNotes(report: CheckedReport, config: Pick<RankingConfig, "communeFilled">): { leftOut: boolean; notes: Finding[] } {
  if (config.communeFilled === true) return { leftOut: false, notes: [] };
  let filled: Map<CommuneColumn, { cell: string | null; cells: number }> | null = null;
  for (const checked of report.indicators) {
    const points = checked.points;
    if (points === undefined || !fillsCommuneColumn(checked)) continue;
    filled ??= new Map();
    for (const column of COMMUNE_COLUMNS) {
      if (points[column] === null) continue;
      const seen = filled.get(column) ?? { cell: points.cells[column] ?? null, cells: 0 };
      seen.cells += 1;
      filled.set(column, seen);
    }
  }
  if (filled === null) return { leftOut: false, notes: [] };
  const notes: Finding[] = [];
  for (const column of COMMUNE_COLUMNS) {
    const seen = filled.get(column);
    if (seen !== undefined) notes.push(finding("points/commune-column", { sheet: report.sheet, cell: seen.cell, details: { column, cells: seen.cells, village: report.village } }));
  }
  return { leftOut: true, notes };
}

/** A row's points with the commune's columns left out (their cells kept). */
export function withoutCommuneColumns(points: RowPoints): RowPoints {
  return { ...points, bonus: null, deduction: null, verifiedPoints: null };
}

function fillsCommuneColumn(checked: CheckedIndicator): boolean {
  const points = checked.points;
  return points !== undefined && (points.bonus !== null || points.deduction !== null || points.verifiedPoints !== null);
}
