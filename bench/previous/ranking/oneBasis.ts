import { finding, type Finding } from "../../../src/core/model/finding";
import type { CheckedIndicator, CheckedReport } from "../../../src/core/model/report";
import type { ResolvedRule } from "../../../src/core/scoring/resolveRules";
import { foldText } from "../../../src/core/text/foldText";
import { isExempt } from "../../../src/core/ranking/isExempt";

/**
 * The reports as they are compared (docs/scoring.md#scoring-and-ranking, "Villages ranked together are compared on one basis"):
 *
 * - checked against commune-level targets, every commune indicator that at least one ranked report
 *   holds is scored for every village: a report without it gets it with no value (r = 0) and a
 *   `row/missing-indicator` warning, unless a rule's `exempt` names the village;
 * - checked against a village's own template, each report already holds its whole template (nothing
 *   to add);
 * - scored on their own rows (no targets), the reports are left as they are, and one
 *   `rank/different-indicators` warning names the villages whose reports lack an indicator another holds.
 *
 * @example // Nà Lầu reports 16 indicators, Nặm Đin only its best one, both against the commune's targets
 * oneBasis([naLau, namDin], ruleFor).reports[1].indicators.length === 16
 */
export function oneBasis(reports: readonly CheckedReport[], ruleFor: (name: string) => ResolvedRule): { reports: CheckedReport[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const communeReports = reports.filter((report) => report.authority?.scope === "commune");
  const held = heldIndicators(communeReports);
  const based = reports.map((report) => {
    if (report.authority?.scope !== "commune") return report;
    const own = new Set(scoredIds(report));
    const added: CheckedIndicator[] = [];
    for (const [id, { indicator }] of held) {
      if (own.has(id) || isExempt(report.village, ruleFor(indicator.name).exempt)) continue;
      const targetCell = rowsById(report).get(id)?.cell ?? null;
      findings.push(
        finding(
          "row/missing-indicator",
          { sheet: report.sheet, cell: null, indicator: indicator.name, indicatorId: id, details: { targetSheet: report.authority.sheet, targetCell, village: report.village } },
          "warning",
        ),
      );
      added.push({ indicator: { ...indicator, sheet: report.sheet }, actual: null, status: "unknown", completion: null, cell: "", scored: true });
    }
    return added.length === 0 ? report : { ...report, indicators: [...report.indicators, ...added] };
  });
  const ownRows = reports.filter((report) => report.authority === undefined);
  const different = differentIndicators(ownRows);
  if (different !== null) findings.push(different);
  return { reports: based, findings };
}

function scoredIds(report: CheckedReport): string[] {
  return report.indicators.filter((checked) => checked.scored).map((checked) => checked.indicator.id);
}

/** Each commune indicator some report holds, once, with the commune's own target (not a village's). */
function heldIndicators(reports: readonly CheckedReport[]): Map<string, { indicator: CheckedIndicator["indicator"] }> {
  const held = new Map<string, { indicator: CheckedIndicator["indicator"] }>();
  for (const report of reports) {
    for (const checked of report.indicators) {
      if (!checked.scored || held.has(checked.indicator.id)) continue;
      const commune = rowsById(report).get(checked.indicator.id)?.indicator;
      held.set(checked.indicator.id, { indicator: commune ?? checked.indicator });
    }
  }
  return held;
}

type AuthorityRow = NonNullable<CheckedReport["authority"]>["rows"][number];
const indexed = new WeakMap<object, Map<string, AuthorityRow>>();

/** The report's authoritative rows by indicator id (reports checked against one sheet share them). */
function rowsById(report: CheckedReport): Map<string, AuthorityRow> {
  const rows = report.authority?.rows ?? [];
  let byId = indexed.get(rows);
  if (byId === undefined) {
    byId = new Map();
    for (const row of rows) if (!byId.has(row.indicator.id)) byId.set(row.indicator.id, row);
    indexed.set(rows, byId);
  }
  return byId;
}

function differentIndicators(reports: readonly CheckedReport[]): Finding | null {
  if (reports.length < 2) return null;
  // Each folded name once, with its first wording and the last report that held it; a report holds them
  // all when it counts as many distinct ones. Every village repeats the same names: each wording is
  // folded once and looked up once per row.
  const all = new Map<string, { name: string; lastHolder: number }>();
  const byWording = new Map<string, { name: string; lastHolder: number }>();
  const counts = reports.map((report, index) => {
    let count = 0;
    for (const checked of report.indicators) {
      if (!comparable(checked)) continue;
      const name = checked.indicator.name;
      let held = byWording.get(name);
      if (held === undefined) {
        const key = foldText(name);
        held = all.get(key);
        if (held === undefined) {
          held = { name, lastHolder: -1 };
          all.set(key, held);
        }
        byWording.set(name, held);
      }
      if (held.lastHolder !== index) {
        held.lastHolder = index;
        count += 1;
      }
    }
    return count;
  });
  const lacking = reports.flatMap((report, index) => {
    if (counts[index] === all.size) return [];
    const own = new Set(report.indicators.filter(comparable).map((checked) => foldText(checked.indicator.name)));
    return [{ report, missing: [...all.keys()].find((key) => !own.has(key))! }];
  });
  if (lacking.length === 0) return null;
  const first = lacking[0];
  return finding("rank/different-indicators", {
    sheet: first.report.sheet,
    cell: null,
    indicator: all.get(first.missing)!.name,
    details: { villages: lacking.map(({ report }) => report.village).join(", ") },
  });
}

function comparable(checked: CheckedIndicator): boolean {
  return checked.scored && checked.indicator.target !== null;
}
