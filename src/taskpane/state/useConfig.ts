import { useCallback, useMemo } from "react";
import { CONFIG_SHEET_NAME } from "../../core/config/configSheetName";
import type { Lang } from "../shell/lang";
import type { ConfigStatus } from "../views/ConfigView";
import type { ExcelPort } from "./excelPort";
import type { Pane } from "./usePane";

/**
 * The state of the "Cấu hình" view: whether the configuration sheet exists and what was last read of it,
 * and opening (or creating) it. The configuration's reader and writer are loaded on demand.
 *
 * @example const configuring = useConfig(pane, excelAdapter, "vi"); configuring.configure();
 */
export function useConfig(pane: Pane, excel: ExcelPort, lang: Lang) {
  const { run, rescan, strings, setNotice, setConfig, scan, period, config, loadWords } = pane;

  const configure = useCallback(
    () =>
      run(
        strings.config.opening,
        async () => {
          const [{ openConfig }] = await Promise.all([import(/* webpackChunkName: "config" */ "./actions/openConfig"), loadWords()]);
          return openConfig(excel, lang, { year: scan?.year ?? null, period });
        },
        async (value) => {
          setConfig(value.status);
          // The period shown is the sheet's, read again with the sheets below: never the pane's over it.
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
    [run, excel, lang, scan, period, strings, rescan, setConfig, setNotice, loadWords],
  );

  // Whether the configuration sheet exists is what the workbook says now; its errors, what was last read.
  const status = useMemo<ConfigStatus | null>(() => {
    if (!scan) return config;
    return { sheet: CONFIG_SHEET_NAME, exists: scan.configExists, findings: scan.configExists ? (config?.findings ?? []) : [] };
  }, [scan, config]);

  return { status, configure };
}
