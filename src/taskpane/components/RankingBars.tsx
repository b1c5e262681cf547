import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { RankedVillage, Ranking } from "../../core/model";
import { formatNumber } from "../format/formatNumber";
import type { Lang } from "../shell/lang";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "10px" },
  head: { display: "flex", alignItems: "baseline", gap: "6px", flexWrap: "wrap" },
  rank: {
    minWidth: "28px",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  name: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  row: { display: "flex", alignItems: "center", gap: "8px" },
  track: {
    flexGrow: 1,
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: "hidden",
  },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
  barIneligible: { backgroundColor: tokens.colorNeutralForeground3 },
  score: { minWidth: "48px", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  note: { display: "block", color: tokens.colorNeutralForeground2 },
  warn: { display: "block", color: tokens.colorPaletteRedForeground1 },
});

export interface RankingBarsProps {
  ranking: Ranking;
  strings: Strings;
  lang: Lang;
  /** What kept a village from a tier (a standard below its floor), by the village's sheet: one line each. */
  keptBy?: ReadonlyMap<string, readonly string[]>;
}

/** The ranking as horizontal score bars, longest first, with the prize beside each village. */
export function RankingBars({ ranking, strings, lang, keptBy }: RankingBarsProps) {
  const styles = useStyles();
  if (ranking.villages.length === 0) return <Text>{strings.rank.none}</Text>;
  // Bars are drawn against the highest possible score, so a full bar means every indicator at the cap.
  // In points the best village fills the bar: there is no cap to measure against.
  const full = Math.max(ranking.method === "points" ? 0 : 100 * ranking.cap, ...ranking.villages.map((v) => v.score), 1);
  const missing = ranking.missing ?? [];
  return (
    <ol className={styles.list} aria-label={strings.rank.barsLabel}>
      {ranking.villages.map((v) => (
        <li key={`${v.sheet}/${v.village}`} data-village={v.village}>
          <div className={styles.head}>
            <span className={styles.rank}>{strings.rank.rankShort(v.rank)}</span>
            <span className={styles.name}>{v.village}</span>
            <PrizeBadge village={v} lang={lang} />
          </div>
          <div className={styles.row}>
            <div className={styles.track} aria-hidden="true">
              <div
                className={`${styles.bar} ${v.eligible ? "" : styles.barIneligible}`}
                style={{ width: `${Math.max(0, Math.min(100, (100 * v.score) / full))}%` }}
              />
            </div>
            <span className={styles.score}>{strings.rank.score(formatNumber(v.score, lang, 2))}</span>
          </div>
          <Caption1 className={styles.note}>
            {v.standards === undefined ? strings.rank.met(v.met, v.scored) : strings.rank.formMax(v.standards.reduce((sum, s) => sum + s.max, 0))}
            {v.tier !== undefined ? ` · ${strings.rank.tier(v.tier)}` : ""}
            {v.selfPoints != null ? ` · ${strings.rank.ownPoints(formatNumber(v.selfPoints, lang, 2), formatNumber(v.score, lang, 2))}` : ""}
            {v.tie ? ` · ${strings.rank.tie}` : ""}
          </Caption1>
          {keptBy?.get(v.sheet)?.map((line) => (
            <Caption1 key={line} className={styles.warn} data-kept-by="">
              {line}
            </Caption1>
          ))}
          {!v.eligible && (
            <Caption1 className={styles.warn}>
              {v.nothingScored ? strings.rank.nothingScored : strings.rank.ineligible(v.mandatoryMissed.join(", "))}
            </Caption1>
          )}
        </li>
      ))}
      {missing.length > 0 && (
        <li data-missing="true">
          <Caption1 className={styles.warn}>{strings.rank.notReported(missing.join(", "))}</Caption1>
        </li>
      )}
    </ol>
  );
}

function PrizeBadge({ village, lang }: { village: RankedVillage; lang: Lang }) {
  if (!village.prize) return null;
  const amount = village.amount === null ? "" : ` · ${formatNumber(village.amount, lang)} đ`;
  return (
    <Badge appearance="filled" color={village.tie ? "warning" : "success"} shape="rounded">
      {village.prize}
      {amount}
    </Badge>
  );
}
