/**
 * The sample programme "Thôn, tổ dân phố văn hóa" through Microsoft's office.js and the host emulator, in a
 * 350 × 530 pane (docs/pane.md#scoring-forms): the clerk writes the sample, checks a unit's form, ranks the
 * six units and gets the ranking sheet with their tiers. Asserted where the clerk sees it; screenshots go
 * to test-artifacts/e2e/forms/.
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Frame, Locator } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { browserAvailable, launchChromium } from "./support/chromium";
import { buildHostEmulator, closePanes, openInHost, settled, type HostedPane, type HostQuery } from "./support/hostEmulator";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const SHOTS = path.join(OUT, "forms");
const PANE = { width: 350, height: 530 };
const TIER = "Thôn, tổ dân phố văn hóa";
const UNITS = ["Đồng Tâm", "Tân Tiến", "Hợp Nhất", "Bắc Sơn", "Nam Sơn", "Khe Mạ"];

const suite = browserAvailable() ? describe : describe.skip;

/** Whether the element is wholly inside the pane's viewport, once scrolled to as the clerk would. */
async function inViewScrolled(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: window.innerHeight, width: window.innerWidth };
  });
  return box.top >= 0 && box.bottom <= box.height && box.left >= 0 && box.right <= box.width && box.bottom > box.top;
}

/** Nothing of the pane reaches beyond its width: no sideways scrolling at 350 px. */
async function fitsWidth(pane: Frame): Promise<boolean> {
  return pane.evaluate(() => {
    const wide = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
    return wide.length === 0 && document.documentElement.scrollWidth <= window.innerWidth;
  });
}

suite("a programme scored on forms, in a 350 × 530 pane", () => {
  let browser: Browser;
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    for (const closed of await closePanes(opened)) expect(closed.unimplemented).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(query: HostQuery): Promise<HostedPane> {
    const hosted = await openInHost(browser, DIST, OUT, query);
    opened.push(hosted);
    const header = await hosted.page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().height ?? 0);
    await hosted.page.setViewportSize({ width: 1200, height: Math.round(PANE.height + header) });
    const size = await hosted.pane.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    expect(size.width).toBeLessThanOrEqual(PANE.width);
    await settled(hosted);
    return hosted;
  }

  const shot = (hosted: HostedPane, name: string) => hosted.pane.locator("body").screenshot({ path: path.join(SHOTS, `${name}.png`) });

  /** Khác › Dữ liệu mẫu, the programme chosen by its label, written into the empty workbook. */
  async function writeSample(hosted: HostedPane, programme: RegExp, more: string, samples: string, done: string): Promise<void> {
    const { pane } = hosted;
    await pane.locator(`role=tab[name="${more}"]`).click();
    await pane.locator(`role=button[name="${samples}"s]`).click();
    await pane.getByRole("radio", { name: programme }).check();
    await pane.locator("footer button").first().click();
    await pane.getByText(done).first().waitFor();
    await settled(hosted);
  }

  it("writes the sample, checks a unit's form by standard with its floor, ranks the six units with their tiers and writes the ranking sheet", async () => {
    const hosted = await open({ api: "1.17" });
    const { pane, host, errors } = hosted;
    await writeSample(hosted, /^Thôn, tổ dân phố văn hóa/, "Khác", "Dữ liệu mẫu", "Đã tạo các trang");
    expect(await host<string[]>("sheetNames")).toEqual(expect.arrayContaining(["Bảng chấm điểm", ...UNITS, "Cấu hình xếp hạng"]));

    // Kiểm tra: Hợp Nhất's form against the commune's table, the configuration sheet giving the floor.
    await pane.locator('role=tab[name="Kiểm tra"]').click();
    await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption("Hợp Nhất");
    await pane.locator('role=button[name="Kiểm tra"]').click();
    const form = pane.locator('role=region[name="Bảng chấm điểm của Hợp Nhất"]');
    await form.waitFor();
    await settled(hosted);
    expect(await form.getByText("Tổng điểm 89 / 100 (tự chấm 91)").isVisible()).toBe(true);
    expect(await form.getByText("Chưa đạt xếp loại nào").isVisible()).toBe(true);
    expect(await form.locator("role=columnheader").allTextContents()).toEqual(["Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định"]);
    // Standard IV: 7 of 15 verified (the unit gave itself 9), below half its maximum.
    const standardIV = form.locator("tr[data-standard^='Chấp hành tốt']");
    expect(await standardIV.locator("td").allTextContents()).toEqual(["15", "9", "7"]);
    const below = form.locator("tr[data-below^='Chấp hành tốt']");
    expect(await below.textContent()).toBe(`Đạt 46,67%, dưới mức 50% của “${TIER}”: còn thiếu 0,5 điểm`);
    expect(await inViewScrolled(below)).toBe(true);
    const security = form.locator("tr[data-criterion^='Không có tụ điểm tệ nạn xã hội']");
    expect(await security.locator("td").allTextContents()).toEqual(["10. Không có tụ điểm tệ nạn xã hội; an ninh, trật tự được giữ vững", "8", "5", "3"]);
    // Readable at 350 px: nothing reaches past the pane's width, each criterion's figures sit inside it.
    expect(await fitsWidth(pane)).toBe(true);
    expect(await inViewScrolled(security.locator("td").last())).toBe(true);
    await shot(hosted, "vi-01-check-form");
    expect(await seriousViolations(pane)).toEqual([]);
    // The unit's own points that differ from the verified ones are listed, and its sheet is shown.
    expect(await host("activeSheet")).toBe("Hợp Nhất");

    // Xếp hạng: the six units, each with its tier; Hợp Nhất kept from it by standard IV.
    await pane.locator('role=tab[name="Xếp hạng"]').click();
    const rank = pane.locator('role=button[name="Xếp hạng"]');
    await rank.waitFor();
    expect(await pane.locator("role=checkbox[checked=true]").count()).toBe(6);
    await rank.click();
    const bars = pane.locator('role=list[name="Điểm thi đua của các thôn"]');
    await bars.waitFor({ timeout: 60_000 });
    await settled(hosted);
    expect(await bars.locator("li[data-village]").evaluateAll((items) => items.map((li) => li.getAttribute("data-village")))).toEqual([
      "Đồng Tâm", "Hợp Nhất", "Bắc Sơn", "Tân Tiến", "Khe Mạ", "Nam Sơn",
    ]);
    expect(await bars.locator('li[data-village="Đồng Tâm"]').textContent()).toContain(`Xếp loại ${TIER}`);
    expect(await bars.locator('li[data-village="Nam Sơn"]').textContent()).toContain("Không xếp loại");
    const kept = bars.locator('li[data-village="Hợp Nhất"] [data-kept-by]');
    expect(await kept.textContent()).toMatch(new RegExp(`^Không được xếp loại “${TIER}”: tiêu chuẩn “Chấp hành tốt.*” đạt 46,67%, dưới mức 50% \\(thiếu 0,5 điểm\\)$`));
    expect(await inViewScrolled(kept)).toBe(true);
    expect(await fitsWidth(pane)).toBe(true);
    await shot(hosted, "vi-02-ranked-forms");
    expect(await seriousViolations(pane)).toEqual([]);

    // The ranking sheet, written with a Xếp loại column.
    const names = await host<string[]>("sheetNames");
    const sheet = names.find((name) => /^xếp hạng thi đua/i.test(name))!;
    expect(sheet).toBeDefined();
    const cells = Object.values(await host<Record<string, { value: unknown }>>("cells", sheet)).map((cell) => String(cell.value));
    expect(cells).toEqual(expect.arrayContaining(["Xếp loại", TIER, "Không xếp loại", ...UNITS.filter((unit) => unit !== "Bắc Sơn" && unit !== "Nam Sơn")]));
    expect(cells.filter((value) => value === TIER)).toHaveLength(4);
    expect(cells.filter((value) => value === "Không xếp loại")).toHaveLength(2);
    expect(errors).toEqual([]);
  }, 240_000);

  it("shows the nông thôn mới criteria in English, with the criterion below Đạt chuẩn named", async () => {
    const hosted = await open({ api: "1.17", lang: "en" });
    const { pane, errors } = hosted;
    await writeSample(hosted, /^New countryside villages/, "More", "Sample data", "Sheets created");
    await pane.locator('role=tab[name="Check"]').click();
    await pane.locator("role=combobox").first().selectOption("Phiêng Luông");
    await pane.locator("footer button").first().click();
    const form = pane.locator('role=region[name="Scoring form of Phiêng Luông"]');
    await form.waitFor();
    await settled(hosted);
    expect(await form.getByText("Tier: Cơ bản đạt").isVisible()).toBe(true);
    const criterion3 = form.locator("tr[data-below='Tiêu chí 3: Thu nhập và hộ nghèo']");
    expect(await criterion3.textContent()).toBe("80%, below the 85% “Đạt chuẩn” needs: 5 points short");
    expect(await inViewScrolled(criterion3)).toBe(true);
    expect(await fitsWidth(pane)).toBe(true);
    await shot(hosted, "en-01-check-criteria");
    expect(await seriousViolations(pane)).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
