import type { Period, ReportSummary, Status } from "../../core/model";
import type { FormTally } from "../../core/scoring/formTally";
import type { UsageProblem } from "../args/parseArgs";

/** Why a file could not be written, from the system's error code. */
export type WriteCause = "disk-full" | "permission" | "read-only" | "directory" | "busy" | "other";

/** Everything the command line says in its own words (finding messages come from core/messages). */
export interface CliText {
  usage: string;
  usageProblem(problem: Exclude<UsageProblem, { kind: "help" }>): string;
  /** One line per file of a batch: which file, and what came of it. */
  progress(index: number, total: number, file: string, outcome: number | "targets" | null): string;
  usingTargets(file: string, sheet: string): string;
  sheetNotFound(file: string, sheet: string, available: string[]): string;
  noTable(file: string): string;
  noReport(file: string): string;
  /** A consolidated sheet holds several villages: which one to check. */
  chooseVillage(file: string, villages: string[], asked: string | null): string;
  noVillages: string;
  /** Why --out could not be written: the system's cause in words (the previous file is left as it was). */
  cannotWrite(file: string, cause: WriteCause): string;
  wrote(file: string): string;
  /** The ranking is whole in the file, but a decoration could not be rendered (one line, on stderr). */
  wroteWithout(file: string, missing: readonly ("layout" | "print" | "guards")[]): string;
  unexpected(detail: string): string;
  status: Record<Status, string>;
  indicatorsHeading(file: string, sheet: string, count: number, groups: number): string;
  validateHeading(village: string, file: string, sheet: string): string;
  indicatorColumns: { tt: string; name: string; unit: string; target: string; kind: string; direction: string };
  validateColumns: { name: string; target: string; actual: string; status: string; completion: string };
  summary(summary: ReportSummary): string;
  /** A scoring form's columns: its criteria with maximum, own, verified and counted points. */
  formColumns: { name: string; max: string; own: string; verified: string; earned: string };
  /** A scoring form's summary, in points (docs/scoring.md#scoring-forms), with its own total and the findings. */
  formSummary(tally: FormTally, selfPoints: number | null, errors: number, warnings: number): string;
  findingsHeading: string;
  severity: Record<"error" | "warning" | "shortfall" | "info", string>;
  rankHeading(year: number, period: Period, villages: number): string;
  rankColumns: { rank: string; village: string; score: string; met: string; prize: string; amount: string };
  tie: string;
  /** A village not eligible for a prize, with the reason as the ranking words give it. */
  notEligible(village: string, reason: string): string;
  /** Points method: the village's total, and its own total when it wrote one. */
  pointsSummary(points: number, selfPoints: number | null): string;
  /** Roster villages without a report, below the ranking. */
  notReported(villages: readonly string[]): string;
  /** Villages not ranked because they have several reports with different figures, below the ranking. */
  notRanked(villages: readonly string[]): string;
  tierColumn: string;
  findingsCount(errors: number, warnings: number): string;
  directionWord: { higher: string; lower: string };
}
