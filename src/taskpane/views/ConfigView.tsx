import { Body1, Button, Field, makeStyles, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { CONFIG_SHEET_NAME } from "../../core/config/configSheetName";
import type { ConfigSettings } from "../../core/config/readConfigSheet";
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
  /** The period shown: the configuration sheet's when it has one, else the pane's own choice. */
  period: Period;
  /** What the configuration sheet says (null without one): where the period is kept, the year and method. */
  configured: ConfigSettings | null;
  /** Writes the choice on the configuration sheet when there is one. */
  onPeriod: (period: Period) => void;
  onOpen: () => void;
  describe: (finding: Finding) => string;
  onSelectFinding: (finding: Finding) => void;
}

// Where the period shown comes from (docs/pane.md#the-period-and-the-configuration-sheet).
function periodHint(strings: Strings, status: ConfigStatus | null, configured: ConfigSettings | null): string {
  const cell = configured?.cells.period ?? null;
  if (status?.exists && configured !== null && cell !== null) {
    return configured.period === null ? strings.period.unreadable(status.sheet, cell) : strings.period.kept(status.sheet, cell);
  }
  return strings.period.paneOnly(status?.sheet ?? CONFIG_SHEET_NAME);
}

/** Cấu hình: create or open the configuration sheet, choose the review period, see errors where they are. */
export function ConfigView(props: ConfigViewProps) {
  const { strings, busy, status } = props;
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Body1>{strings.config.intro}</Body1>
      <Field label={strings.period.label} hint={periodHint(strings, status, props.configured)}>
        <RadioGroup value={props.period} onChange={(_, data) => props.onPeriod(data.value as Period)} disabled={busy}>
          <Radio value="half" label={strings.period.half} />
          <Radio value="year" label={strings.period.year} />
        </RadioGroup>
      </Field>
      {props.configured && <Body1>{strings.period.settings(props.configured.year, props.configured.method)}</Body1>}
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
