import { useCallback, useRef, useState } from "react";
import type { Ranking } from "../../core/model";
import type { Lang } from "../shell/lang";
import { defaultRankSheets } from "./chooseSheets";
import type { ExcelPort } from "./excelPort";
import type { Pane } from "./usePane";
import { hasSheet, useScanChange } from "./useScanChange";

/** The ranking engine and sheet builder, loaded the first time staff rank. */
const loadRanking = () => import(/* webpackChunkName: "rank" */ "./actions/rankSheets");

/**
 * The state of the "Xếp hạng thôn" view: the sheets chosen and the last ranking. The ranking engine and
 * the ranking sheet's builder are loaded on demand, the first time staff rank.
 *
 * @example const ranking = useRank(pane, excelAdapter, "vi"); ranking.rank();
 */
export function useRank(pane: Pane, excel: ExcelPort, lang: Lang) {
  const { run, relist, strings, setNotice, setConfig, targetSheet, period, loadWords } = pane;
  const [rankChoice, setRankChoice] = useState<string[]>([]);
  const [ranking, setRanking] = useState<Ranking | null>(null);

  useScanChange(pane.scan, (found) => {
    setRankChoice((current) => {
      const kept = current.filter((s) => hasSheet(found, s));
      return kept.length > 0 ? kept : defaultRankSheets(found.sheets);
    });
    // A ranking of sheets deleted or renamed since would select cells that are no longer there.
    setRanking((current) => (current && !current.villages.every((v) => hasSheet(found, v.sheet)) ? null : current));
  });

  // The target sheet shown (and used) is never one of the sheets being ranked.
  const rankTarget = targetSheet && !rankChoice.includes(targetSheet) ? targetSheet : null;

  const toggleRankSheet = useCallback((sheet: string, chosen: boolean) => {
    setRankChoice((current) => (chosen ? [...current.filter((s) => s !== sheet), sheet] : current.filter((s) => s !== sheet)));
  }, []);

  // What this pane wrote on each ranking sheet: a sheet that no longer holds it was edited by hand.
  const written = useRef<Record<string, string>>({});
  const rankAgain = useRef<(replace: "overwrite" | "new") => void>(() => undefined);

  const rank = useCallback(
    (replace?: "overwrite" | "new") =>
      run(
        strings.rank.running,
        async (progress, signal) => {
          const ask = { overwrite: () => rankAgain.current("overwrite"), newSheet: () => rankAgain.current("new") };
          const guard = { written: written.current, ask, ...(replace ? { replace } : {}) };
          return (await Promise.all([loadRanking(), loadWords()]))[0].rankSheets(excel, lang, { sheets: rankChoice, target: rankTarget, period, guard }, progress, signal);
        },
        async (value) => {
          written.current = { ...written.current, [value.sheet]: value.fingerprint };
          setRanking(value.ranking);
          if (value.config) setConfig(value.config);
          setNotice((await loadRanking()).rankedNotice(strings, value));
          await relist();
        },
      ),
    [run, excel, lang, rankChoice, rankTarget, period, strings, relist, setConfig, setNotice, loadWords],
  );

  rankAgain.current = (replace) => void rank(replace);

  return { rankChoice, toggleRankSheet, rankTarget, ranking, rank: () => rank() };
}
