/**
 * Every view of the pane at 350 × 530 (a 1366 × 768 laptop under the ribbon), in Vietnamese and English,
 * through Microsoft's office.js and the host emulator: no serious or critical accessibility violation
 * (axe), and the view's main button inside the pane's viewport (docs/pane.md#layout). With
 * THIDUA_SHOTS_DIR set, a screenshot of each view is written there as <view>-<lang>.png; otherwise none.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Locator } from "playwright-core";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { sampleWorkbooks } from "../../src/core/samples";
import { seriousViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { buildHostEmulator, closePanes, openInHost, settled, type HostedPane } from "./support/hostEmulator";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const PANE = { width: 350, height: 530 };
const SHOTS = process.env.THIDUA_SHOTS_DIR;

const suite = browserAvailable() ? describe : describe.skip;

type Lang = "vi" | "en";
/** Each view, how it is reached (a tab, or a tab then a button of the "Khác" menu) in each language. */
const VIEWS: { view: string; tab: Record<Lang, string>; more?: Record<Lang, string> }[] = [
  { view: "check", tab: { vi: "Kiểm tra", en: "Check" } },
  { view: "rank", tab: { vi: "Xếp hạng", en: "Rank" } },
  { view: "templates", tab: { vi: "Mẫu báo cáo", en: "Templates" } },
  { view: "import", tab: { vi: "Khác", en: "More" }, more: { vi: "Nhập báo cáo thôn", en: "Import village reports" } },
  { view: "config", tab: { vi: "Khác", en: "More" }, more: { vi: "Cấu hình", en: "Settings" } },
  { view: "samples", tab: { vi: "Khác", en: "More" }, more: { vi: "Dữ liệu mẫu", en: "Sample data" } },
];

/** Whether the element is wholly inside the pane's viewport, as the clerk sees it without scrolling. */
async function inView(locator: Locator): Promise<boolean> {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: window.innerHeight, width: window.innerWidth };
  });
  return box.top >= 0 && box.bottom <= box.height && box.left >= 0 && box.right <= box.width && box.bottom > box.top;
}

suite("every view of a 350 × 530 pane, in both languages", () => {
  let browser: Browser;
  const workbook = "views-commune.xlsx";
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    await writeWorkbook(path.join(OUT, workbook), sampleWorkbooks().flatMap((w) => w.sheets));
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    for (const closed of await closePanes(opened)) expect(closed.unimplemented).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(["vi", "en"])("in %s: no serious accessibility violation, the footer's button in view, nothing wider than the pane", async (lang) => {
    const hosted = await openInHost(browser, DIST, OUT, { workbook: `/${workbook}`, api: "1.17", lang: lang === "vi" ? "vi-VN" : "en-US" });
    opened.push(hosted);
    const header = await hosted.page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().height ?? 0);
    await hosted.page.setViewportSize({ width: 1200, height: Math.round(PANE.height + header) });
    await settled(hosted);
    const { pane, errors } = hosted;
    const size = await pane.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    expect(size.width).toBeLessThanOrEqual(PANE.width);
    expect(Math.abs(size.height - PANE.height)).toBeLessThanOrEqual(2);
    const found: Record<string, string[]> = {};
    for (const { view, tab, more } of VIEWS) {
      await pane.locator(`role=tab[name="${tab[lang]}"]`).click();
      if (more) await pane.locator(`role=button[name="${more[lang]}"]`).click();
      await pane.locator('role=tabpanel >> [class*="fui-"]').first().waitFor();
      await settled(hosted);
      found[view] = await seriousViolations(pane);
      // Nothing runs off the pane's side: the clerk never scrolls sideways.
      expect({ view, overflow: await pane.evaluate(() => document.documentElement.scrollWidth - window.innerWidth) }).toEqual({ view, overflow: 0 });
      // Each view's primary button sits in the footer, in view whatever the view's length.
      const primary = pane.locator("footer button.fui-Button");
      if ((await primary.count()) > 0) expect({ view, inView: await inView(primary.last()) }).toEqual({ view, inView: true });
      if (SHOTS) await pane.locator("body").screenshot({ path: path.join(SHOTS, `${view}-${lang}.png`) });
    }
    expect(found).toEqual(Object.fromEntries(VIEWS.map(({ view }) => [view, []])));
    expect(errors).toEqual([]);
  }, 240_000);
});
