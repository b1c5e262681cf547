import { Body1, Subtitle1 } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { FindingList } from "../components/FindingList";
import { PointsList } from "../components/PointsList";
import { SummaryBadges } from "../components/SummaryBadges";
import type { Lang } from "../shell/lang";
import type { CheckResult } from "../state/actions/checkSheet";
import type { Strings } from "../strings";

export interface CheckResultsProps {
  strings: Strings;
  checked: CheckResult;
  lang: Lang;
  busy: boolean;
  describe: (finding: Finding) => string;
  onSelectFinding: (finding: Finding) => void;
}

/** A check's result: the summary, the village's points when scored in points, and the findings. */
export default function CheckResults({ strings, checked, lang, busy, describe, onSelectFinding }: CheckResultsProps) {
  return (
    <section aria-label={strings.check.resultTitle(checked.village)}>
      <Subtitle1 as="h2" block style={{ marginBottom: 8 }}>
        {strings.check.resultTitle(checked.village)}
      </Subtitle1>
      <SummaryBadges summary={checked.summary} strings={strings} />
      {checked.points && <PointsList score={checked.points} strings={strings} lang={lang} />}
      {checked.findings.length === 0 ? (
        <Body1 block style={{ marginTop: 12 }}>
          {strings.check.noFindings}
        </Body1>
      ) : (
        <FindingList findings={checked.findings} strings={strings} describe={describe} onSelect={onSelectFinding} disabled={busy} />
      )}
    </section>
  );
}
