import { useCallback, useMemo } from "react";
import type { Lang } from "../shell/lang";
import type { ExcelPort } from "./excelPort";
import type { Pane } from "./usePane";

/**
 * The state of the "Nhập báo cáo thôn" view: whether this Excel can insert sheets, and importing files.
 * The readers of workbooks (SheetJS for the legacy formats) are loaded on demand.
 *
 * @example const importing = useImport(pane, excelAdapter, "vi"); importing.importWorkbooks(files);
 */
export function useImport(pane: Pane, excel: ExcelPort, lang: Lang) {
  const { run, rescan, strings, setNotice } = pane;
  const canImport = useMemo(() => safeSupported(excel), [excel]);

  const importWorkbooks = useCallback(
    (files: File[]) =>
      run(
        strings.import.running,
        async (progress) => (await import(/* webpackChunkName: "import" */ "./actions/importFiles")).importFiles(excel, lang, files, progress),
        async ({ names, skipped }) => {
          // Files that could not be imported are named with what to do; the others are in.
          setNotice(
            skipped.length === 0
              ? { intent: "success", text: strings.import.done(names.length), items: names }
              : { intent: "warning", text: `${strings.import.done(names.length)} ${names.join(", ")}.`, items: skipped },
          );
          await rescan();
        },
      ),
    [run, excel, lang, strings, rescan, setNotice],
  );

  return { canImport, importWorkbooks };
}

function safeSupported(excel: ExcelPort): boolean {
  try {
    return excel.isSupported("insertWorksheets");
  } catch {
    return false;
  }
}
