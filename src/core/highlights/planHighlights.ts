import type { Highlight, HighlightStyle } from "../model/highlight";
import type { CheckedReport } from "../model/report";

// When several things are said of one cell, the worst is shown.
const RANK: Record<HighlightStyle, number> = { good: 0, neutral: 1, bad: 2 };

/**
 * The cells to colour on a checked sheet (docs/outputs.md#what-the-add-in-and-the-command-line-write): a shortfall's actual cell Bad, a cell with an error
 * Neutral, and, when `good` is asked for, a met or exceeded actual cell Good. One highlight per cell, the
 * worst winning.
 *
 * @example planHighlights(report) // [{ cell: "E5", style: "bad" }, { cell: "E6", style: "neutral" }]
 */
export function planHighlights(report: CheckedReport, options: { good?: boolean } = {}): Highlight[] {
  const styles = new Map<string, HighlightStyle>();
  const mark = (cell: string | null | undefined, style: HighlightStyle) => {
    if (!cell) return;
    const current = styles.get(cell);
    if (current === undefined || RANK[style] > RANK[current]) styles.set(cell, style);
  };
  for (const checked of report.indicators) {
    if (checked.status === "shortfall") mark(checked.cell, "bad");
    else if (options.good && (checked.status === "met" || checked.status === "exceeded")) mark(checked.cell, "good");
  }
  for (const f of report.findings) {
    if (f.sheet !== report.sheet) continue;
    if (f.code === "target/shortfall") mark(f.cell, "bad");
    else if (f.severity === "error") mark(f.cell, "neutral");
  }
  return [...styles].map(([cell, style]) => ({ cell, style }));
}
