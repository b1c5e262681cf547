import { Body1, Button, Field, makeStyles, Textarea } from "@fluentui/react-components";
import { SheetSelect } from "../components/SheetSelect";
import type { Lang } from "../shell/lang";
import { templateStrings } from "../strings/templateStrings";
import { InFooter } from "../components/InFooter";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
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
}

/** Tạo mẫu báo cáo: one report template sheet per village, written into the open workbook (docs/outputs.md#report-templates). */
export default function TemplateView({ lang, sheets, source, onSource, villagesText, onVillagesText, busy, onWrite }: TemplateViewProps) {
  const styles = useStyles();
  const words = templateStrings(lang);
  return (
    <div className={styles.view}>
      <Body1>{words.intro}</Body1>
      <SheetSelect label={words.sourceLabel} sheets={sheets} value={source} onChange={onSource} disabled={busy} />
      <Field label={words.villagesLabel} hint={words.villagesHint}>
        <Textarea value={villagesText} onChange={(_, data) => onVillagesText(data.value)} disabled={busy} resize="vertical" rows={5} />
      </Field>
      <InFooter>
        <Button appearance="primary" disabledFocusable={busy} onClick={onWrite}>
          {words.run}
        </Button>
      </InFooter>
    </div>
  );
}
