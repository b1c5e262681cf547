import { isMet, statusAgainst } from "../checks/indicatorStatus";
import type { Indicator, Value } from "../model/indicator";
import type { Period } from "../model/ranking";
import type { CheckedIndicator, CheckedReport, Status } from "../model/report";

/** The commune's result on one indicator (docs/outputs.md#results-across-the-villages, the "Toàn xã" column and `totals` of docs/outputs.md#command-line). */
export interface IndicatorTotal {
  id: string;
  name: string;
  unit: string | null;
  /** The commune's target (Mục tiêu xã), halved for cumulative indicators at the mid-year review. */
  target: Value | null;
  /** Sum of the villages' actuals (cumulative indicators of one unit); null for level indicators. */
  total: number | null;
  /** Villages that met the indicator, out of `villagesScored`, those whose reports hold it. */
  villagesMet: number;
  villagesScored: number;
  status: Status;
}

/**
 * The commune's results across the villages (docs/outputs.md#results-across-the-villages), one per indicator scored for any village, in
 * the order they first appear: for a cumulative indicator whose villages all report in one unit, the sum
 * of their actuals against the commune's target; for a level indicator (%, qualitative) how many villages
 * met it ("5/6 thôn đạt"), `met` when every one did. The commune's targets come from its target sheet
 * (`commune`, by indicator id); without them a sum has no target and its status is `unknown`.
 *
 * @example resultTotals(reports, communeIndicators, "year")[0] // { name: "Tổng sản lượng lương thực có hạt", total: 1450, target: 1417, status: "exceeded", … }
 */
export function resultTotals(reports: readonly CheckedReport[], commune: readonly Indicator[] | null, period: Period): IndicatorTotal[] {
  const byId = new Map<string, CheckedIndicator[]>();
  for (const report of reports) {
    for (const checked of report.indicators) {
      if (!checked.scored) continue;
      const list = byId.get(checked.indicator.id) ?? [];
      list.push(checked);
      byId.set(checked.indicator.id, list);
    }
  }
  const communeById = new Map((commune ?? []).map((indicator) => [indicator.id, indicator]));
  return [...byId].map(([id, lines]) => totalOf(id, lines, communeById.get(id) ?? null, period));
}

function totalOf(id: string, lines: readonly CheckedIndicator[], commune: Indicator | null, period: Period): IndicatorTotal {
  const first = lines[0].indicator;
  const indicator = commune ?? first;
  const villagesMet = lines.filter((line) => isMet(line.status)).length;
  const base = { id, name: indicator.name, unit: indicator.unit, villagesMet, villagesScored: lines.length };
  const oneUnit = lines.every((line) => line.indicator.unitKey === first.unitKey);
  if (indicator.kind === "number" && indicator.cumulative && oneUnit) {
    const total = round(lines.reduce((sum, line) => sum + (typeof line.actual === "number" ? line.actual : 0), 0));
    const target = typeof commune?.target === "number" ? (period === "half" ? commune.target / 2 : commune.target) : null;
    const usable = lines.some((line) => typeof line.actual === "number");
    // The commune's comparison words hold for the total as for each village ("trên 3.000 tấn": 3.000 is short).
    const status = usable ? statusAgainst({ ...indicator, kind: "number" }, target, total).status : "unknown";
    return { ...base, target, total, status };
  }
  const status: Status = lines.every((line) => line.status === "unknown") ? "unknown" : villagesMet === lines.length ? "met" : "shortfall";
  return { ...base, target: commune?.target ?? first.target, total: null, status };
}

// Sums of decimals carry float noise (0.1 + 0.2).
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
