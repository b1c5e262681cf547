import type { Finding, Ranking } from "../../core/model";
import { describeIneligibility } from "../../core/rankingSheet/rankingWords";
import { floorNote, standardLabel } from "../../core/rankingSheet/standardWords";
import { formatNumberVi } from "../../core/values/formatNumberVi";
import type { Lang } from "../args/parseArgs";
import type { CliText } from "../text";
import { formatScore } from "./formatScore";
import { textTable } from "./textTable";

/**
 * The ranking as a table for the terminal, with the villages not eligible for a prize and a count of
 * the reports' errors and warnings below it.
 *
 * @example io.out(printRanking(ranking, findings, "vi", cliText("vi")))
 */
export function printRanking(ranking: Ranking, findings: readonly Finding[], lang: Lang, text: CliText): string {
  const c = text.rankColumns;
  const tiers = ranking.villages.some((v) => v.tier !== undefined);
  // A scoring form's subtotal per standard, headed by its TT (docs/outputs.md#the-ranking-sheet).
  const standards = [...new Map(ranking.villages.flatMap((v) => v.standards ?? []).map((s) => [s.name, s])).values()];
  // A form is said in points: criteria met at full points say nothing of it (docs/scoring.md#scoring-forms).
  const isForm = (v: Ranking["villages"][number]) => v.standards !== undefined;
  const metColumn = ranking.villages.length === 0 || !ranking.villages.every(isForm);
  const rows = ranking.villages.map((v) => [
    String(v.rank),
    v.village,
    ...standards.map((standard) => {
      const own = v.standards?.find((s) => s.name === standard.name);
      return own === undefined ? "" : formatScore(own.earned);
    }),
    formatScore(v.score),
    ...(metColumn ? [isForm(v) ? "" : `${v.met}/${v.scored}`] : []),
    v.prize === null ? "" : v.tie ? `${v.prize} (${text.tie})` : v.prize,
    v.amount === null ? "" : formatNumberVi(v.amount),
    ...(tiers ? [v.tier ?? ""] : []),
  ]);
  const ineligible = ranking.villages.filter((v) => !v.eligible).map((v) => text.notEligible(v.village, describeIneligibility(v.mandatoryMissed, lang, v.nothingScored)));
  // the standard that kept a unit from a tier, and by how much
  const floors = ranking.villages.flatMap((v) => (v.notes ?? []).filter((f) => f.code === "points/below-floor").map((f) => `${v.village}: ${floorNote(f, v.standards ?? [], lang)}`));
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return [
    text.rankHeading(ranking.year, ranking.period, ranking.villages.length),
    "",
    textTable(
      [c.rank, c.village, ...standards.map((s) => s.tt ?? standardLabel(s, lang)), c.score, ...(metColumn ? [c.met] : []), c.prize, c.amount, ...(tiers ? [text.tierColumn] : [])],
      rows,
      ["right", "left", ...standards.map(() => "right" as const), "right", ...(metColumn ? (["right"] as const) : []), "left", "right", ...(tiers ? (["left"] as const) : [])],
    ),
    "",
    ...ineligible,
    ...floors,
    ...((ranking.missing ?? []).length > 0 ? [text.notReported(ranking.missing ?? [])] : []),
    ...((ranking.unranked ?? []).length > 0 ? [text.notRanked(ranking.unranked ?? [])] : []),
    text.findingsCount(errors, warnings),
  ].join("\n");
}
