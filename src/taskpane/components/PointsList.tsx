import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { VillageScore } from "../../core/scoring/scoreVillage";
import { formatNumber } from "../format/formatNumber";
import type { Lang } from "../shell/lang";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  title: { display: "block", marginTop: "12px", fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: "4px 0 0", padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  item: { display: "flex", gap: "8px", justifyContent: "space-between" },
  name: { flexGrow: 1, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  figure: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
});

export interface PointsListProps {
  score: VillageScore;
  strings: Strings;
  lang: Lang;
}

/** A village's points per indicator (docs/scoring.md#points-method): the points that count out of the maximum, and its own. */
export function PointsList({ score, strings, lang }: PointsListProps) {
  const styles = useStyles();
  const number = (value: number) => formatNumber(value, lang, 2);
  return (
    <section aria-label={strings.check.pointsTitle(number(score.score), score.selfPoints == null ? null : number(score.selfPoints))}>
      <Text className={styles.title}>{strings.check.pointsTitle(number(score.score), score.selfPoints == null ? null : number(score.selfPoints))}</Text>
      <ul className={styles.list}>
        {score.lines.map((line) =>
          line.points ? (
            <li key={line.indicatorId} className={styles.item} data-indicator={line.name}>
              <Caption1 className={styles.name} title={line.name}>
                {line.name}
              </Caption1>
              <Caption1 className={styles.figure}>
                {strings.check.pointsLine(number(line.points.earned), number(line.points.max), line.points.self === null ? null : number(line.points.self))}
              </Caption1>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
