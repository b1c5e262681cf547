import { Body1, Button, makeStyles, Subtitle1, Subtitle2, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { FindingList } from "../components/FindingList";
import { FormPoints } from "../components/FormPoints";
import { PointsList } from "../components/PointsList";
import { SummaryBadges } from "../components/SummaryBadges";
import type { Lang } from "../shell/lang";
import type { Checked } from "../state/useCheck";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  villages: { listStyleType: "none", margin: "0 0 12px", padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  village: { justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, width: "100%" },
  shown: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground1Selected },
});

export interface CheckResultsProps {
  strings: Strings;
  checked: Checked;
  lang: Lang;
  busy: boolean;
  describe: (finding: Finding) => string;
  onSelectFinding: (finding: Finding) => void;
  onShowVillage: (index: number) => void;
}

/**
 * A check's result: one line per village when several were checked (a click shows that village's
 * findings), then the village shown: its summary, its points when scored in points (a scoring form by
 * standard, docs/pane.md#scoring-forms), and its findings.
 * The badges and the list count the same findings.
 */
export default function CheckResults({ strings, checked, lang, busy, describe, onSelectFinding, onShowVillage }: CheckResultsProps) {
  const styles = useStyles();
  const shown = checked.villages[checked.shown] ?? checked.villages[0];
  const many = checked.villages.length > 1;
  return (
    <section aria-label={strings.check.resultTitle(shown.village)}>
      {many && (
        <>
          <Subtitle2 as="h2" block style={{ marginBottom: 4 }}>
            {strings.check.villagesTitle(checked.villages.length)}
          </Subtitle2>
          <ul className={styles.villages} aria-label={strings.check.villagesLabel}>
            {checked.villages.map((v, index) => (
              <li key={`${v.sheet}-${v.village}`} data-village={v.village}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={index === checked.shown ? `${styles.village} ${styles.shown}` : styles.village}
                  aria-pressed={index === checked.shown}
                  onClick={() => onShowVillage(index)}
                >
                  {strings.check.villageLine(v.village, v.summary.shortfall, v.summary.errors, v.summary.warnings)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Subtitle1 as={many ? "h3" : "h2"} block style={{ marginBottom: 8 }}>
        {strings.check.resultTitle(shown.village)}
      </Subtitle1>
      {checked.partOf !== null && (
        <Body1 block style={{ marginBottom: 8 }}>
          {strings.check.columnsRead(shown.village, checked.partOf)}
        </Body1>
      )}
      <SummaryBadges summary={shown.summary} strings={strings} />
      {shown.points && shown.scoring ? (
        <FormPoints unit={shown.village} scoring={shown.scoring} total={shown.points.score} own={shown.points.selfPoints ?? null} lang={lang} />
      ) : (
        shown.points && <PointsList score={shown.points} strings={strings} lang={lang} />
      )}
      {shown.findings.length === 0 ? (
        <Body1 block style={{ marginTop: 12 }}>
          {strings.check.noFindings(shown.village)}
        </Body1>
      ) : (
        <FindingList findings={shown.findings} strings={strings} describe={describe} onSelect={onSelectFinding} disabled={busy} />
      )}
    </section>
  );
}
