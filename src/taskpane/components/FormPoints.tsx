import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Lang } from "../shell/lang";
import type { FormScoring } from "../../core/usecases/formStandards";
import { formWords } from "../strings/formStrings";

const useStyles = makeStyles({
  title: { display: "block", marginTop: "12px", fontWeight: tokens.fontWeightSemibold },
  line: { display: "block" },
  warn: { display: "block", color: tokens.colorPaletteRedForeground1 },
  table: { width: "100%", borderCollapse: "collapse", marginTop: "6px", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  nameColumn: { width: "auto" },
  figureColumn: { width: "46px" },
  verifiedColumn: { width: "58px" },
  head: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, padding: "2px 0 2px 4px" },
  headName: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, padding: "2px 0" },
  name: { textAlign: "left", padding: "2px 0", overflowWrap: "anywhere", verticalAlign: "top" },
  figure: { textAlign: "right", padding: "2px 0 2px 4px", fontVariantNumeric: "tabular-nums", verticalAlign: "top" },
  muted: { color: tokens.colorNeutralForeground3 },
  standard: { fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  belowRow: { color: tokens.colorPaletteRedForeground1, padding: "0 0 4px" },
  note: { display: "block", marginTop: "4px", color: tokens.colorNeutralForeground2 },
});

export interface FormPointsProps {
  unit: string;
  scoring: FormScoring;
  total: number;
  own: number | null;
  lang: Lang;
}

/**
 * A unit's scoring form (docs/pane.md#scoring-forms): the total and tier, then each standard with its subtotals
 * and the floors it is below, and its criteria with maximum, own and verified points; narrow enough for
 * a 350 px pane (names wrap, the three figures keep their columns).
 */
export function FormPoints({ unit, scoring, total, own, lang }: FormPointsProps) {
  const styles = useStyles();
  const words = formWords(lang);
  const n = new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 2 });
  const max = scoring.standards.reduce((sum, standard) => sum + standard.max, 0);
  return (
    <section aria-label={words.tableLabel(unit)} data-form-points="">
      <Text className={styles.title}>{words.total(total, max, own)}</Text>
      {scoring.tier !== undefined && (
        <Caption1 className={scoring.tier === null ? styles.warn : styles.line} data-tier="">
          {words.tier(scoring.tier)}
        </Caption1>
      )}
      {scoring.unverified > 0 && <Caption1 className={styles.line}>{words.unverified(scoring.unverified)}</Caption1>}
      <table className={styles.table}>
        <caption className={styles.muted} style={{ captionSide: "bottom", textAlign: "left", paddingTop: 4 }}>
          {words.standardRows}
        </caption>
        <colgroup>
          <col className={styles.nameColumn} />
          <col className={styles.figureColumn} />
          <col className={styles.figureColumn} />
          <col className={styles.verifiedColumn} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={styles.headName}>
              {words.criterion}
            </th>
            <th scope="col" className={styles.head}>
              {words.max}
            </th>
            <th scope="col" className={styles.head}>
              {words.own}
            </th>
            <th scope="col" className={styles.head}>
              {words.verified}
            </th>
          </tr>
        </thead>
        <tbody>
          {scoring.standards.map((standard) => (
            <Fragment key={`${standard.tt}-${standard.name}`}>
              <tr className={styles.standard} data-standard={standard.name}>
                <th scope="row" className={styles.name}>
                  {standard.tt === "" ? standard.name : `${standard.tt}. ${standard.name}`}
                </th>
                <td className={styles.figure}>{n.format(standard.max)}</td>
                <td className={styles.figure}>{standard.own === null ? "" : n.format(standard.own)}</td>
                <td className={styles.figure}>{n.format(standard.earned)}</td>
              </tr>
              {standard.below.length > 0 && (
                <tr data-below={standard.name}>
                  <td colSpan={4} className={styles.belowRow}>
                    {standard.below.map((floor) => words.below(standard.earned / standard.max, floor.floor, floor.tier, floor.needed)).join(" · ")}
                  </td>
                </tr>
              )}
              {standard.criteria.map((criterion) => (
                <tr key={`${criterion.tt}-${criterion.cell}`} data-criterion={criterion.name}>
                  <td className={styles.name} style={{ paddingLeft: 8 + 10 * criterion.depth }}>
                    {criterion.tt === "" ? criterion.name : `${criterion.tt}. ${criterion.name}`}
                  </td>
                  <td className={styles.figure}>{n.format(criterion.max)}</td>
                  <td className={styles.figure}>{criterion.own === null ? "" : n.format(criterion.own)}</td>
                  <td className={criterion.verified === null ? `${styles.figure} ${styles.muted}` : styles.figure}>
                    {criterion.verified === null ? words.notVerified : n.format(criterion.verified)}
                  </td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
