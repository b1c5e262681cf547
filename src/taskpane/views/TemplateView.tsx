import { Body1, Button, Caption1, Checkbox, Field, Link, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { SheetSelect } from "../components/SheetSelect";
import type { Lang } from "../shell/lang";
import type { TemplateChoice } from "../state/actions/templateChoice";
import type { TemplatesSummary } from "../state/useTemplates";
import { templateStrings } from "../strings/templateStrings";
import { InFooter } from "../components/InFooter";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
  // 46 indicators at 350 × 530: the list scrolls on its own, the rest of the view stays in reach.
  list: { display: "flex", flexDirection: "column", maxHeight: "200px", overflowY: "auto", paddingLeft: "4px" },
  assign: { display: "flex", flexDirection: "column", gap: "4px", alignItems: "flex-start" },
  summary: { display: "block", marginBottom: "4px" },
  muted: { color: tokens.colorNeutralForeground3 },
  disclosure: { justifyContent: "flex-start", paddingLeft: "0", minWidth: "0", fontWeight: tokens.fontWeightRegular },
  panel: { display: "flex", flexDirection: "column", gap: "4px" },
});

export interface TemplateViewProps {
  lang: Lang;
  /** Sheets that can give the templates their indicators (target and consolidated sheets first). */
  sheets: string[];
  source: string | null;
  onSource: (sheet: string | null) => void;
  villagesText: string;
  onVillagesText: (text: string) => void;
  busy: boolean;
  onWrite: () => void;
  /** The source's indicators and which go into the templates; null while read (or with no source). */
  choice?: TemplateChoice | null;
  /** The clerk's ticks, by the source's row, over the choice's. */
  chosen?: ReadonlyMap<number, boolean>;
  onToggle?: (row: number, included: boolean) => void;
  /** After writing: the line counting the target cells the commune must fill. */
  summary?: TemplatesSummary | null;
  onGoToFirst?: () => void;
  /** Writes the "Giao chỉ tiêu" sheet (docs/outputs.md#giving-villages-their-targets). */
  onAssign?: () => void;
}

/**
 * Mẫu báo cáo: one report template sheet per village, written into the open workbook (docs/outputs.md#report-templates),
 * with the list of the indicators they hold to untick the commune's own (collapsed, its counts in its
 * header), the "Giao chỉ tiêu" button, and after writing the line "6 mẫu; 19 ô mục tiêu xã cần điền — đến ô đầu tiên".
 */
export default function TemplateView(props: TemplateViewProps) {
  const { lang, sheets, source, onSource, villagesText, onVillagesText, busy, onWrite, choice = null, chosen = new Map(), onToggle, summary = null, onGoToFirst, onAssign } = props;
  const styles = useStyles();
  const words = templateStrings(lang);
  // The list starts folded: at 350 × 530 its 46 lines would push the rest of the view out of reach.
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const ticked = (row: number, included: boolean) => chosen.get(row) ?? included;
  const indicators = choice?.selection.indicators ?? [];
  const included = indicators.filter((indicator) => ticked(indicator.row, indicator.included)).length;
  return (
    <div className={styles.view}>
      <Body1>{words.intro}</Body1>
      <SheetSelect label={words.sourceLabel} sheets={sheets} value={source} onChange={onSource} disabled={busy} />
      {source !== null && (
        <div>
          <Button
            appearance="transparent"
            size="small"
            className={styles.disclosure}
            icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen(!open)}
          >
            {choice === null ? words.listLoading : words.listTitle(included, indicators.length)}
          </Button>
          {open && choice !== null && (
            <div id={panelId} className={styles.panel}>
              <Caption1 className={styles.muted}>{words.listBasis(choice.selection.basis)}</Caption1>
              <div className={styles.list} role="group" aria-label={words.listTitle(included, indicators.length)}>
                {indicators.map((indicator) => (
                  <Checkbox
                    key={indicator.row}
                    size="medium"
                    label={indicator.tt && !/^[-+•]$/.test(indicator.tt) ? `${indicator.tt}. ${indicator.name}` : indicator.name}
                    checked={ticked(indicator.row, indicator.included)}
                    disabled={busy}
                    onChange={(_, data) => onToggle?.(indicator.row, data.checked === true)}
                  />
                ))}
              </div>
            </div>
          )}
        </div>
      )}
      <Field label={words.villagesLabel} hint={words.villagesHint}>
        <Textarea value={villagesText} onChange={(_, data) => onVillagesText(data.value)} disabled={busy} resize="vertical" rows={3} />
      </Field>
      {onAssign && (
        <div className={styles.assign}>
          <Caption1>{words.assignIntro}</Caption1>
          <Button appearance="secondary" size="small" disabledFocusable={busy} onClick={onAssign}>
            {words.assignRun}
          </Button>
        </div>
      )}
      <InFooter>
        {summary !== null && (
          <Body1 className={styles.summary} role="status">
            {words.communeCells(summary.templates, summary.communeCells)}
            {summary.communeCells > 0 && summary.first !== null && (
              <>
                {" — "}
                <Link as="button" onClick={onGoToFirst} disabled={busy}>
                  {words.goToFirst}
                </Link>
              </>
            )}
          </Body1>
        )}
        <Button appearance="primary" disabledFocusable={busy} onClick={onWrite}>
          {words.run}
        </Button>
      </InFooter>
    </div>
  );
}
