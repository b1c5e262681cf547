import { classifySheet } from "../../core/checks/classifySheet";
import { CONFIG_SHEET_NAME } from "../../core/config/configSheet";
import type { RankingConfig } from "../../core/config/rankingConfig";
import { planHighlights } from "../../core/highlights/planHighlights";
import type { Finding, Highlight, Period, SheetCells } from "../../core/model";
import { finding } from "../../core/model/finding";
import { isAssignTargetsSheetName } from "../../core/assignTargets/assignTargetsSheetName";
import { assessedYear, calendarDay } from "../../core/usecases/assessedYear";
import { checkVillages, type CheckResult } from "../../core/usecases/checkVillages";
import { isRankingSheet, isResultsSheet } from "../state/actions/ownSheets";
import { configFrom } from "../state/actions/readConfig";
import { noStep, type Step } from "./step";

/** The cells a check needs, as read from the workbook. */
export interface CheckInput {
  reports: SheetCells[];
  targets: SheetCells | null;
  /** The configuration sheet, when the workbook has one. */
  config: SheetCells | null;
  /** The one village of a consolidated sheet to check (only when one report is checked); null: every village. */
  village: string | null;
  /** The period chosen in the pane, used only without a configuration sheet (docs/pane.md#the-period-and-the-configuration-sheet). */
  period?: Period;
}

/** What a check found: a sheet that is no report, else every village checked and the highlights per sheet. */
export interface CheckOutput {
  wrong: Finding | null;
  villages: CheckResult[];
  /** The highlights of each sheet checked, in the order the sheets were checked. */
  highlights: [string, Highlight[]][];
}

/**
 * Checks the reports against the targets and the configuration (docs/pane.md#checking), report by
 * report, taking a `step` between reports so a long check can yield and be cancelled.
 *
 * @example await checkJob({ reports: [naLau], targets, config: null, village: null }) → { wrong: null, villages: [{ village: "Nà Lầu", … }], highlights: [["Nà Lầu", [ … ]]] }
 */
export async function checkJob(input: CheckInput, step: Step = noStep): Promise<CheckOutput> {
  // The commune's own sheets are no village's report: said, and nothing painted on them.
  const wrong = input.reports.map(notAReport).find((f) => f !== null) ?? null;
  if (wrong) return { wrong, villages: [], highlights: [] };
  const targets = input.targets ?? undefined;
  // A configuration that cannot be read is the ranking's business (it says where); the check goes on.
  // Its year, else the sheets' own, picks the checked columns where years stand side by side.
  const year = sheetsYear([targets, ...input.reports]);
  const configRead = input.config ? configFrom(input.config, year) : null;
  const config: RankingConfig | null = configRead?.ok ? configRead.value : null;
  const village = input.reports.length === 1 ? input.village : null;
  const villages: CheckResult[] = [];
  for (const report of input.reports) {
    await step();
    villages.push(...checkVillages(report, { ...(targets ? { targets } : {}), config, year, village, ...(input.period ? { period: input.period } : {}) }));
  }
  return { wrong: null, villages, highlights: [...highlightsBySheet(villages)] };
}

/** `sheet/not-a-report` for a target, configuration, ranking or results sheet chosen as a report. */
export function notAReport(sheet: SheetCells): Finding | null {
  const kind =
    sheet.name === CONFIG_SHEET_NAME ? "config" : isRankingSheet(sheet.name) ? "ranking" : isResultsSheet(sheet.name) ? "results" : classifySheet(sheet).layout === "targets" || isAssignTargetsSheetName(sheet.name) ? "targets" : null;
  return kind === null ? null : finding("sheet/not-a-report", { sheet: sheet.name, cell: null, details: { kind } });
}

/** The year of the sheets read (a title's, else the latest among the columns), else the current one. */
function sheetsYear(sheets: (SheetCells | undefined)[]): number {
  return assessedYear(sheets.filter((s): s is SheetCells => s !== undefined).map(classifySheet), calendarDay(new Date()));
}

// The villages of one consolidated sheet share it: their highlights go in one request, the worst winning.
function highlightsBySheet(villages: CheckResult[]): Map<string, Highlight[]> {
  const bySheet = new Map<string, Map<string, Highlight>>();
  const rank = { good: 0, neutral: 1, bad: 2 } as const;
  for (const village of villages) {
    const cells = bySheet.get(village.sheet) ?? new Map<string, Highlight>();
    bySheet.set(village.sheet, cells);
    for (const h of planHighlights(village)) {
      const current = cells.get(h.cell);
      if (!current || rank[h.style] > rank[current.style]) cells.set(h.cell, h);
    }
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}
