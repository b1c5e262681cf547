import { Body1, Button, Field, makeStyles, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import type { Finding, Period } from "../../core/model";
import { FindingList } from "../components/FindingList";
import type { Strings } from "../strings";
import { InFooter } from "../components/InFooter";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
});

/** What the pane knows of the configuration sheet. */
export interface ConfigStatus {
  sheet: string;
  exists: boolean;
  /** Configuration errors, each pointing at its cell on the configuration sheet. */
  findings: Finding[];
}

export interface ConfigViewProps {
  strings: Strings;
  busy: boolean;
  status: ConfigStatus | null;
  period: Period;
  onPeriod: (period: Period) => void;
  onOpen: () => void;
  describe: (finding: Finding) => string;
  onSelectFinding: (finding: Finding) => void;
}

/** Cấu hình: create or open the configuration sheet, choose the review period, see errors where they are. */
export function ConfigView(props: ConfigViewProps) {
  const { strings, busy, status } = props;
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Body1>{strings.config.intro}</Body1>
      <Field label={strings.period.label}>
        <RadioGroup value={props.period} onChange={(_, data) => props.onPeriod(data.value as Period)} disabled={busy}>
          <Radio value="half" label={strings.period.half} />
          <Radio value="year" label={strings.period.year} />
        </RadioGroup>
      </Field>
      <InFooter>
        <Button appearance="primary" disabledFocusable={busy} onClick={props.onOpen}>
          {status?.exists ? strings.config.reread : strings.config.open}
        </Button>
      </InFooter>
      {status && !status.exists && <Body1>{strings.config.missing}</Body1>}
      {status && status.findings.length > 0 && (
        <section>
          <Subtitle2 as="h2" block>
            {strings.config.errorsTitle(status.findings.length)}
          </Subtitle2>
          <FindingList
            findings={status.findings}
            strings={strings}
            describe={props.describe}
            onSelect={props.onSelectFinding}
            disabled={busy}
          />
        </section>
      )}
    </div>
  );
}
