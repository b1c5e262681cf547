import { readFileSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** A task pane opened in Chromium over a simulated Excel, with whatever the page logged as errors. */
export interface OpenPane {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Milliseconds from navigation start until the pane first showed its tabs. */
  renderedMs: number;
  /** Milliseconds from navigation start until the workbook's sheets were read and every button could be pressed. */
  interactiveMs: number;
}

/**
 * Opens dist/taskpane.html the way Excel would, except that Office.js is the simulator bundle, over the
 * workbook at `query.workbook` (none: an empty workbook), at ExcelApi `query.api`, in `query.lang`.
 *
 * @example const pane = await openPane(browser, site.url, harnessJs, { workbook: "/e2e/sample.xlsx" })
 */
export async function openPane(
  browser: Browser,
  siteUrl: string,
  harnessJs: string,
  query: { workbook?: string; api?: string; lang?: string; theme?: "dark"; userAgent?: string } = {},
): Promise<OpenPane> {
  // Excel's task pane is narrow: 350 px is its usual width on Windows.
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, userAgent: query.userAgent });
  await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: harnessJs }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const search = new URLSearchParams();
  if (query.workbook) search.set("workbook", query.workbook);
  if (query.api) search.set("api", query.api);
  if (query.lang) search.set("lang", query.lang);
  if (query.theme) search.set("theme", query.theme);
  await page.goto(`${siteUrl}/taskpane.html?${search}`);
  let interactiveMs = Number.NaN;
  let renderedMs = Number.NaN;
  if (!query.userAgent) {
    await page.locator("role=tab").first().waitFor();
    renderedMs = await page.evaluate(() => performance.now());
    // Ready: the workbook's sheets are read and no operation runs, so every button can be pressed.
    await page.locator('main[data-ready="true"]').waitFor();
    interactiveMs = await page.evaluate(() => performance.now());
  }
  return { context, page, errors, renderedMs, interactiveMs };
}

/** Axe's serious and critical violations on the page as it is now, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)).map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${v.help}`));
}

/**
 * Fluent's focus sentinels (tabster's `<i data-tabster-dummy aria-hidden tabindex=0>`) are focusable on
 * purpose: they pass focus on at once, and aria-hidden keeps screen readers from announcing them. A known
 * false positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#27517 "by design";
 * Accessibility Insights suppresses it too). Only that rule on only those elements is left out.
 */
function isTabsterSentinel(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[];
}

/** Saves a screenshot of the pane as a test artifact, once the operation under way has ended. */
export async function snap(page: Page, dir: string, name: string): Promise<void> {
  await page.locator('main[aria-busy="true"]').waitFor({ state: "detached", timeout: 10_000 });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
