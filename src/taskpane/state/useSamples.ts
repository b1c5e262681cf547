import { useCallback } from "react";
import type { Lang } from "../shell/lang";
import type { SampleProgramme } from "./actions/sampleSheets";
import type { ExcelPort } from "./excelPort";
import type { Pane } from "./usePane";

/**
 * The state of the "Dữ liệu mẫu" view: writing a sample programme's sheets, whose data is loaded on demand.
 *
 * @example const samples = useSamples(pane, excelAdapter, "vi"); samples.write();
 */
export function useSamples(pane: Pane, excel: ExcelPort, lang: Lang) {
  const { run, rescan, strings, setNotice } = pane;

  const write = useCallback(
    (programme: SampleProgramme = "commune") =>
      run(
        strings.samples.running,
        async (progress) => (await import(/* webpackChunkName: "samples" */ "./actions/writeSamples")).writeSamples(excel, lang, progress, programme),
        async (names) => {
          setNotice({ intent: "success", text: strings.samples.done(names.join(", ")) });
          await rescan();
        },
      ),
    [run, excel, lang, strings, rescan, setNotice],
  );

  return { workbookEmpty: pane.scan?.empty ?? false, write };
}
