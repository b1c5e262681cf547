import { useCallback, useState } from "react";
import type { Period } from "../../core/model";
import type { Lang } from "../shell/lang";
import type { ExcelPort } from "./excelPort";
import type { Notice } from "./notice";
import type { Outcome, Progress } from "./outcome";

/** What the template view needs of the pane's shared hook. */
export interface SharedRunner {
  run<T>(label: string, operation: (progress: Progress) => Promise<Outcome<T>>, done: (value: T) => void | Promise<void>): Promise<boolean>;
  rescan(): Promise<void>;
  setNotice(notice: Notice | null): void;
}

// The view's words come with the view (its chunk): by the time its button is pressed they are loaded.
const loadWords = () => import(/* webpackChunkName: "templates-view" */ "../strings/templateStrings");

/**
 * The state of the "Tạo mẫu báo cáo" view: the villages typed, and writing their templates through the
 * shared one-operation-at-a-time runner; the template builder is loaded on demand.
 *
 * @example const templates = useTemplates(excel, "vi", thiDua, "year"); templates.write("Chỉ tiêu 2024");
 */
export function useTemplates(excel: ExcelPort, lang: Lang, shared: SharedRunner, period: Period) {
  const [villagesText, setVillagesText] = useState("");
  const [written, setWritten] = useState<string[]>([]);
  const { run, rescan, setNotice } = shared;

  const write = useCallback(
    async (source: string | null) => {
      const words = (await loadWords()).templateStrings(lang);
      const villages = villagesText
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== "");
      return run(
        words.running,
        async (progress) => (await import(/* webpackChunkName: "templates" */ "./actions/writeTemplates")).writeTemplates(excel, lang, { source, villages, period }, progress),
        async (value) => {
          setWritten(value.sheets);
          setNotice(value.notice);
          await rescan();
        },
      );
    },
    [run, rescan, setNotice, excel, lang, period, villagesText],
  );

  return { villagesText, setVillagesText, written, write };
}
