import type { IndicatorRule } from "../config/rankingConfig";
import { finding, type Finding } from "../model/finding";
import type { CheckedIndicator, CheckedReport } from "../model/report";
import { resolveRules } from "../scoring/resolveRules";
import { indicatorStatus } from "./indicatorStatus";
import { ruledIndicator, type RuleMeaning } from "./ruledIndicator";
import { summarize } from "./summarize";

const NO_RULES: readonly IndicatorRule[] = [];

/**
 * A checked report as the configuration's rules mean it (docs/reading-tables.md#units-and-semantics, docs/scoring.md#scoring-and-ranking): each indicator takes its rule's
 * direction and, where the sheets give none, its rule's target (see `ruledIndicator`); its status, its
 * `target/shortfall` and `target/missing` findings and the summary follow. A share of a whole no rule
 * directs is context: `indicator/context` (info), neither met nor short. A target compared with the
 * commune's own figure that nothing fills keeps `target/missing`, saying what to fill. Applying the same
 * rules twice changes nothing; the report is returned as it is when no indicator changes.
 *
 * @example applyRules(report, [{ match: "tăng dân số tự nhiên", direction: "lower" }]).indicators[0].status // "exceeded" for 0,85 against 0,9
 */
export function applyRules(report: CheckedReport, rules: readonly IndicatorRule[] = NO_RULES): CheckedReport {
  const ruleFor = resolveRules(rules);
  return applyRuleMeanings(report, (name) => ruleFor(name));
}

/** `applyRules` with the rules already resolved (the ranking resolves them once for every village). */
export function applyRuleMeanings(report: CheckedReport, ruleFor: (indicatorName: string) => RuleMeaning): CheckedReport {
  let findings: Finding[] | null = null;
  const indicators = report.indicators.map((checked) => {
    const ruled = ruledIndicator(checked.indicator, ruleFor(checked.indicator.name));
    const relative = ruled.relative !== undefined && ruled.target === null;
    if (ruled === checked.indicator && !relative) return checked;
    findings ??= [...report.findings];
    const changed: CheckedIndicator = { ...checked, indicator: ruled, ...statusOf(checked, ruled) };
    findings = ruledFindings(findings, checked, changed, report.sheet);
    return changed;
  });
  if (findings === null) return report;
  return { ...report, indicators, findings, summary: summarize(indicators, findings) };
}

function statusOf(checked: CheckedIndicator, ruled: CheckedIndicator["indicator"]): Pick<CheckedIndicator, "status" | "completion"> {
  // A row without an actual cell (a duplicate, a missing row) stays unknown.
  if (checked.actual === null) return { status: "unknown", completion: null };
  return indicatorStatus(ruled, checked.actual);
}

/** The findings of one indicator once its rule is applied: shortfall, missing target and context, said anew. */
function ruledFindings(findings: Finding[], before: CheckedIndicator, after: CheckedIndicator, sheet: string): Finding[] {
  const { indicator } = after;
  const id = indicator.id;
  const own = (f: Finding, code: Finding["code"]) => f.code === code && (f.indicatorId === id || (f.indicatorId === undefined && f.indicator === indicator.name));
  const dropped = (f: Finding) => own(f, "target/shortfall") || own(f, "indicator/context") || (indicator.target !== null && own(f, "target/missing"));
  const kept = findings.filter((f) => !dropped(f));
  const facts = { sheet, indicator: indicator.name, indicatorId: id };
  // The new findings stand where the old ones stood, else at the end.
  const first = findings.findIndex(dropped);
  const place = first < 0 ? kept.length : findings.slice(0, first).filter((f) => !dropped(f)).length;
  const added: Finding[] = [];
  if (after.status === "shortfall") {
    added.push(
      finding("target/shortfall", {
        ...facts,
        cell: after.cell,
        expected: indicator.target,
        actual: after.actual,
        details: { ratio: after.completion, direction: indicator.direction, unit: indicator.unit },
      }),
    );
  }
  if (indicator.context === true) added.push(finding("indicator/context", { ...facts, cell: after.cell === "" ? null : after.cell, actual: after.actual }));
  const relative = indicator.relative !== undefined && indicator.target === null;
  const said = kept.map((f) => (relative && own(f, "target/missing") ? { ...f, details: { ...f.details, relative: indicator.relative!, comparison: indicator.comparison ?? null } } : f));
  if (relative && !said.some((f) => own(f, "target/missing"))) {
    said.push(finding("target/missing", { ...facts, cell: before.cell === "" ? null : before.cell, details: { relative: indicator.relative!, comparison: indicator.comparison ?? null } }));
  }
  return [...said.slice(0, place), ...added, ...said.slice(place)];
}
