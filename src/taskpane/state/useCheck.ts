import { useCallback, useEffect, useState } from "react";
import type { CheckedReport } from "../../core/model";
import type { Lang } from "../shell/lang";
import { clearSheets } from "./actions/clearSheets";
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

/**
 * The state of the "Kiểm tra báo cáo" view, the one staff open the pane for: the report chosen, the last
 * check's findings, and every sheet the pane has highlighted, so one press clears them all.
 *
 * @example const checking = useCheck(pane, excelAdapter, "vi"); checking.check();
 */
export function useCheck(pane: Pane, excel: ExcelPort, lang: Lang) {
  const { run, strings, setNotice, config, targetSheet } = pane;
  const [reportSheet, setReportSheet] = useState<string | null>(null);
  const [checked, setChecked] = useState<CheckedReport | null>(null);
  // Every sheet this pane has highlighted, so one press clears them all, whichever report is chosen now.
  const [highlighted, setHighlighted] = useState<string[]>([]);

  useScanChange(pane.scan, (found) => {
    setReportSheet((current) => (current && hasSheet(found, current) ? current : defaultReportSheet(found.sheets)));
    // Results about sheets deleted or renamed since would select cells that are no longer there, and a
    // deleted sheet has no highlights left to clear.
    setChecked((current) => (current && !hasSheet(found, current.sheet) ? null : current));
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

  const check = useCallback(() => {
    if (!reportSheet) return Promise.resolve(false);
    return run(
      strings.check.running,
      async (progress, signal) => (await loadAll()).checkSheet(excel, lang, { report: reportSheet, target: checkTarget, config: config?.exists === true }, progress, signal),
      async (value) => {
        const sheet = value.checked.sheet;
        setChecked(value.checked);
        setHighlighted((current) => [...current.filter((s) => s !== sheet), sheet]);
        setNotice((await loadChecking()).checkedNotice(strings, value));
      },
    );
  }, [run, excel, lang, reportSheet, checkTarget, strings, config, setNotice, loadAll]);

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

  return { reportSheet, setReportSheet, checkTarget, checked, highlighted, check, clearHighlights };
}
