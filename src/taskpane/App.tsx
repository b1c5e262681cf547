import { Button, makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useRef, useState } from "react";
import { excelAdapter } from "./state/excelAdapter";
import { BusyLine } from "./components/BusyLine";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { FooterSlot } from "./components/InFooter";
import { NoticeBar } from "./components/NoticeBar";
import type { Lang } from "./shell/lang";
import { lazyPart } from "./shell/lazyPart";
import { isOwnSheet } from "./state/actions/ownSheets";
import { rankableSheets } from "./state/chooseSheets";
import type { ExcelPort } from "./state/excelPort";
import { useCheck } from "./state/useCheck";
import { useConfig } from "./state/useConfig";
import { useImport } from "./state/useImport";
import { usePane } from "./state/usePane";
import { useRank } from "./state/useRank";
import { useSamples } from "./state/useSamples";
import { useTemplates } from "./state/useTemplates";
import { CheckView } from "./views/CheckView";

// The check view, the one staff open the pane for, comes with the pane; each other view is loaded when
// its tab is first opened, so the pane is ready sooner on a slow connection.
const RankView = lazyPart(() => import(/* webpackChunkName: "rank-view" */ "./views/RankView").then((m) => m.RankView));
const TemplateView = lazyPart(() => import(/* webpackChunkName: "templates-view" */ "./views/TemplateView").then((m) => m.default));
const ConfigView = lazyPart(() => import(/* webpackChunkName: "config-view" */ "./views/ConfigView").then((m) => m.ConfigView));
const ImportView = lazyPart(() => import(/* webpackChunkName: "import-view" */ "./views/ImportView").then((m) => m.ImportView));
const SamplesView = lazyPart(() => import(/* webpackChunkName: "samples-view" */ "./views/SamplesView").then((m) => m.SamplesView));

const useStyles = makeStyles({
  // The pane's whole height: the header and tabs on top, the view scrolling between, the footer below.
  main: { height: "100vh", display: "flex", flexDirection: "column", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px", padding: "6px 12px 0" },
  more: { display: "flex", flexWrap: "wrap", gap: "6px", marginBottom: "12px" },
  tabs: { flexWrap: "wrap", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px" },
  scroll: { flex: "1 1 auto", minHeight: 0, overflowY: "auto", padding: "12px 12px 16px", display: "flex", flexDirection: "column", gap: "12px" },
  footer: {
    flex: "none",
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "8px 12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

type View = "check" | "rank" | "templates" | "config" | "import" | "samples";
type Tab = "check" | "rank" | "templates" | "more";
// The frequent jobs have a tab each; the rest are chosen under "Khác": four tabs fit one row at 350 px.
const TABS: Tab[] = ["check", "rank", "templates", "more"];
const MORE: View[] = ["import", "config", "samples"];

/** The task pane: a tab for each of the staff member's jobs, one operation at a time. */
export function App({ lang, excel = excelAdapter }: { lang: Lang; excel?: ExcelPort }) {
  const styles = useStyles();
  const t = usePane(excel, lang);
  const checking = useCheck(t, excel, lang);
  const ranking = useRank(t, excel, lang);
  const configuring = useConfig(t, excel, lang);
  const importing = useImport(t, excel, lang);
  const samples = useSamples(t, excel, lang);
  const { strings } = t;
  const [view, setView] = useState<View>("check");
  const [more, setMore] = useState<View>("import");
  const tab: Tab = MORE.includes(view) ? "more" : (view as Tab);
  const busy = t.busy !== null;
  const sheets = t.scan?.sheets ?? [];
  const reportSheets = sheets.filter((s) => s.layout === "report").map((s) => s.name);
  const templates = useTemplates(excel, lang, t, t.period, { source: t.targetSheet, reports: reportSheets, shown: view === "templates" });
  // Opened in a plain browser (or Office.js could not load): say so instead of failing on every click.
  const outsideExcel = excel === excelAdapter && typeof Excel === "undefined";
  // A ranking is titled by the period it was ranked for, read from the configuration sheet when it ran.
  const rankedPeriod = ranking.ranking?.period ?? t.period;
  const periodLabel = rankedPeriod === "half" ? strings.period.half : strings.period.year;
  // The Cấu hình view shows what the configuration sheet says now, edits made by hand since included.
  const { rereadSettings } = t;
  const opened = t.scan !== null;
  useEffect(() => {
    if (view === "config" && opened) void rereadSettings();
  }, [view, opened, rereadSettings]);
  const [footer, setFooter] = useState<HTMLElement | null>(null);
  // A new message (the outcome of what was just pressed) is brought into view.
  const noticeRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (t.notice) noticeRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [t.notice]);
  return (
    <FooterSlot.Provider value={footer}>
    <main className={styles.main} aria-busy={busy} data-ready={t.scan !== null && !busy}>
      <div className={styles.header}>
        <Title3 as="h1">{strings.appName}</Title3>
        {/* Sheets added or renamed by hand since the pane opened are found again. */}
        <Button appearance="subtle" size="small" disabledFocusable={busy} onClick={() => void t.refreshSheets()}>
          {strings.sheets.refresh}
        </Button>
      </div>
      {outsideExcel && <NoticeBar notice={{ intent: "warning", text: strings.noOffice }} strings={strings} />}
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setView(data.value === "more" ? more : (data.value as View))}
        aria-label={strings.tabsLabel}
        size="small"
      >
        {TABS.map((v) => (
          <Tab key={v} value={v} id={`tab-${v}`}>
            {strings.tabs[v]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroll}>
      {/* Outside Excel every operation fails for the one reason the warning above gives: no second, wrong advice. */}
      <div ref={noticeRef}>{t.notice && !outsideExcel && <NoticeBar notice={t.notice} strings={strings} onDismiss={t.dismissNotice} />}</div>
      <div role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === "more" && (
          <div role="group" aria-label={strings.moreLabel} className={styles.more}>
            {MORE.map((v) => (
              <Button
                key={v}
                size="small"
                appearance={v === view ? "outline" : "subtle"}
                aria-pressed={v === view}
                onClick={() => {
                  setMore(v);
                  setView(v);
                }}
              >
                {strings.tabs[v]}
              </Button>
            ))}
          </div>
        )}
        {/* One boundary per tab: a view that failed does not hide the others. */}
        <ErrorBoundary key={view} strings={strings}>
          <Suspense fallback={<BusyLine label={strings.busy} progress={null} />}>
            {view === "check" && (
              <CheckView
                strings={strings}
                sheets={sheets}
                targetSheet={checking.checkTarget}
                reportSheet={checking.reportSheet}
                onTargetSheet={t.setTargetSheet}
                onReportSheet={checking.setReportSheet}
                villages={checking.villages}
                village={checking.village}
                onVillage={checking.setVillage}
                busy={busy}
                checked={checking.result}
                lang={lang}
                canClear={checking.highlighted.length > 0 || checking.reportSheet !== null}
                describe={t.describe}
                onCheck={checking.check}
                onCheckAll={checking.checkAll}
                onShowVillage={checking.showVillage}
                onClear={checking.clearHighlights}
                onSelectFinding={t.selectFinding}
              />
            )}
            {view === "rank" && (
              <RankView
                strings={strings}
                lang={lang}
                sheets={rankableSheets(sheets, isOwnSheet)}
                allSheets={sheets.map((s) => s.name)}
                chosen={ranking.rankChoice}
                onToggle={ranking.toggleRankSheet}
                targetSheet={ranking.rankTarget}
                onTargetSheet={t.setTargetSheet}
                busy={busy}
                ranking={ranking.ranking}
                periodLabel={periodLabel}
                describe={t.describe}
                onRank={ranking.rank}
                onSelectFinding={t.selectFinding}
              />
            )}
            {view === "templates" && (
              <TemplateView
                lang={lang}
                sheets={sheets.filter((s) => s.layout === "targets" || s.layout === "consolidated").map((s) => s.name)}
                source={t.targetSheet}
                onSource={t.setTargetSheet}
                villagesText={templates.villagesText}
                onVillagesText={templates.setVillagesText}
                busy={busy}
                onWrite={() => void templates.write()}
                choice={templates.choice}
                chosen={templates.chosen}
                onToggle={templates.toggle}
                summary={templates.summary}
                onGoToFirst={() => void templates.goToFirst()}
                onAssign={() => void templates.assign()}
              />
            )}
            {view === "config" && (
              <ConfigView
                strings={strings}
                busy={busy}
                status={configuring.status}
                period={t.period}
                configured={t.configured}
                onPeriod={(chosen) => void t.choosePeriod(chosen)}
                onOpen={configuring.configure}
                describe={t.describe}
                onSelectFinding={t.selectFinding}
              />
            )}
            {view === "import" && (
              <ImportView strings={strings} busy={busy} supported={importing.canImport} onImport={importing.importWorkbooks} />
            )}
            {view === "samples" && (
              <SamplesView strings={strings} lang={lang} busy={busy} workbookEmpty={samples.workbookEmpty} onWrite={samples.write} />
            )}
          </Suspense>
        </ErrorBoundary>
      </div>
      </div>
      {/* The view's main buttons and the progress of what runs: always in sight, whatever the pane's height. */}
      <footer className={styles.footer}>
        {t.busy?.label ? (
          <BusyLine label={t.busy.label} progress={t.busy.progress} onCancel={t.busy.cancellable ? t.cancel : undefined} cancelLabel={strings.sheets.cancel} />
        ) : null}
        <div ref={setFooter} />
      </footer>
    </main>
    </FooterSlot.Provider>
  );
}
