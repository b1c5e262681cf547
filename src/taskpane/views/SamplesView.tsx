import { Body1, Button, Field, makeStyles, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../shell/lang";
import type { SampleProgramme } from "../state/actions/sampleSheets";
import type { Strings } from "../strings";
import { formWords } from "../strings/formStrings";
import { InFooter } from "../components/InFooter";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
});

const PROGRAMMES: SampleProgramme[] = ["commune", "culture", "countryside"];

export interface SamplesViewProps {
  strings: Strings;
  lang: Lang;
  busy: boolean;
  /** Sample sheets are written only into a workbook without data, so nothing is overwritten. */
  workbookEmpty: boolean;
  onWrite: (programme: SampleProgramme) => void;
}

/**
 * Dữ liệu mẫu: one click writes a sample programme's sheets so a new user can try everything — the commune's
 * targets and reports, or a programme scored on forms (docs/pane.md#scoring-forms).
 */
export function SamplesView({ strings, lang, busy, workbookEmpty, onWrite }: SamplesViewProps) {
  const styles = useStyles();
  const words = formWords(lang);
  const [programme, setProgramme] = useState<SampleProgramme>("commune");
  return (
    <div className={styles.view}>
      <Body1>{strings.samples.intro}</Body1>
      <Field label={words.programmeLabel}>
        <RadioGroup value={programme} onChange={(_, data) => setProgramme(data.value as SampleProgramme)} disabled={busy || !workbookEmpty}>
          {PROGRAMMES.map((id) => (
            <Radio key={id} value={id} label={words.programmes[id]} />
          ))}
        </RadioGroup>
      </Field>
      {!workbookEmpty && <Body1>{strings.samples.notEmpty}</Body1>}
      <InFooter>
        <Button appearance="primary" disabled={!workbookEmpty} disabledFocusable={busy} onClick={() => onWrite(programme)}>
          {strings.samples.run}
        </Button>
      </InFooter>
    </div>
  );
}
