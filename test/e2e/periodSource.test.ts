/**
 * One source for the period (docs/pane.md#the-period-and-the-configuration-sheet), through Microsoft's
 * office.js and the host emulator in a 350 × 530 pane: the radio shown and the configuration sheet's
 * "Kỳ đánh giá" cell agree after a choice in the pane, after "Đọc lại cấu hình", after an edit of the cell
 * by hand and after the document is opened again.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Frame, Locator } from "playwright-core";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { configSheetModel } from "../../src/core/config/configSheetModel";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import { sampleWorkbooks } from "../../src/core/samples";
import { browserAvailable, launchChromium } from "./support/chromium";
import { buildHostEmulator, closePanes, openInHost, settled, type HostedPane } from "./support/hostEmulator";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const PANE = { width: 350, height: 530 };
const CONFIG = "Cấu hình xếp hạng";
const YEAR_WORD = "Tổng kết (cả năm)";
const HALF_WORD = "Sơ kết (6 tháng)";

const suite = browserAvailable() ? describe : describe.skip;

/** Whether the element is wholly inside the pane's viewport, as the clerk sees it without scrolling. */
async function inView(locator: Locator): Promise<boolean> {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: window.innerHeight, width: window.innerWidth };
  });
  return box.top >= 0 && box.bottom <= box.height && box.left >= 0 && box.right <= box.width && box.bottom > box.top;
}

suite("the period in a 350 × 530 pane has one source, the configuration sheet", () => {
  let browser: Browser;
  const workbook = "period-commune.xlsx";
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const sheets = [...sampleWorkbooks().flatMap((w) => w.sheets), configSheetModel({ ...defaultConfig(2024), period: "year" })];
    await writeWorkbook(path.join(OUT, workbook), sheets);
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    for (const closed of await closePanes(opened)) expect(closed.unimplemented).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(): Promise<HostedPane> {
    const hosted = await openInHost(browser, DIST, OUT, { workbook: `/${workbook}`, api: "1.17" });
    opened.push(hosted);
    const header = await hosted.page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().height ?? 0);
    await hosted.page.setViewportSize({ width: 1200, height: Math.round(PANE.height + header) });
    const size = await hosted.pane.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    expect(size.width).toBeLessThanOrEqual(PANE.width);
    expect(Math.abs(size.height - PANE.height)).toBeLessThanOrEqual(2);
    await settled(hosted);
    return hosted;
  }

  async function showConfig(hosted: HostedPane): Promise<void> {
    await hosted.pane.locator('role=tab[name="Khác"]').click();
    await hosted.pane.locator('role=button[name="Cấu hình"]').click();
    await hosted.pane.locator('role=radiogroup').waitFor();
    await settled(hosted);
  }

  /** The radio checked in the pane, and in view, as its label reads. */
  async function shownPeriod(pane: Frame): Promise<string> {
    const checked = pane.locator("role=radio[checked]");
    expect(await checked.count()).toBe(1);
    expect(await inView(checked)).toBe(true);
    return (await checked.getAttribute("value")) === "half" ? HALF_WORD : YEAR_WORD;
  }

  async function sheetPeriod(hosted: HostedPane): Promise<unknown> {
    return (await hosted.host<{ value: unknown }>("cell", CONFIG, "B6")).value;
  }

  it("shows the sheet's period, writes the pane's choice into B6, and keeps it after reading again, a hand edit and a reopen", async () => {
    const hosted = await open();
    const { pane, errors } = hosted;
    await showConfig(hosted);
    expect(await sheetPeriod(hosted)).toBe(YEAR_WORD);
    expect(await shownPeriod(pane)).toBe(YEAR_WORD);
    expect(await pane.locator("text=Kỳ đánh giá lấy từ ô B6").count()).toBe(1);

    // The clerk chooses the mid-year review in the pane: the sheet's cell says it too.
    await pane.locator('role=radio[name="Sơ kết 6 tháng"]').click();
    await settled(hosted);
    expect(await sheetPeriod(hosted)).toBe(HALF_WORD);
    expect(await shownPeriod(pane)).toBe(HALF_WORD);
    expect(await pane.locator(".fui-MessageBar").first().textContent()).toContain(`Đã ghi “Sơ kết 6 tháng” vào ô B6 của trang “${CONFIG}”`);

    // Reading the configuration again never flips the pane back.
    await pane.locator('role=button[name="Đọc lại cấu hình"]').click();
    await settled(hosted);
    await showConfig(hosted);
    expect(await sheetPeriod(hosted)).toBe(HALF_WORD);
    expect(await shownPeriod(pane)).toBe(HALF_WORD);

    // The clerk sets the cell back by hand: the pane shows it when the view is shown again.
    await hosted.host("setCell", CONFIG, "B6", YEAR_WORD);
    await pane.locator('role=tab[name="Kiểm tra"]').click();
    await showConfig(hosted);
    expect(await shownPeriod(pane)).toBe(YEAR_WORD);

    // Chosen once more, then the document is closed and opened again: the pane opens on the sheet's period.
    await pane.locator('role=radio[name="Sơ kết 6 tháng"]').click();
    await settled(hosted);
    expect(await sheetPeriod(hosted)).toBe(HALF_WORD);
    await pane.evaluate(() => ((window as unknown as { beforeReopen: boolean }).beforeReopen = true));
    await hosted.host("reopen", "keep");
    await pane.waitForFunction(() => !(window as unknown as { beforeReopen?: boolean }).beforeReopen && document.querySelector('main[data-ready="true"]') !== null, undefined, {
      timeout: 60_000,
    });
    await settled(hosted);
    await showConfig(hosted);
    expect(await sheetPeriod(hosted)).toBe(HALF_WORD);
    expect(await shownPeriod(pane)).toBe(HALF_WORD);
    expect(errors).toEqual([]);
  }, 240_000);
});
