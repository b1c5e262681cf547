import { useCallback, useEffect, useState } from "react";
import type { Period } from "../../core/model";
import type { Lang } from "../shell/lang";
import type { TemplateChoice } from "./actions/templateChoice";
import type { ExcelPort } from "./excelPort";
import type { Notice } from "./notice";
import type { Outcome, Progress } from "./outcome";

/** What the template view needs of the pane's shared hook. */
export interface SharedRunner {
  run<T>(label: string, operation: (progress: Progress) => Promise<Outcome<T>>, done: (value: T) => void | Promise<void>, options?: { quiet?: boolean }): Promise<boolean>;
  rescan(): Promise<void>;
  setNotice(notice: Notice | null): void;
}

/** After writing: the templates and the target cells the commune must fill, the first to go to. */
export interface TemplatesSummary {
  templates: number;
  communeCells: number;
  first: { sheet: string; cell: string } | null;
}

// The view's words come with the view (its chunk): by the time its button is pressed they are loaded.
const loadWords = () => import(/* webpackChunkName: "templates-view" */ "../strings/templateStrings");
const loadActions = () => import(/* webpackChunkName: "templates" */ "./templateActions");

const NO_TICKS: ReadonlyMap<number, boolean> = new Map();

/**
 * The state of the "Mẫu báo cáo" view: the villages typed; the source's indicators with the choice ticked
 * (read again when the source or the reports change, docs/outputs.md#which-indicators-go-into-a-template);
 * writing the templates (and the "Giao chỉ tiêu" sheet) through the shared one-operation-at-a-time runner;
 * the line counting the target cells the commune must fill, with the way to the first. The builders are
 * loaded on demand.
 *
 * @example const templates = useTemplates(excel, "vi", thiDua, "year", { source: "Chỉ tiêu 2024", reports: ["Nà Lầu"], shown: true }); templates.write();
 */
export function useTemplates(
  excel: ExcelPort,
  lang: Lang,
  shared: SharedRunner,
  period: Period,
  list: { source: string | null; reports: readonly string[]; shown: boolean },
) {
  const { source, reports, shown } = list;
  const [villagesText, setVillagesText] = useState("");
  const [written, setWritten] = useState<string[]>([]);
  // The list read and the ticks belong to the source, reports and reading they were made for: another
  // source shows no list until its own is read, and no ticks of the last one.
  const [loaded, setLoaded] = useState<{ key: string; choice: TemplateChoice } | null>(null);
  const [ticks, setTicks] = useState<{ key: string; chosen: ReadonlyMap<number, boolean> }>({ key: "", chosen: NO_TICKS });
  const [summary, setSummary] = useState<TemplatesSummary | null>(null);
  const [reload, setReload] = useState(0);
  const { run, rescan, setNotice } = shared;
  const reportKey = reports.join("\n");
  const listKey = `${source ?? ""}\u0000${reportKey}\u0000${reload}\u0000${shown}`;
  const choice = loaded?.key === listKey ? loaded.choice : null;
  const chosen = ticks.key === listKey ? ticks.chosen : NO_TICKS;

  useEffect(() => {
    let current = true;
    if (source === null || !shown) return;
    void (async () => {
      const read = await (await loadActions()).readTemplateChoice(excel, lang, { source, reports: reportKey === "" ? [] : reportKey.split("\n") });
      if (current && read.ok) setLoaded({ key: listKey, choice: read.value });
    })();
    return () => {
      current = false;
    };
  }, [excel, lang, source, reportKey, shown, listKey]);

  const toggle = useCallback(
    (row: number, included: boolean) =>
      setTicks((previous) => ({ key: listKey, chosen: new Map(previous.key === listKey ? previous.chosen : NO_TICKS).set(row, included) })),
    [listKey],
  );

  const villages = useCallback(
    () =>
      villagesText
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ""),
    [villagesText],
  );

  const write = useCallback(async () => {
    const words = (await loadWords()).templateStrings(lang);
    return run(
      words.running,
      async (progress) =>
        (await loadActions()).writeTemplates(excel, lang, { source, villages: villages(), period, reports: [...reports], ...(chosen.size > 0 ? { chosen } : {}) }, progress),
      async (value) => {
        setWritten(value.sheets);
        setSummary({ templates: value.sheets.length, communeCells: value.communeCells, first: value.firstCommuneCell });
        setNotice(value.notice);
        await rescan();
        setReload((n) => n + 1);
      },
    );
  }, [run, rescan, setNotice, excel, lang, period, source, reports, chosen, villages]);

  const assign = useCallback(async () => {
    const words = (await loadWords()).templateStrings(lang);
    return run(
      words.assignRunning,
      async () => (await loadActions()).writeAssignTargets(excel, lang, { source, villages: villages() }),
      async (value) => {
        setNotice(value.notice);
        await rescan();
      },
    );
  }, [run, rescan, setNotice, excel, lang, source, villages]);

  const goToFirst = useCallback(async () => {
    const first = summary?.first;
    if (!first) return false;
    const words = (await loadWords()).templateStrings(lang);
    return run(words.running, async () => (await loadActions()).selectCell(excel, lang, first.sheet, first.cell), () => undefined, { quiet: true });
  }, [run, excel, lang, summary]);

  return { villagesText, setVillagesText, written, write, choice, chosen, toggle, summary, goToFirst, assign };
}
