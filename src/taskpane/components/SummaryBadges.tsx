import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { ReportSummary } from "../../core/model";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: "6px", listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    padding: "4px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Colour = NonNullable<BadgeProps["color"]>;
type Count = keyof ReportSummary & keyof Strings["summary"];

// Green for what is met, orange for shortfalls, red for errors: the state reads at a glance.
const COUNTS: { key: Count; colour: Colour }[] = [
  { key: "indicators", colour: "informative" },
  { key: "met", colour: "success" },
  { key: "exceeded", colour: "brand" },
  { key: "shortfall", colour: "severe" },
  { key: "errors", colour: "danger" },
  { key: "warnings", colour: "warning" },
];

/** The counts of a checked report as coloured badges, each with its word ("12 Đạt"). */
export function SummaryBadges({ summary, strings }: { summary: ReportSummary; strings: Strings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={strings.summary.label}>
      {COUNTS.map(({ key, colour }) => (
        <li key={key} className={styles.item} data-count={key}>
          <Badge appearance="filled" color={colour} shape="rounded">
            {summary[key]}
          </Badge>
          <span>{strings.summary[key]}</span>
        </li>
      ))}
    </ul>
  );
}
