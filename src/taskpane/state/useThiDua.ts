import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { CONFIG_SHEET_NAME } from "../../core/config/configSheet";
import type { CheckedReport, Finding, Period, Ranking } from "../../core/model";
import type { Lang } from "../shell/lang";
import { stringsFor } from "../strings";
import type { ConfigStatus } from "../views/ConfigView";
import { checkSheet, checkedNotice } from "./actions/checkSheet";
import { clearSheets } from "./actions/clearSheets";
import { describeFinding } from "./actions/describeFinding";
import { findSheets, type WorkbookScan } from "./actions/findSheets";
import { importFiles } from "./actions/importFiles";
import { openConfig } from "./actions/openConfig";
import { rankSheets, rankedNotice } from "./actions/rankSheets";
import { selectCell } from "./actions/selectCell";
import { writeSamples } from "./actions/writeSamples";
import { defaultRankSheets, defaultReportSheet, defaultTargetSheet } from "./chooseSheets";
import type { ExcelPort } from "./excelPort";
import type { Notice } from "./notice";
import type { Outcome, Progress } from "./outcome";

/** What is running now, for the spinner and to keep every button disabled meanwhile. */
export interface Busy {
  label: string;
  progress: { done: number; total: number } | null;
  /** The operation can still be cancelled (it stops between requests and undoes what it began). */
  cancellable: boolean;
}

/**
 * The one place where the pane meets Excel and the engine: it runs one operation at a time, keeps what the
 * views show, and turns every failure into a notice. Views get its values and callbacks as props.
 *
 * @example const thiDua = useThiDua(excelAdapter, "vi"); thiDua.check();
 */
export function useThiDua(excel: ExcelPort, lang: Lang) {
  const strings = stringsFor(lang);
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [reportSheet, setReportSheet] = useState<string | null>(null);
  const [targetSheet, setTargetSheet] = useState<string | null>(null);
  const [checked, setChecked] = useState<CheckedReport | null>(null);
  // Every sheet this pane has highlighted, so one press clears them all, whichever report is chosen now.
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [rankChoice, setRankChoice] = useState<string[]>([]);
  const [ranking, setRanking] = useState<Ranking | null>(null);
  const [config, setConfig] = useState<ConfigStatus | null>(null);
  const [period, setPeriod] = useState<Period>("year");
  // A ref, not state: a second click in the same frame must see the first one already running.
  const running = useRef(false);
  const cancelling = useRef<AbortController | null>(null);

  const run = useCallback(
    async <T>(
      label: string,
      operation: (progress: Progress, signal: AbortSignal) => Promise<Outcome<T>>,
      done: (value: T) => void | Promise<void>,
      options: { quiet?: boolean } = {},
    ): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      // A quiet operation (selecting a finding's cell) keeps the message and shows no spinner, so the
      // list being clicked does not jump; it still holds every other button until it ends.
      if (!options.quiet) setNotice(null);
      const shown = options.quiet ? "" : label;
      const abort = new AbortController();
      cancelling.current = abort;
      const cancellable = !options.quiet;
      setBusy({ label: shown, progress: null, cancellable });
      try {
        const outcome = await operation(
          (d, total, final) => setBusy({ label: shown, progress: { done: d, total }, cancellable: cancellable && !final }),
          abort.signal,
        );
        if (!outcome.ok) {
          // A cancel is what staff asked for, not an error; an operation may say what it undid.
          const cancelled = abort.signal.aborted && outcome.notice.intent !== "info";
          setNotice(cancelled ? { intent: "info", text: strings.sheets.cancelled } : outcome.notice);
          return false;
        }
        // Inside the operation: what it changed in the workbook is read again before anything is clickable.
        await done(outcome.value);
        return true;
      } catch {
        // A bug, not an expected failure: still say something useful instead of leaving a blank pane.
        setNotice({ intent: "error", text: strings.failure.unexpected, todo: strings.failure.unexpectedTodo });
        return false;
      } finally {
        cancelling.current = null;
        running.current = false;
        setBusy(null);
      }
    },
    [strings],
  );

  const applyScan = useCallback((found: WorkbookScan, opening = false) => {
    const exists = (name: string) => found.sheets.some((s) => s.name === name);
    setScan(found);
    setReportSheet((current) => keepOr(current, found, defaultReportSheet(found.sheets)));
    setTargetSheet((current) => keepOr(current, found, defaultTargetSheet(found.sheets)));
    setRankChoice((current) => {
      const kept = current.filter(exists);
      return kept.length > 0 ? kept : defaultRankSheets(found.sheets);
    });
    // Results about sheets deleted or renamed since would select cells that are no longer there, and a
    // deleted sheet has no highlights left to clear.
    setChecked((current) => (current && !exists(current.sheet) ? null : current));
    setRanking((current) => (current && !current.villages.every((v) => exists(v.sheet)) ? null : current));
    setHighlighted((current) => current.filter(exists));
    // The configuration sheet's period is taken when the pane opens; later the pane's own choice stands
    // until staff re-read the configuration.
    if (opening && found.period) setPeriod(found.period);
  }, []);

  const refreshSheets = useCallback(
    () =>
      run(
        strings.sheets.reading,
        (progress, signal) => findSheets(excel, lang, { signal, progress }),
        (found) => {
          applyScan(found, true);
          if (found.problems.length > 0) {
            setNotice({ intent: "warning", text: strings.sheets.problemsTitle(found.problems.length), items: found.problems });
          }
        },
      ),
    [run, excel, lang, strings, applyScan],
  );

  useEffect(() => {
    void refreshSheets();
    // Only when the pane opens; afterwards each operation rescans what it changed.
  }, []);

  // After an operation that changed the workbook. That operation has succeeded and said so; if the sheets
  // cannot be read again, the list stays as it was until staff press "Đọc lại các trang tính".
  const rescan = useCallback(async () => {
    try {
      const found = await findSheets(excel, lang);
      if (found.ok) applyScan(found.value);
    } catch {
      // Nothing more to say than the operation's own message.
    }
  }, [excel, lang, applyScan]);

  // The target sheet shown (and used) is never the sheet being checked or ranked itself.
  const checkTarget = targetSheet !== reportSheet ? targetSheet : null;
  const rankTarget = targetSheet && !rankChoice.includes(targetSheet) ? targetSheet : null;

  const check = useCallback(() => {
    if (!reportSheet) return Promise.resolve(false);
    return run(
      strings.check.running,
      (progress, signal) => checkSheet(excel, lang, { report: reportSheet, target: checkTarget, config: config?.exists === true }, progress, signal),
      (value) => {
        const sheet = value.checked.sheet;
        setChecked(value.checked);
        setHighlighted((current) => [...current.filter((s) => s !== sheet), sheet]);
        setNotice(checkedNotice(strings, value));
      },
    );
  }, [run, excel, lang, reportSheet, checkTarget, strings, config]);

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
  }, [run, excel, lang, highlighted, reportSheet, strings]);

  const selectFinding = useCallback(
    (finding: Finding) => {
      if (!finding.cell) return Promise.resolve(false);
      const cell = finding.cell;
      return run(strings.busy, () => selectCell(excel, lang, finding.sheet, cell), () => undefined, { quiet: true });
    },
    [run, excel, lang, strings],
  );

  const toggleRankSheet = useCallback((sheet: string, chosen: boolean) => {
    setRankChoice((current) => (chosen ? [...current.filter((s) => s !== sheet), sheet] : current.filter((s) => s !== sheet)));
  }, []);

  const rank = useCallback(
    () =>
      run(
        strings.rank.running,
        (progress, signal) => rankSheets(excel, lang, { sheets: rankChoice, target: rankTarget, period }, progress, signal),
        async (value) => {
          setRanking(value.ranking);
          if (value.config) setConfig(value.config);
          setNotice(rankedNotice(strings, value));
          await rescan();
        },
      ),
    [run, excel, lang, rankChoice, rankTarget, period, strings, rescan],
  );

  const configure = useCallback(
    () =>
      run(
        strings.config.opening,
        () => openConfig(excel, lang, { year: scan?.year ?? null, period }),
        async (value) => {
          setConfig(value.status);
          if (value.period) setPeriod(value.period);
          setNotice(
            value.status.findings.length > 0
              ? null
              : {
                  intent: "success",
                  text: value.created ? strings.config.created(value.status.sheet) : strings.config.opened(value.status.sheet),
                },
          );
          await rescan();
        },
      ),
    [run, excel, lang, scan, period, strings, rescan],
  );

  const importWorkbooks = useCallback(
    (files: File[]) =>
      run(
        strings.import.running,
        (progress) => importFiles(excel, lang, files, progress),
        async (names) => {
          setNotice({ intent: "success", text: strings.import.done(names.length), items: names });
          await rescan();
        },
      ),
    [run, excel, lang, strings, rescan],
  );

  const samples = useCallback(
    () =>
      run(
        strings.samples.running,
        (progress) => writeSamples(excel, lang, progress),
        async (names) => {
          setNotice({ intent: "success", text: strings.samples.done(names.join(", ")) });
          await rescan();
        },
      ),
    [run, excel, lang, strings, rescan],
  );

  // Whether the configuration sheet exists is what the workbook says now; its errors, what was last read.
  const configStatus = useMemo<ConfigStatus | null>(() => {
    if (!scan) return config;
    return { sheet: CONFIG_SHEET_NAME, exists: scan.configExists, findings: scan.configExists ? (config?.findings ?? []) : [] };
  }, [scan, config]);

  const describe = useCallback((finding: Finding) => describeFinding(finding, lang), [lang]);
  const canImport = useMemo(() => safeSupported(excel), [excel]);

  return {
    strings,
    busy,
    /** Stops the running operation at its next step; what it began is undone. */
    cancel: () => cancelling.current?.abort(),
    notice,
    dismissNotice: () => setNotice(null),
    scan,
    refreshSheets,
    reportSheet,
    setReportSheet,
    targetSheet,
    setTargetSheet,
    checkTarget,
    rankTarget,
    checked,
    highlighted,
    check,
    clearHighlights,
    selectFinding,
    rankChoice,
    toggleRankSheet,
    ranking,
    rank,
    config: configStatus,
    period,
    setPeriod,
    configure,
    canImport,
    importWorkbooks,
    samples,
    describe,
    // For the per-view hooks (useTemplates): the one-operation-at-a-time runner, the rescan, the notice.
    run,
    rescan,
    setNotice,
  };
}

export type ThiDua = ReturnType<typeof useThiDua>;

function keepOr(current: string | null, scan: WorkbookScan, fallback: string | null): string | null {
  return current && scan.sheets.some((s) => s.name === current) ? current : fallback;
}

function safeSupported(excel: ExcelPort): boolean {
  try {
    return excel.isSupported("insertWorksheets");
  } catch {
    return false;
  }
}
