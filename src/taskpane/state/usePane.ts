import { useCallback, useEffect, useRef, useState } from "react";
import { CONFIG_SHEET_NAME } from "../../core/config/configSheetName";
import type { Finding, Period } from "../../core/model";
import type { Lang } from "../shell/lang";
import { isLoadFailure } from "../shell/lazyPart";
import { stringsFor } from "../strings";
import type { ConfigStatus } from "../views/ConfigView";
import { findSheets, relistSheets, type WorkbookScan } from "./actions/findSheets";
import { selectCell } from "./actions/selectCell";
import { defaultTargetSheet } from "./chooseSheets";
import type { ExcelPort } from "./excelPort";
import type { Notice } from "./notice";
import type { Outcome, Progress } from "./outcome";

const loadDescribe = () => import(/* webpackChunkName: "check" */ "./actions/describeFinding");
type Words = Awaited<ReturnType<typeof loadDescribe>>;

/** What is running now, for the spinner and to keep every button disabled meanwhile. */
export interface Busy {
  label: string;
  progress: { done: number; total: number } | null;
  /** The operation can still be cancelled (it stops between requests and undoes what it began). */
  cancellable: boolean;
}

/**
 * What every view of the pane needs: the workbook scan, the one-operation-at-a-time runner that turns
 * every failure into a notice, the target sheet, the period and the configuration last read. Each view's
 * own state lives in its hook (`useCheck`, `useRank`, …) over this one.
 *
 * @example const pane = usePane(excelAdapter, "vi"); pane.run(label, operation, done);
 */
export function usePane(excel: ExcelPort, lang: Lang) {
  const strings = stringsFor(lang);
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [targetSheet, setTargetSheet] = useState<string | null>(null);
  const [config, setConfig] = useState<ConfigStatus | null>(null);
  // The period chosen in the pane, used only while the workbook has no configuration sheet (or one whose
  // period cannot be read); otherwise the sheet's is the one shown and used.
  const [ownPeriod, setOwnPeriod] = useState<Period>("year");
  // A ref, not state: a second click in the same frame must see the first one already running.
  const running = useRef(false);
  const cancelling = useRef<AbortController | null>(null);

  const run = useCallback(
    async function attempt<T>(
      label: string,
      operation: (progress: Progress, signal: AbortSignal) => Promise<Outcome<T>>,
      done: (value: T) => void | Promise<void>,
      options: { quiet?: boolean } = {},
    ): Promise<boolean> {
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
      } catch (error) {
        // A part of the pane that could not be downloaded is asked for afresh by "Thử lại"; a bug still
        // says something useful instead of leaving a blank pane.
        setNotice(
          isLoadFailure(error)
            ? { intent: "error", text: strings.failure.notLoaded, todo: strings.failure.notLoadedTodo, retry: () => void attempt(label, operation, done, options) }
            : { intent: "error", text: strings.failure.unexpected, todo: strings.failure.unexpectedTodo },
        );
        return false;
      } finally {
        cancelling.current = null;
        running.current = false;
        setBusy(null);
      }
    },
    [strings],
  );

  const applyScan = useCallback((found: WorkbookScan) => {
    setScan(found);
    setTargetSheet((current) => (current && found.sheets.some((s) => s.name === current) ? current : defaultTargetSheet(found.sheets)));
  }, []);

  const refreshSheets = useCallback(
    () =>
      run(
        strings.sheets.reading,
        (progress, signal) => findSheets(excel, lang, { signal, progress }),
        (found) => {
          applyScan(found);
          if (found.problems.length > 0) {
            setNotice({ intent: "warning", text: strings.sheets.problemsTitle(found.problems.length), items: found.problems });
          }
        },
      ),
    [run, excel, lang, strings, applyScan],
  );

  // Only when the pane opens; afterwards each operation rescans what it changed.
  const opening = useRef(true);
  useEffect(() => {
    if (!opening.current) return;
    opening.current = false;
    void refreshSheets();
  }, [refreshSheets]);

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

  // After an operation that added only the pane's own output sheets (a ranking): the sheets are listed
  // again and those read before are kept, so the ranked reports are not read a second time.
  const scanNow = useRef(scan);
  useEffect(() => {
    scanNow.current = scan;
  }, [scan]);
  const relist = useCallback(async () => {
    const previous = scanNow.current;
    if (previous === null) return rescan();
    try {
      const found = await relistSheets(excel, lang, previous);
      if (found.ok) applyScan(found.value);
    } catch {
      // As for rescan: the operation has said what it did.
    }
  }, [excel, lang, applyScan, rescan]);

  const selectFinding = useCallback(
    (finding: Finding) => {
      if (!finding.cell) return Promise.resolve(false);
      const cell = finding.cell;
      return run(strings.busy, () => selectCell(excel, lang, finding.sheet, cell), () => undefined, { quiet: true });
    },
    [run, excel, lang, strings],
  );

  // One source for the period (docs/pane.md#the-period-and-the-configuration-sheet): with a configuration
  // sheet the pane shows its cell and a choice here is written there; without one the pane's own is used.
  const configured = scan?.configured ?? null;
  const period = configured?.period ?? ownPeriod;
  const choosePeriod = useCallback(
    (chosen: Period) => {
      if (!scan?.configExists) {
        setOwnPeriod(chosen);
        return Promise.resolve(true);
      }
      return run(
        strings.period.writing,
        async () => (await import(/* webpackChunkName: "config" */ "./actions/writePeriod")).writePeriod(excel, lang, chosen, scan.year),
        (value) => {
          setOwnPeriod(chosen);
          const settings = value.settings;
          setScan((current) => (current === null ? current : { ...current, configExists: settings !== null, configured: settings }));
          const cell = settings?.cells.period;
          if (settings !== null && cell) {
            const word = settings.period === "half" ? strings.period.half : strings.period.year;
            setNotice({ intent: "success", text: strings.period.written(word, CONFIG_SHEET_NAME, cell) });
          }
        },
      );
    },
    [run, excel, lang, scan, strings],
  );

  // What the configuration sheet says now (staff may have edited it since the pane last read it), for the
  // view that shows it; quiet, as selecting a cell is.
  const rereadSettings = useCallback(
    () =>
      run(
        strings.busy,
        async () => (await import(/* webpackChunkName: "config" */ "./actions/readSettings")).readSettings(excel, lang, scan?.year ?? null),
        (settings) => setScan((current) => (current === null ? current : { ...current, configExists: settings !== null, configured: settings })),
        { quiet: true },
      ),
    [run, excel, lang, scan?.year, strings],
  );

  // The findings' words (both languages, every code) come with the first result that has findings: each
  // operation that yields findings awaits `loadWords` before showing them.
  const [words, setWords] = useState<Words | null>(null);
  const loadWords = useCallback(
    () =>
      loadDescribe().then((loaded) => {
        setWords(() => loaded);
        return loaded;
      }),
    [],
  );
  const describe = useCallback((finding: Finding) => (words ? words.describeFinding(finding, lang) : finding.code), [words, lang]);

  return {
    strings,
    busy,
    /** Stops the running operation at its next step; what it began is undone. */
    cancel: () => cancelling.current?.abort(),
    notice,
    setNotice,
    dismissNotice: () => setNotice(null),
    scan,
    refreshSheets,
    rescan,
    relist,
    run,
    targetSheet,
    setTargetSheet,
    config,
    setConfig,
    /** The period shown and used: the configuration sheet's, else the pane's own choice. */
    period,
    /** The year, period and method as the configuration sheet says them; null without one. */
    configured,
    choosePeriod,
    rereadSettings,
    selectFinding,
    describe,
    loadWords,
  };
}

/** The shared state and runner every view hook is given. */
export type Pane = ReturnType<typeof usePane>;
