import { Body1, Button, Field, makeStyles, Select } from "@fluentui/react-components";
import { Suspense } from "react";
import type { Finding } from "../../core/model";
import type { Lang } from "../shell/lang";
import { lazyPart } from "../shell/lazyPart";
import { InFooter } from "../components/InFooter";
import { SheetSelect } from "../components/SheetSelect";
import type { SheetInfo } from "../state/sheetInfo";
import type { Checked } from "../state/useCheck";
import type { Strings } from "../strings";

/** The result's list and badges come after a check, with the check engine (see `loadChecking`). */
export const loadCheckResults = () => import(/* webpackChunkName: "check" */ "./CheckResults");
const CheckResults = lazyPart(() => loadCheckResults().then((m) => m.default));

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: "12px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

export interface CheckViewProps {
  strings: Strings;
  sheets: SheetInfo[];
  targetSheet: string | null;
  reportSheet: string | null;
  onTargetSheet: (sheet: string | null) => void;
  onReportSheet: (sheet: string | null) => void;
  /** The villages of the chosen consolidated sheet, and the one chosen (null: every village). */
  villages?: string[];
  village?: string | null;
  onVillage?: (village: string | null) => void;
  /** An operation is running: nothing can be started twice. */
  busy: boolean;
  checked: Checked | null;
  lang?: Lang;
  /** Whether there are highlights to clear (this session's, or the chosen report's from before). */
  canClear: boolean;
  describe: (finding: Finding) => string;
  onCheck: () => void;
  /** Checks every village report and consolidated sheet. */
  onCheckAll?: () => void;
  onClear: () => void;
  onSelectFinding: (finding: Finding) => void;
  onShowVillage?: (index: number) => void;
}

const FITS = new Set<SheetInfo["layout"]>(["report", "consolidated"]);

/** Kiểm tra: pick the report (and a consolidated sheet's village), check, read each village's outcome. */
export function CheckView(props: CheckViewProps) {
  const { strings, sheets, busy, checked } = props;
  const styles = useStyles();
  const marks = Object.fromEntries(sheets.flatMap((s) => (s.problem ? [[s.name, strings.sheets.mark[s.problem.kind]]] : [])));
  // Village reports first; the commune's sheets and the pane's own under "Trang khác".
  const reports = sheets.filter((s) => FITS.has(s.layout)).map((s) => s.name);
  const others = sheets.filter((s) => !FITS.has(s.layout)).map((s) => s.name);
  const targets = [...sheets.filter((s) => s.layout === "targets" || s.layout === "consolidated"), ...sheets.filter((s) => s.layout !== "targets" && s.layout !== "consolidated")]
    .map((s) => s.name)
    .filter((n) => n !== props.reportSheet);
  const villages = props.villages ?? [];
  return (
    <div className={styles.view}>
      {/* Before the first scan there are no sheets at all: only a scanned workbook without reports says so. */}
      <Body1>{sheets.length > 0 && reports.length === 0 ? strings.sheets.none : strings.check.intro}</Body1>
      <SheetSelect
        label={strings.check.reportSheet}
        sheets={reports}
        others={{ label: strings.check.otherSheets, sheets: others }}
        value={props.reportSheet}
        onChange={props.onReportSheet}
        disabled={busy}
        marks={marks}
      />
      {villages.length > 0 && (
        <Field label={strings.check.village}>
          <Select value={props.village ?? ""} disabled={busy} onChange={(_, data) => props.onVillage?.(data.value === "" ? null : data.value)}>
            <option value="">{strings.check.allVillages}</option>
            {villages.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <SheetSelect
        label={strings.check.targetSheet}
        sheets={targets}
        value={props.targetSheet}
        onChange={props.onTargetSheet}
        emptyLabel={strings.check.noTargetSheet}
        disabled={busy}
        marks={marks}
      />
      <InFooter>
        <div className={styles.actions}>
          {/* While busy the buttons stay focusable (aria-disabled): the one just pressed keeps keyboard focus. */}
          <Button appearance="primary" disabled={!props.reportSheet} disabledFocusable={busy} onClick={props.onCheck}>
            {strings.check.run}
          </Button>
          {props.onCheckAll && (
            <Button disabled={reports.length === 0} disabledFocusable={busy} onClick={props.onCheckAll}>
              {strings.check.runAll}
            </Button>
          )}
          <Button disabled={!props.canClear} disabledFocusable={busy} onClick={props.onClear}>
            {strings.check.clear}
          </Button>
        </div>
      </InFooter>
      {checked && checked.villages.length > 0 && (
        <Suspense fallback={null}>
          <CheckResults
            strings={strings}
            checked={checked}
            lang={props.lang ?? "vi"}
            busy={busy}
            describe={props.describe}
            onSelectFinding={props.onSelectFinding}
            onShowVillage={props.onShowVillage ?? (() => undefined)}
          />
        </Suspense>
      )}
    </div>
  );
}
