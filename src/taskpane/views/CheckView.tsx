import { Body1, Button, makeStyles } from "@fluentui/react-components";
import { Suspense } from "react";
import type { Finding } from "../../core/model";
import type { Lang } from "../shell/lang";
import { lazyPart } from "../shell/lazyPart";
import type { CheckResult } from "../state/actions/checkSheet";
import { SheetSelect } from "../components/SheetSelect";
import type { SheetInfo } from "../state/sheetInfo";
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
  /** An operation is running: nothing can be started twice. */
  busy: boolean;
  checked: CheckResult | null;
  lang?: Lang;
  /** Whether there are highlights to clear (this session's, or the chosen report's from before). */
  canClear: boolean;
  describe: (finding: Finding) => string;
  onCheck: () => void;
  onClear: () => void;
  onSelectFinding: (finding: Finding) => void;
}

/** Kiểm tra báo cáo: pick the sheets, check, read the summary and the findings, clear highlights. */
export function CheckView(props: CheckViewProps) {
  const { strings, sheets, busy, checked } = props;
  const styles = useStyles();
  const names = sheets.map((s) => s.name);
  const marks = Object.fromEntries(sheets.flatMap((s) => (s.problem ? [[s.name, strings.sheets.mark[s.problem.kind]]] : [])));
  return (
    <div className={styles.view}>
      {/* Before the first scan there are no sheets at all: only a scanned workbook without reports says so. */}
      <Body1>{sheets.length > 0 && !sheets.some((s) => s.layout === "report") ? strings.sheets.none : strings.check.intro}</Body1>
      <SheetSelect
        label={strings.check.reportSheet}
        sheets={names}
        value={props.reportSheet}
        onChange={props.onReportSheet}
        disabled={busy}
        marks={marks}
      />
      <SheetSelect
        label={strings.check.targetSheet}
        sheets={names.filter((n) => n !== props.reportSheet)}
        value={props.targetSheet}
        onChange={props.onTargetSheet}
        emptyLabel={strings.check.noTargetSheet}
        disabled={busy}
        marks={marks}
      />
      <div className={styles.actions}>
        {/* While busy the buttons stay focusable (aria-disabled): the one just pressed keeps keyboard focus. */}
        <Button appearance="primary" disabled={!props.reportSheet} disabledFocusable={busy} onClick={props.onCheck}>
          {strings.check.run}
        </Button>
        <Button disabled={!props.canClear} disabledFocusable={busy} onClick={props.onClear}>
          {strings.check.clear}
        </Button>
      </div>
      {checked && (
        <Suspense fallback={null}>
          <CheckResults
            strings={strings}
            checked={checked}
            lang={props.lang ?? "vi"}
            busy={busy}
            describe={props.describe}
            onSelectFinding={props.onSelectFinding}
          />
        </Suspense>
      )}
    </div>
  );
}
