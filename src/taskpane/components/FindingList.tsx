import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding, Severity } from "../../core/model";
import type { Strings } from "../strings";
import { groupBySeverity } from "./groupBySeverity";

const useStyles = makeStyles({
  group: { marginTop: "12px" },
  heading: { display: "block", marginBottom: "4px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: { borderLeft: `4px solid transparent`, paddingLeft: "4px" },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  shortfall: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  button: { justifyContent: "flex-start", textAlign: "left", fontWeight: tokens.fontWeightRegular, width: "100%" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: "6px" },
  text: { padding: "5px 12px", display: "block" },
  more: { marginTop: "4px" },
});

/**
 * Findings shown per severity before "show more": a 200 000-row report has some 100 000, which the pane
 * could not draw at once without freezing; every one of them is a press or a few away.
 */
export const FINDINGS_PAGE = 500;

export interface FindingListProps {
  findings: Finding[];
  strings: Strings;
  /** The sentence a person reads for a finding, in the pane's language. */
  describe: (finding: Finding) => string;
  /** Selects the finding's cell in the sheet. */
  onSelect: (finding: Finding) => void;
  disabled?: boolean;
}

/** Findings grouped by severity; each one with a cell is a button that selects that cell in Excel. */
export function FindingList({ findings, strings, describe, onSelect, disabled }: FindingListProps) {
  const styles = useStyles();
  // How many of each severity are shown; a new list of findings starts again from the first page.
  const [shown, setShown] = useState<{ of: Finding[]; counts: Partial<Record<Severity, number>> }>({ of: findings, counts: {} });
  const counts = shown.of === findings ? shown.counts : {};
  return (
    <section aria-label={strings.findings.label}>
      {groupBySeverity(findings).map((group) => {
        const limit = counts[group.severity] ?? FINDINGS_PAGE;
        const left = group.findings.length - limit;
        return (
          <div key={group.severity} className={styles.group} data-severity={group.severity}>
            <Subtitle2 as="h3" className={styles.heading}>
              {strings.severity[group.severity]} ({group.findings.length})
            </Subtitle2>
            <ul className={styles.list}>
              {group.findings.slice(0, limit).map((f, i) => (
                <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`} className={`${styles.item} ${styleOf(styles, group.severity)}`}>
                  {f.cell ? (
                    <Button
                      appearance="subtle"
                      className={styles.button}
                      // Focusable while disabled: moving through the findings by keyboard never loses its place.
                      disabledFocusable={disabled}
                      title={strings.findings.goTo(f.sheet, f.cell)}
                      onClick={() => onSelect(f)}
                    >
                      <span>
                        <span className={styles.cell}>{f.cell}</span>
                        {describe(f)}
                      </span>
                    </Button>
                  ) : (
                    <span className={styles.text}>
                      <span className={styles.cell}>{strings.findings.wholeSheet}</span>
                      {describe(f)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {left > 0 && (
              <Button
                className={styles.more}
                appearance="secondary"
                size="small"
                onClick={() => setShown({ of: findings, counts: { ...counts, [group.severity]: limit + FINDINGS_PAGE } })}
              >
                {strings.findings.showMore(Math.min(left, FINDINGS_PAGE), left)}
              </Button>
            )}
          </div>
        );
      })}
    </section>
  );
}

function styleOf(styles: Record<Severity, string>, severity: Severity): string {
  return styles[severity];
}
