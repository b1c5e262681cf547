import { Body1, Button, Caption1, Checkbox, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { Finding, Ranking } from "../../core/model";
import { FindingList } from "../components/FindingList";
import { RankingBars } from "../components/RankingBars";
import { SheetSelect } from "../components/SheetSelect";
import type { Lang } from "../shell/lang";
import type { SheetInfo } from "../state/sheetInfo";
import type { Strings } from "../strings";
import { InFooter } from "../components/InFooter";
import { formWords } from "../strings/formStrings";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
  boxes: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: "2px", fontWeight: tokens.fontWeightSemibold },
});

export interface RankViewProps {
  strings: Strings;
  lang: Lang;
  /** Sheets that can be ranked (village reports, consolidated sheets, unrecognised sheets). */
  sheets: SheetInfo[];
  /** All sheet names, for the target sheet choice. */
  allSheets: string[];
  chosen: string[];
  onToggle: (sheet: string, chosen: boolean) => void;
  targetSheet: string | null;
  onTargetSheet: (sheet: string | null) => void;
  busy: boolean;
  ranking: Ranking | null;
  periodLabel: string;
  describe: (finding: Finding) => string;
  onRank: () => void;
  onSelectFinding: (finding: Finding) => void;
}

/** Xếp hạng thôn: choose the sheets, rank, and see the villages as score bars with their prizes. */
export function RankView(props: RankViewProps) {
  const { strings, busy, ranking } = props;
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <Body1>{strings.rank.intro}</Body1>
      {/* A fieldset, not a Field: Field gives its one control an id, and here there are many. */}
      <fieldset className={styles.boxes}>
        <legend className={styles.legend}>{strings.rank.sheetsLabel}</legend>
          {props.sheets.map((s) => (
            <Checkbox
              key={s.name}
              disabled={busy}
              checked={props.chosen.includes(s.name)}
              onChange={(_, data) => props.onToggle(s.name, data.checked === true)}
              label={sheetLabel(s, strings)}
            />
          ))}
      </fieldset>
      <SheetSelect
        label={strings.rank.targetSheet}
        sheets={props.allSheets.filter((n) => !props.chosen.includes(n))}
        value={props.targetSheet}
        onChange={props.onTargetSheet}
        emptyLabel={strings.check.noTargetSheet}
        disabled={busy}
      />
      <InFooter>
        <Button appearance="primary" disabled={props.chosen.length === 0} disabledFocusable={busy} onClick={props.onRank}>
          {strings.rank.run}
        </Button>
      </InFooter>
      {props.chosen.length === 0 && <Caption1>{strings.rank.pickSome}</Caption1>}
      {ranking && (
        <section aria-label={strings.rank.resultTitle(ranking.year, props.periodLabel)}>
          <Subtitle1 as="h2" block style={{ marginBottom: 8 }}>
            {strings.rank.resultTitle(ranking.year, props.periodLabel)}
          </Subtitle1>
          <RankingBars ranking={ranking} strings={strings} lang={props.lang} keptBy={keptFromTiers(ranking, props.lang)} />
          <Caption1 block style={{ marginTop: 8 }}>
            {strings.rank.condition}
          </Caption1>
          {ranking.findings.length > 0 && (
            <FindingList
              findings={ranking.findings}
              strings={strings}
              describe={props.describe}
              onSelect={props.onSelectFinding}
              disabled={busy}
            />
          )}
        </section>
      )}
    </div>
  );
}

// "Báo cáo — Bản Tát Mạ (báo cáo thôn)": a sheet named "Báo cáo" still says which village it is.
function sheetLabel(sheet: SheetInfo, strings: Strings): string {
  // A sheet the scan could not (wholly) read says so where it is chosen; the notice says what to do.
  if (sheet.problem) return `${sheet.name} (⚠ ${strings.sheets.mark[sheet.problem.kind]})`;
  if (sheet.layout === "consolidated") return `${sheet.name} (${strings.rank.consolidatedLayout})`;
  if (sheet.layout !== "report") return sheet.name;
  const name = sheet.name.toLowerCase();
  const village = sheet.village?.toLowerCase() ?? name;
  const named = village.includes(name) || name.includes(village) ? sheet.name : `${sheet.name} — ${sheet.village}`;
  return `${named} (${strings.rank.reportLayout})`;
}

/**
 * For each village a standard's floor kept from a tier (`points/below-floor`, docs/pane.md#scoring-forms), one line per
 * tier: which standard, its share and the points it lacks. Keyed by the village's sheet.
 */
export function keptFromTiers(ranking: Ranking, lang: Lang): Map<string, string[]> {
  const words = formWords(lang);
  const kept = new Map<string, string[]>();
  for (const f of ranking.findings) {
    if (f.code !== "points/below-floor" || f.details === undefined) continue;
    const { tier, group, share, floor, needed } = f.details;
    const line = words.keptBy(String(tier), String(group), Number(share), Number(floor), Number(needed));
    kept.set(f.sheet, [...(kept.get(f.sheet) ?? []), line]);
  }
  return kept;
}
