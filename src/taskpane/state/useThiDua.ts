import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckedReport, Finding, Period, Ranking } from "../../core/model";
import type { Lang } from "../shell/lang";
import { stringsFor } from "../strings";
import type { ConfigStatus } from "../views/ConfigView";
import { checkSheet } from "./actions/checkSheet";
import { clearSheets } from "./actions/clearSheets";
import { describeFinding } from "./actions/describeFinding";
import { findSheets, type WorkbookScan } from "./actions/findSheets";
import { importFiles } from "./actions/importFiles";
import { openConfig } from "./actions/openConfig";
import { rankSheets } from "./actions/rankSheets";
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

  const run = useCallback(
    async <T>(label: string, operation: (progress: Progress) => Promise<Outcome<T>>, done: (value: T) => void) => {
      if (running.current) return;
      running.current = true;
      setNotice(null);
      setBusy({ label, progress: null });
      try {
        const outcome = await operation((d, total) => setBusy({ label, progress: { done: d, total } }));
        if (outcome.ok) done(outcome.value);
        else setNotice(outcome.notice);
      } catch {
        // A bug, not an expected failure: still say something useful instead of leaving a blank pane.
        setNotice({ intent: "error", text: strings.failure.unexpected, todo: strings.failure.unexpectedTodo });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [strings],
  );

  const applyScan = useCallback((found: WorkbookScan, opening = false) => {
    setScan(found);
    setReportSheet((current) => keepOr(current, found, defaultReportSheet(found.sheets)));
    setTargetSheet((current) => keepOr(current, found, defaultTargetSheet(found.sheets)));
    setRankChoice((current) => {
      const kept = current.filter((name) => found.sheets.some((s) => s.name === name));
      return kept.length > 0 ? kept : defaultRankSheets(found.sheets);
    });
    // The configuration sheet's period is taken when the pane opens; later the pane's own choice stands
    // until staff re-read the configuration.
    if (opening && found.period) setPeriod(found.period);
  }, []);

  const refreshSheets = useCallback(
    () => run(strings.sheets.reading, () => findSheets(excel, lang), (found) => applyScan(found, true)),
    [run, excel, lang, strings, applyScan],
  );

  useEffect(() => {
    void refreshSheets();
    // Only when the pane opens; afterwards each operation rescans what it changed.
  }, []);

  const rescan = useCallback(async () => {
    const found = await findSheets(excel, lang);
    if (found.ok) applyScan(found.value);
  }, [excel, lang, applyScan]);

  const check = useCallback(() => {
    if (!reportSheet) return Promise.resolve();
    return run(
      strings.check.running,
      (progress) => checkSheet(excel, lang, { report: reportSheet, target: targetSheet }, progress),
      (value) => {
        setChecked(value.checked);
        setHighlighted((current) => [...current.filter((s) => s !== value.checked.sheet), value.checked.sheet]);
        setNotice(value.highlighted > 0 ? { intent: "info", text: strings.check.highlighted(value.highlighted, value.checked.sheet) } : null);
      },
    );
  }, [run, excel, lang, reportSheet, targetSheet, strings]);

  const clearHighlights = useCallback(() => {
    // The chosen report too: its highlights may date from an earlier session of the pane.
    const sheets = reportSheet && !highlighted.includes(reportSheet) ? [...highlighted, reportSheet] : highlighted;
    if (sheets.length === 0) return Promise.resolve();
    return run(strings.check.clearing, () => clearSheets(excel, lang, sheets), (cleared) => {
      setHighlighted((current) => current.filter((s) => !cleared.includes(s)));
      setNotice({ intent: "success", text: strings.check.cleared(cleared.map((s) => `“${s}”`).join(", ")) });
    });
  }, [run, excel, lang, highlighted, reportSheet, strings]);

  const selectFinding = useCallback(
    (finding: Finding) => {
      if (!finding.cell) return Promise.resolve();
      const cell = finding.cell;
      return run(strings.busy, () => selectCell(excel, lang, finding.sheet, cell), () => undefined);
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
        (progress) => rankSheets(excel, lang, { sheets: rankChoice, target: targetSheet, period }, progress),
        (value) => {
          setRanking(value.ranking);
          if (value.config) setConfig(value.config);
          setNotice({ intent: "success", text: strings.rank.written(value.sheet) });
          void rescan();
        },
      ),
    [run, excel, lang, rankChoice, targetSheet, period, strings, rescan],
  );

  const configure = useCallback(
    () =>
      run(
        strings.config.opening,
        () => openConfig(excel, lang, { year: scan?.year ?? null, period }),
        (value) => {
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
          void rescan();
        },
      ),
    [run, excel, lang, scan, period, strings, rescan],
  );

  const importWorkbooks = useCallback(
    (files: File[]) =>
      run(
        strings.import.running,
        (progress) => importFiles(excel, lang, files, progress),
        (names) => {
          setNotice({ intent: "success", text: strings.import.done(names.length), items: names });
          void rescan();
        },
      ),
    [run, excel, lang, strings, rescan],
  );

  const samples = useCallback(
    () =>
      run(
        strings.samples.running,
        (progress) => writeSamples(excel, lang, progress),
        (names) => {
          setNotice({ intent: "success", text: strings.samples.done(names.join(", ")) });
          void rescan();
        },
      ),
    [run, excel, lang, strings, rescan],
  );

  const describe = useCallback((finding: Finding) => describeFinding(finding, lang), [lang]);
  const canImport = useMemo(() => safeSupported(excel), [excel]);

  return {
    strings,
    busy,
    notice,
    dismissNotice: () => setNotice(null),
    scan,
    refreshSheets,
    reportSheet,
    setReportSheet,
    targetSheet,
    setTargetSheet,
    checked,
    highlighted,
    check,
    clearHighlights,
    selectFinding,
    rankChoice,
    toggleRankSheet,
    ranking,
    rank,
    config,
    period,
    setPeriod,
    configure,
    canImport,
    importWorkbooks,
    samples,
    describe,
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
