/**
 * A clerk's day at a real pane size (350 × 530, a 1366 × 768 laptop under the ribbon), through Microsoft's
 * office.js and the host emulator (docs/pane.md#checking): what matters is asserted where the clerk sees it, inside
 * the pane's viewport, not only somewhere in the page. Screenshots of each view, in Vietnamese and
 * English, go to test-artifacts/e2e/clerk/.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Frame, Locator } from "playwright-core";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { sampleWorkbooks } from "../../src/core/samples";
import { seriousViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { buildHostEmulator, closePanes, openInHost, settled, type HostedPane, type HostQuery } from "./support/hostEmulator";
import { writeManyVillages } from "./support/sampleFiles";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const SHOTS = path.join(OUT, "clerk");
const PANE = { width: 350, height: 530 };

const suite = browserAvailable() ? describe : describe.skip;

/** Whether the element is wholly inside the pane's viewport, as the clerk sees it without scrolling. */
async function inView(pane: Frame, locator: Locator): Promise<boolean> {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: window.innerHeight, width: window.innerWidth };
  });
  void pane;
  return box.top >= 0 && box.bottom <= box.height && box.left >= 0 && box.right <= box.width && box.bottom > box.top;
}

/**
 * Whether an element that is on its way (a live status line while the pane lays out its footer) is in
 * view within a few seconds: its first frames may still be laid out, so it is looked at until it is.
 */
async function comesInView(pane: Frame, locator: Locator, timeoutMs = 5_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if ((await locator.count()) > 0 && (await inView(pane, locator).catch(() => false))) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

suite("a clerk's day in a 350 × 530 pane", () => {
  let browser: Browser;
  let commune: string;
  let many: string;
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Targets, the six villages' reports and the consolidated sheet "Tổng hợp", in one workbook.
    commune = "clerk-commune.xlsx";
    await writeWorkbook(path.join(OUT, commune), sampleWorkbooks().flatMap((w) => w.sheets));
    many = (await writeManyVillages(OUT, 60)).workbook;
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    for (const closed of await closePanes(opened)) expect(closed.unimplemented).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The pane in the host, sized as on a laptop: 350 px wide, 530 px high. */
  async function open(query: HostQuery): Promise<HostedPane> {
    const hosted = await openInHost(browser, DIST, OUT, query);
    opened.push(hosted);
    const header = await hosted.page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().height ?? 0);
    await hosted.page.setViewportSize({ width: 1200, height: Math.round(PANE.height + header) });
    const size = await hosted.pane.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    expect(size.width).toBeLessThanOrEqual(PANE.width);
    expect(Math.abs(size.height - PANE.height)).toBeLessThanOrEqual(2);
    await settled(hosted);
    return hosted;
  }

  const shot = (hosted: HostedPane, name: string) => hosted.pane.locator("body").screenshot({ path: path.join(SHOTS, `${name}.png`) });

  it("checks every village of a consolidated sheet, shows the outcome in view, and never calls part of a sheet in order", async () => {
    const hosted = await open({ workbook: `/${commune}`, api: "1.17" });
    const { pane, host, errors } = hosted;
    const consolidated = (await host<string[]>("sheetNames")).find((n) => /tổng hợp/i.test(n))!;
    await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(consolidated);
    const check = pane.locator('role=button[name="Kiểm tra"]');
    expect(await inView(pane, check)).toBe(true);
    await check.click();
    const villages = pane.locator('role=list[name=/Kết quả từng thôn/] >> role=button');
    await villages.first().waitFor();
    await settled(hosted);
    expect(await villages.count()).toBe(6);
    const lines = await villages.allTextContents();
    const namDin = lines.find((l) => l.startsWith("Nặm Đin"))!;
    expect(namDin).toMatch(/^Nặm Đin: [1-9]\d* chưa đạt/);
    expect(await pane.locator("body").textContent()).not.toMatch(/đạt yêu cầu/);
    // The outcome is in view, and so is the button; the sheet checked is shown with a finding's cell selected.
    const outcome = pane.locator(".fui-MessageBar").first();
    expect(await outcome.textContent()).toContain("Đã kiểm tra 6 thôn");
    expect(await inView(pane, outcome)).toBe(true);
    expect(await inView(pane, check)).toBe(true);
    expect(await host("activeSheet")).toBe(consolidated);
    expect(await host<{ sheet: string }>("selection")).toMatchObject({ sheet: consolidated });
    await shot(hosted, "vi-01-check-consolidated");
    // A click on Nặm Đin's line shows its findings; the badges count the list below them.
    await villages.filter({ hasText: /^Nặm Đin/ }).click();
    await pane.locator('role=heading[name="Kết quả kiểm tra: Nặm Đin"]').waitFor();
    const warnings = Number(await pane.locator('[data-count="warnings"] .fui-Badge').textContent());
    expect(await pane.locator('[data-severity="warning"] li').count()).toBe(warnings);
    expect(await seriousViolations(pane)).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  it("after checking one village's report, says its outcome in view with the report shown and its first finding selected", async () => {
    const hosted = await open({ workbook: `/${commune}`, api: "1.17" });
    const { pane, host, errors } = hosted;
    await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption("Nặm Đin");
    await pane.locator('role=button[name="Kiểm tra"]').click();
    await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
    await settled(hosted);
    const outcome = pane.locator(".fui-MessageBar").first();
    expect(await outcome.textContent()).toMatch(/^Nặm Đin: \d+ chỉ tiêu chưa đạt, \d+ lỗi\./);
    expect(await inView(pane, outcome)).toBe(true);
    expect(await host("activeSheet")).toBe("Nặm Đin");
    const first = (await pane.locator("[data-severity] button > span > span:first-child").first().textContent()) ?? "";
    expect(await host("selection")).toEqual({ sheet: "Nặm Đin", address: first });
    await shot(hosted, "vi-02-check-village");
    expect(errors).toEqual([]);
  }, 120_000);

  it("keeps the ranking's button and its progress in view with 60 villages", async () => {
    const hosted = await open({ workbook: `/${many}`, api: "1.17" });
    const { pane, errors } = hosted;
    await pane.locator('role=tab[name="Xếp hạng"]').click();
    const rank = pane.locator('role=button[name="Xếp hạng"]');
    await rank.waitFor();
    expect(await pane.locator("role=checkbox[checked=true]").count()).toBe(60);
    expect(await inView(pane, rank)).toBe(true);
    await shot(hosted, "vi-03-rank-60");
    await rank.click();
    // The progress line shows in the footer while the ranking runs.
    const progress = pane.locator('footer [role="status"]');
    await progress.waitFor({ timeout: 10_000 });
    expect(await comesInView(pane, progress)).toBe(true);
    await pane.locator('role=list[name="Điểm thi đua của các thôn"]').waitFor({ timeout: 120_000 });
    await settled(hosted);
    expect(await inView(pane, rank)).toBe(true);
    expect(await inView(pane, pane.locator(".fui-MessageBar").first())).toBe(true);
    await shot(hosted, "vi-04-ranked-60");
    expect(errors).toEqual([]);
  }, 240_000);

  it.each(["vi", "en"] as const)("shows every view at 350 × 530 (%s)", async (lang) => {
    const hosted = await open({ workbook: `/${commune}`, api: "1.17", lang });
    const { pane, errors } = hosted;
    const tabs = await pane.locator("role=tab").count();
    // At most four tabs, all in one row: the header and the tabs leave the view most of the pane.
    expect(tabs).toBeLessThanOrEqual(4);
    const bottom = await pane.locator('[role="tablist"]').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThan(PANE.height * 0.25);
    for (let index = 0; index < tabs; index += 1) {
      await pane.locator("role=tab").nth(index).click();
      // Each view but the first is loaded when its tab is first opened: its main button shows in the footer.
      await pane.locator("footer button").first().waitFor();
      await settled(hosted);
      expect(await inView(pane, pane.locator("footer button").first())).toBe(true);
      await shot(hosted, `${lang}-view-${index + 1}`);
      expect(await seriousViolations(pane)).toEqual([]);
    }
    // The jobs under the last tab, each in view with its button in the footer.
    const others = pane.locator("role=group >> role=button");
    for (let index = 0; index < (await others.count()); index += 1) {
      await others.nth(index).click();
      await pane.locator("footer button").first().waitFor();
      await settled(hosted);
      expect(await inView(pane, pane.locator("footer button").first())).toBe(true);
      await shot(hosted, `${lang}-view-4-${index + 1}`);
      expect(await seriousViolations(pane)).toEqual([]);
    }
    expect(errors).toEqual([]);
  }, 180_000);
});
