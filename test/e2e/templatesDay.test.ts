/**
 * The clerk's templates at a real pane size (350 × 530), through Microsoft's office.js and the host emulator
 * (docs/outputs.md#report-templates): the list of the templates' indicators to untick, the line counting
 * the targets the commune must fill with its way to the first, and the "Giao chỉ tiêu" sheet whose shares
 * become the villages' targets. What matters is asserted inside the pane's viewport. Screenshots go to
 * test-artifacts/e2e/templates/.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Frame, Locator } from "playwright-core";
import { writeWorkbook } from "../../src/cli/writeWorkbook/writeWorkbook";
import { configSheetModel } from "../../src/core/config/configSheet";
import { sampleConfig, sampleWorkbooks } from "../../src/core/samples";
import { seriousViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import {
  buildHostEmulator,
  closePanes,
  openInHost,
  settled,
  type HostedPane,
  type HostQuery,
} from "./support/hostEmulator";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const SHOTS = path.join(OUT, "templates");
const PANE = { width: 350, height: 530 };
const AREA = "Tổng diện tích gieo trồng cây hàng năm";
const CONFIG = "Cấu hình xếp hạng";

const suite = browserAvailable() ? describe : describe.skip;

/** Whether the element is wholly inside the pane's viewport, as the clerk sees it without scrolling. */
async function inView(locator: Locator): Promise<boolean> {
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      height: window.innerHeight,
      width: window.innerWidth,
    };
  });
  return (
    box.top >= 0 &&
    box.bottom <= box.height &&
    box.left >= 0 &&
    box.right <= box.width &&
    box.bottom > box.top
  );
}

suite("the clerk's templates in a 350 × 530 pane", () => {
  let browser: Browser;
  let commune: string;
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Targets, the six villages' reports, the consolidated sheet and the configuration, in one workbook.
    commune = "templates-commune.xlsx";
    await writeWorkbook(path.join(OUT, commune), [
      ...sampleWorkbooks().flatMap((w) => w.sheets),
      configSheetModel(sampleConfig()),
    ]);
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    for (const closed of await closePanes(opened))
      expect(closed.unimplemented).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(query: HostQuery): Promise<HostedPane> {
    const hosted = await openInHost(browser, DIST, OUT, query);
    opened.push(hosted);
    const header = await hosted.page.evaluate(
      () =>
        document.querySelector("header")?.getBoundingClientRect().height ?? 0,
    );
    await hosted.page.setViewportSize({
      width: 1200,
      height: Math.round(PANE.height + header),
    });
    const size = await hosted.pane.evaluate(() => ({
      width: window.innerWidth,
      height: window.innerHeight,
    }));
    expect(size.width).toBeLessThanOrEqual(PANE.width);
    expect(Math.abs(size.height - PANE.height)).toBeLessThanOrEqual(2);
    await settled(hosted);
    return hosted;
  }

  const shot = (hosted: HostedPane, name: string) =>
    hosted.pane
      .locator("body")
      .screenshot({ path: path.join(SHOTS, `${name}.png`) });

  async function openTemplates(pane: Frame, tab: string) {
    await pane.locator(`role=tab[name="${tab}"]`).click();
    await pane.locator("footer button").first().waitFor();
  }

  it("unticks a commune-only indicator, keeps the choice, and leads to the first target the commune must fill", async () => {
    const hosted = await open({ workbook: `/${commune}`, api: "1.17" });
    const { pane, host, errors } = hosted;
    await openTemplates(pane, "Mẫu báo cáo");
    // The list is collapsed, its counts in its header, in view.
    const header = pane.locator(
      "role=button[name=/^Chỉ tiêu đưa vào mẫu: \\d+\\/46$/]",
    );
    await header.waitFor();
    await settled(hosted);
    expect(await inView(header)).toBe(true);
    expect(await header.getAttribute("aria-expanded")).toBe("false");
    const included = Number(
      /: (\d+)\//.exec((await header.textContent()) ?? "")![1],
    );
    expect(included).toBeLessThan(46);
    expect(
      await inView(
        pane.locator('footer >> role=button[name="Tạo mẫu báo cáo"]'),
      ),
    ).toBe(true);
    await shot(hosted, "vi-01-list-collapsed");
    expect(await seriousViolations(pane)).toEqual([]);

    await header.click();
    const area = pane.locator(`role=checkbox[name="4. ${AREA}"]`);
    await area.waitFor();
    await area.scrollIntoViewIfNeeded();
    expect(await inView(area)).toBe(true);
    await area.click();
    expect(
      await pane
        .locator(`role=button[name="Chỉ tiêu đưa vào mẫu: ${included - 1}/46"]`)
        .count(),
    ).toBe(1);
    await shot(hosted, "vi-02-list-open");
    expect(await seriousViolations(pane)).toEqual([]);

    await pane
      .locator("role=textbox[name=/Các thôn/]")
      .fill("Nà Lầu\nKhuổi Khâm");
    await pane.locator('footer >> role=button[name="Tạo mẫu báo cáo"]').click();
    const line = pane.locator(
      "footer >> text=/^2 mẫu; \\d+ ô mục tiêu xã cần điền/",
    );
    await line.waitFor({ timeout: 60_000 });
    await settled(hosted);
    expect(await line.textContent()).toMatch(
      /^2 mẫu; [1-9]\d* ô mục tiêu xã cần điền — đến ô đầu tiên$/,
    );
    expect(await inView(line)).toBe(true);
    const first = pane.locator('footer >> role=button[name="đến ô đầu tiên"]');
    expect(await inView(first)).toBe(true);
    await shot(hosted, "vi-03-written");
    expect(await seriousViolations(pane)).toEqual([]);

    await host("showSheet", "Chỉ tiêu 2024");
    await first.click();
    await settled(hosted);
    expect(await host("activeSheet")).toBe("Mẫu Nà Lầu");
    const selection = await host<{ sheet: string; address: string }>(
      "selection",
    );
    expect(selection.sheet).toBe("Mẫu Nà Lầu");
    expect(selection.address).toMatch(/^D\d+$/);
    // Blue, not the village's yellow, and locked; the village's Thực hiện beside it is yellow and open.
    const target = await host<{ value: unknown; fill: string | null }>(
      "cell",
      "Mẫu Nà Lầu",
      selection.address,
    );
    expect(target.fill).toBe("#DDEBF7");
    const actual = await host<{ fill: string | null }>(
      "cell",
      "Mẫu Nà Lầu",
      `E${selection.address.slice(1)}`,
    );
    expect(actual.fill).toBe("#FFF2CC");
    const guards = await host<{ unlocked: string[] }>("guards", "Mẫu Nà Lầu");
    expect(guards.unlocked).not.toContain(selection.address);
    expect(guards.unlocked).toContain(`E${selection.address.slice(1)}`);
    // The template leaves the unticked indicator out; the configuration remembers it.
    const template = Object.values(
      await host<Record<string, { value: unknown }>>("cells", "Mẫu Nà Lầu"),
    ).map((c) => c.value);
    expect(template).not.toContain(AREA);
    const config = Object.values(
      await host<Record<string, { value: unknown }>>("cells", CONFIG),
    ).map((c) => c.value);
    expect(config).toContain(AREA);
    expect(errors).toEqual([]);
  }, 240_000);

  it("writes the Giao chỉ tiêu sheet, whose shares become each village's target", async () => {
    const hosted = await open({
      workbook: `/${commune}`,
      api: "1.17",
      lang: "en",
    });
    const { pane, host, errors } = hosted;
    await openTemplates(pane, "Templates");
    await pane
      .locator("role=textbox[name=/Villages/]")
      .fill("Nà Lầu\nKhuổi Khâm");
    const assign = pane.locator('role=button[name="Share out targets"]');
    await assign.scrollIntoViewIfNeeded();
    await assign.click();
    const notice = pane.locator(".fui-MessageBar").first();
    await pane
      .locator("text=/Sheet “Giao chỉ tiêu 2024” written for 2 villages/")
      .waitFor({ timeout: 60_000 });
    await settled(hosted);
    expect(await inView(notice)).toBe(true);
    expect(await host("activeSheet")).toBe("Giao chỉ tiêu 2024");
    const selection = await host<{ sheet: string; address: string }>(
      "selection",
    );
    expect(selection.address).toMatch(/^E\d+$/);
    await shot(hosted, "en-01-assign");
    expect(await seriousViolations(pane)).toEqual([]);

    // The clerk shares the first cumulative target out: 60 % to Nà Lầu, the rest to Khuổi Khâm.
    const row = selection.address.slice(1);
    const total = Number(
      (await host<{ value: unknown }>("cell", "Giao chỉ tiêu 2024", `D${row}`))
        .value,
    );
    const naLau = Math.round(total * 0.6);
    await host("setCell", "Giao chỉ tiêu 2024", `E${row}`, naLau);
    await host("setCell", "Giao chỉ tiêu 2024", `G${row}`, total - naLau);
    const name = (
      await host<{ value: unknown }>("cell", "Giao chỉ tiêu 2024", `B${row}`)
    ).value;

    // The sheet written is already among the sources (the pane read the workbook again after writing it).
    await pane
      .locator("role=combobox[name=/Take the indicators from/]")
      .selectOption("Giao chỉ tiêu 2024");
    await pane
      .locator('footer >> role=button[name="Write report templates"]')
      .click();
    await pane
      .locator("footer >> text=/^2 templates;/")
      .waitFor({ timeout: 60_000 });
    await settled(hosted);
    const cells = await host<Record<string, { value: unknown }>>(
      "cells",
      "Mẫu Khuổi Khâm",
    );
    const nameCell = Object.entries(cells).find(
      ([, c]) => c.value === name,
    )![0];
    expect(cells[`D${nameCell.slice(1)}`].value).toBe(total - naLau);
    expect(errors).toEqual([]);
  }, 240_000);
});
