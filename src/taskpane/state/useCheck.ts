import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../shell/lang";
import { clearSheets } from "./actions/clearSheets";
import type { CheckResult } from "./actions/checkVillages";
import { defaultReportSheet } from "./chooseSheets";
import { loadCheckResults } from "../views/CheckView";
import type { ExcelPort } from "./excelPort";
import type { Pane } from "./usePane";
import { hasSheet, useScanChange } from "./useScanChange";

/**
 * The check engine: loaded as soon as the pane has opened, so the pane is interactive before it arrives
 * and it is there by the time staff press "Kiểm tra".
 */
export const loadChecking = () => import(/* webpackChunkName: "check" */ "./actions/checkSheet");

/** The last check: every village it checked, the one whose findings are shown, and what it read. */
export interface Checked {
  villages: CheckResult[];
  shown: number;
  /** Only one village of a consolidated sheet was read (staff chose it in the "Thôn" list). */
  partOf: string | null;
}

/**
 * The state of the "Kiểm tra" view, the one staff open the pane for: the report chosen (and, on a
 * consolidated sheet, the village), the last check's villages, and every sheet the pane has highlighted,
 * so one press clears them all.
 *
 * @example const checking = useCheck(pane, excelAdapter, "vi"); checking.check();
 */
export function useCheck(pane: Pane, excel: ExcelPort, lang: Lang) {
  const { run, strings, setNotice, config, targetSheet, scan } = pane;
  const [reportSheet, setReportSheet] = useState<string | null>(null);
  const [village, setVillage] = useState<string | null>(null);
  const [result, setResult] = useState<Checked | null>(null);
  // Every sheet this pane has highlighted, so one press clears them all, whichever report is chosen now.
  const [highlighted, setHighlighted] = useState<string[]>([]);

  useScanChange(pane.scan, (found) => {
    setReportSheet((current) => (current && hasSheet(found, current) ? current : defaultReportSheet(found.sheets)));
    // Results about sheets deleted or renamed since would select cells that are no longer there, and a
    // deleted sheet has no highlights left to clear.
    setResult((current) => (current && !current.villages.every((v) => hasSheet(found, v.sheet)) ? null : current));
    setHighlighted((current) => current.filter((s) => hasSheet(found, s)));
  });

  // The engine, the result's view and the findings' words: what a check needs beyond the pane itself.
  const { loadWords } = pane;
  const loadAll = useCallback(() => Promise.all([loadChecking(), loadCheckResults(), loadWords()]).then(([engine]) => engine), [loadWords]);
  const opened = pane.scan !== null;
  useEffect(() => {
    // Fetched once the pane is interactive; a failure here is met again, and said, when staff check.
    if (opened) loadAll().catch(() => undefined);
  }, [opened]);

  // The target sheet shown (and used) is never the sheet being checked itself.
  const checkTarget = targetSheet !== reportSheet ? targetSheet : null;
  // The configuration sheet is read at every check when the workbook has one, whatever was clicked before.
  const withConfig = scan?.configExists === true || config?.exists === true;
  const villages = scan?.sheets.find((s) => s.name === reportSheet)?.villages ?? [];
  const chosenVillage = village !== null && villages.includes(village) ? village : null;

  const checkSheets = useCallback(
    (reports: string[], label: string, one: string | null) =>
      run(
        label,
        async (progress, signal) => (await loadAll()).checkSheet(excel, lang, { reports, target: checkTarget, config: withConfig, village: one }, progress, signal),
        async (value) => {
          const sheets = [...new Set(value.villages.map((v) => v.sheet))];
          setResult({ villages: value.villages, shown: Math.max(0, value.villages.indexOf(value.checked)), partOf: one === null ? null : (reports[0] ?? null) });
          setHighlighted((current) => [...current.filter((s) => !sheets.includes(s)), ...sheets]);
          setNotice((await loadChecking()).checkedNotice(strings, value));
        },
      ),
    [run, excel, lang, checkTarget, withConfig, strings, setNotice, loadAll],
  );

  const check = useCallback(
    () => (reportSheet ? checkSheets([reportSheet], strings.check.running, chosenVillage) : Promise.resolve(false)),
    [checkSheets, reportSheet, chosenVillage, strings],
  );

  // Every village report and every consolidated sheet: the natural step before ranking.
  const checkAll = useCallback(() => {
    const reports = (scan?.sheets ?? []).filter((s) => s.layout === "report" || s.layout === "consolidated").map((s) => s.name);
    return reports.length > 0 ? checkSheets(reports, strings.check.runningAll, null) : Promise.resolve(false);
  }, [checkSheets, scan, strings]);

  const clearHighlights = useCallback(() => {
    // The chosen report too: its highlights may date from an earlier session of the pane.
    const sheets = reportSheet && !highlighted.includes(reportSheet) ? [...highlighted, reportSheet] : highlighted;
    if (sheets.length === 0) return Promise.resolve(false);
    return run(strings.check.clearing, () => clearSheets(excel, lang, sheets), (cleared) => {
      // Sheets no longer in the workbook are dropped too: nothing is left on them to clear.
      setHighlighted((current) => current.filter((s) => !sheets.includes(s)));
      setNotice(
        cleared.length > 0
          ? { intent: "success", text: strings.check.cleared(cleared) }
          : { intent: "info", text: strings.check.nothingToClear },
      );
    });
  }, [run, excel, lang, highlighted, reportSheet, strings, setNotice]);

  const showVillage = useCallback((index: number) => setResult((current) => (current ? { ...current, shown: index } : current)), []);

  return { reportSheet, setReportSheet, villages, village: chosenVillage, setVillage, checkTarget, result, showVillage, highlighted, check, checkAll, clearHighlights };
}
