import { Body1, Button, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { InFooter } from "../components/InFooter";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
});

export interface SamplesViewProps {
  strings: Strings;
  busy: boolean;
  /** Sample sheets are written only into a workbook without data, so nothing is overwritten. */
  workbookEmpty: boolean;
  onWrite: () => void;
}

/** Dữ liệu mẫu: one click writes sample sheets so a new user can try everything. */
export function SamplesView({ strings, busy, workbookEmpty, onWrite }: SamplesViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Body1>{strings.samples.intro}</Body1>
      {!workbookEmpty && <Body1>{strings.samples.notEmpty}</Body1>}
      <InFooter>
        <Button appearance="primary" disabled={!workbookEmpty} disabledFocusable={busy} onClick={onWrite}>
          {strings.samples.run}
        </Button>
      </InFooter>
    </div>
  );
}
