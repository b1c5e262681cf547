/**
 * The production task pane on Microsoft's own office.js (the pinned `@microsoft/office-js`, routed in place
 * of the CDN), framed by a host emulator that speaks Excel on the web's protocol over the same workbook model
 * as the unit-level simulator (docs/excel-adapter.md#the-host-emulator). One browser for the suite, a fresh context per pane.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { gzipSync } from "zlib";
import path from "path";
import type { Browser } from "playwright-core";
import { browserAvailable, launchChromium } from "./support/chromium";
import type { Frame } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { buildHostEmulator, closePanes, measureSince, openInHost, PANE_ORIGIN, openOutsideExcel, requestCount, settled, snapHosted, type HostQuery, type HostedPane, type Measured } from "./support/hostEmulator";
import { writeLongReport, writeManyVillages, writeSampleFiles } from "./support/sampleFiles";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const SHOTS = path.join(OUT, "screenshots");

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

const suite = browserAvailable() ? describe : describe.skip;

/** The levels every flow runs at: a current Excel on the web, and the lowest the README promises. */
const LEVELS = [
  ["a current Excel on the web (ExcelApi 1.17)", "1.17"],
  ["the lowest level the README promises (ExcelApi 1.1)", "1.1"],
] as const;

interface CellLook {
  value: unknown;
  fill: string | null;
  font: string | null;
}

/**
 * Cells as Excel shows them: Office.js reads a font colour never set ("automatic") as #000000, so a restore
 * through Office.js writes it back as #000000 — the same colour on screen, a different record in the file;
 * and a blank cell given back no fill and that font is, on screen, the blank cell it was.
 */
function asExcelShows(cells: Record<string, CellLook>): Record<string, CellLook> {
  return Object.fromEntries(
    Object.entries(cells)
      .map(([address, look]) => [address, { ...look, font: look.font ?? "#000000" }] as const)
      .filter(([, look]) => !((look.value === "" || look.value === null) && look.fill === null && look.font === "#000000")),
  );
}

/** A sheet's protection (as ExcelJS keeps it), validated cells and unlocked cells, as the host reports them. */
interface Guards {
  protection: Record<string, unknown> | null;
  validated: Record<string, { type: string; operator?: string; formulae?: unknown[]; prompt?: string; error?: string }>;
  unlocked: string[];
}

/** The cell addresses of the finding buttons of one severity group, as the pane shows them. */
async function findingCells(pane: Frame, severity: string): Promise<string[]> {
  return pane.locator(`[data-severity="${severity}"] button > span > span:first-child`).allTextContents();
}

/**
 * Round trips per operation on the wire, whatever the row count: CONTRIBUTING.md#quality-bars asks check ≤ 3 and rank ≤ 6, met
 * at a current level. Below ExcelApi 1.4 (no intersection that may be empty) each sheet's size is read
 * before its table: one more round trip for the check and for the ranking.
 */
// A check shows the report with its first finding's cell selected (docs/pane.md#checking) in the request that paints it.
const ROUND_TRIPS = { "1.17": { check: 3, rank: 6 }, "1.1": { check: 4, rank: 8 } } as const;

/** Every operation measured on the wire, printed together at the end of the suite. */
const measured: string[] = [];
function report(level: string, operation: string, m: Measured): void {
  // Excel on the web refuses a request over 5 MB (the emulator answers 5103, which `errors` would show too).
  expect(m.largestRequest).toBeLessThan(5_000_000);
  measured.push(`ExcelApi ${level.padEnd(5)} ${operation.padEnd(28)} ${String(m.roundTrips).padStart(2)} round trips, largest request ${(m.largestRequest / 1024).toFixed(1)} KB, all requests ${(m.totalBytes / 1024).toFixed(1)} KB`);
}

suite("the task pane on Microsoft's office.js, hosted by an emulated Excel on the web", () => {
  let browser: Browser;
  let samples: { workbook: string; villages: string[] };
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("Build the add-in first: npm run build.");
    samples = await writeSampleFiles(OUT);
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    // Whatever the emulator was asked and does not implement fails the test that asked it.
    for (const closed of await closePanes(opened)) expect(closed).toEqual({ unimplemented: [], offline: [] });
  });

  afterAll(async () => {
    if (measured.length) console.log(`Measured on the wire (Microsoft's office.js → host emulator):\n${measured.join("\n")}`);
    await browser?.close();
  });

  async function open(query: HostQuery = {}): Promise<HostedPane> {
    const pane = await openInHost(browser, DIST, OUT, query);
    opened.push(pane);
    return pane;
  }

  it("reports the production bundle's size: the first load under the 150 KB gzip bar", () => {
    // The first load: the scripts taskpane.html loads (Office.js aside, which comes from Microsoft) and the
    // pane's words in the language it speaks, downloaded before it is drawn (each language is a part of its own).
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
      .map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\?.*$/, ""))
      .filter((src) => !/^[a-z]+:/i.test(src));
    const words = readdirSync(DIST).find((f) => /^strings-vi\.[0-9a-f]+\.js$/.test(f));
    expect(words).toBeDefined();
    const files = [...scripts, words!];
    const raw = files.reduce((n, f) => n + readFileSync(path.join(DIST, f)).length, 0);
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
    console.log(`First load: ${files.join(" + ")} ${(raw / 1024).toFixed(1)} KB, gzip ${(gzip / 1024).toFixed(1)} KB (bar: 150 KB, CONTRIBUTING.md#quality-bars)`);
    expect(files).toEqual(expect.arrayContaining(["taskpane.js", "syntax-probe.js", "trident-fallback.js"]));
    // The bar itself (it was 248 KB before the rarely used views and libraries loaded on demand, 174 KB on
    // React 19, 145 KB before the pane checked every village and survived real Excel's refusals).
    expect(gzip).toBeLessThan(150 * 1024);
  });

  it("canary: reading a property that was not loaded raises PropertyNotLoaded in the real client", async () => {
    const { pane, errors, interactiveMs } = await open({ workbook: `/${samples.workbook}` });
    console.log(`Time to interactive with the real office.js: ${interactiveMs.toFixed(0)} ms`);
    const outcome = await pane.evaluate(async () => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      return excel.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1");
        let unloaded = "";
        try {
          void range.values;
        } catch (e) {
          unloaded = `${(e as { code?: string }).code}`;
        }
        range.load("values");
        await ctx.sync();
        return { unloaded, loaded: range.values.length };
      });
    });
    expect(outcome).toEqual({ unloaded: "PropertyNotLoaded", loaded: 1 });
    expect(errors).toEqual([]);
  }, 60_000);

  describe.each(LEVELS)("at %s", (_label, api) => {
    it("checks a report, selects a finding's cell, clears highlights, configures and ranks", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, errors, host } = hosted;
      const shot = (name: string) => snapHosted(hosted, SHOTS, `${api}-${name}`);
      await settled(hosted);
      const check = pane.locator('role=button[name="Kiểm tra"]');
      const reportSelect = pane.locator('role=combobox[name="Trang báo cáo"]');
      const target = await pane.locator('role=combobox[name="Trang chỉ tiêu"]').inputValue();
      expect([await reportSelect.inputValue(), target]).toEqual(["Nà Lầu", "Chỉ tiêu 2024"]);
      expect(await check.isEnabled()).toBe(true);
      expect(await seriousViolations(pane)).toEqual([]);

      // Staff switch to a village whose report has problems.
      const report_ = "Khuổi Khâm";
      await reportSelect.selectOption(report_);
      await settled(hosted);

      // Check: the summary and the findings appear, and the sheet is highlighted in Excel's own colours.
      const before = await host<Record<string, CellLook>>("cells", report_);
      let from = await requestCount(hosted);
      await check.click();
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      const checked = await measureSince(hosted, from);
      report(api, "check", checked);
      expect(checked.errors).toEqual([]);
      expect(checked.roundTrips).toBeLessThanOrEqual(ROUND_TRIPS[api].check);
      await host("showSheet", report_);
      await shot("01-checked");
      const summary = await pane.locator('role=list[name="Tóm tắt kết quả kiểm tra"] >> role=listitem').allTextContents();
      expect(summary.map((s) => s.replace(/^\d+/, ""))).toEqual(["Chỉ tiêu", "Đạt", "Vượt", "Chưa đạt", "Lỗi", "Cảnh báo"]);
      const shortfalls = await findingCells(pane, "shortfall");
      expect(shortfalls.length).toBeGreaterThan(0);
      for (const cell of shortfalls) expect(await host<CellLook>("cell", report_, cell)).toMatchObject({ fill: "#FFC7CE", font: "#9C0006" });
      for (const cell of await findingCells(pane, "error")) expect(await host<CellLook>("cell", report_, cell)).toMatchObject({ fill: "#FFEB9C", font: "#9C5700" });
      expect(await seriousViolations(pane)).toEqual([]);

      // A finding is a button that selects its cell in the sheet.
      await pane.locator('[data-severity="shortfall"] button').first().click();
      await settled(hosted);
      expect(await host("selection")).toEqual({ sheet: report_, address: shortfalls[0] });
      await shot("02-cell-selected");

      // "Xóa đánh dấu" restores every cell exactly as it was.
      from = await requestCount(hosted);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      await pane.locator("text=Đã xóa đánh dấu").waitFor();
      await settled(hosted);
      report(api, "clear highlights", await measureSince(hosted, from));
      expect(asExcelShows(await host("cells", report_))).toEqual(asExcelShows(before));
      await shot("03-cleared");

      // Configure: the configuration sheet is created with the defaults and opened; an error typed into it
      // is told on reading it again, and reading it once fixed says it is valid.
      await pane.locator('role=tab[name="Khác"]').click();
      await pane.locator('role=button[name="Cấu hình"s]').click();
      expect(await pane.locator('role=radio[name="Tổng kết năm"]').isChecked()).toBe(true);
      from = await requestCount(hosted);
      await pane.locator('role=button[name="Tạo hoặc mở trang cấu hình"]').click();
      await pane.locator("text=với giá trị mặc định").waitFor();
      await settled(hosted);
      report(api, "create configuration sheet", await measureSince(hosted, from));
      const configSheet = "Cấu hình xếp hạng";
      expect(await host<string[]>("sheetNames")).toContain(configSheet);
      expect(await host("activeSheet")).toBe(configSheet);
      await shot("04-configuration");
      expect(await seriousViolations(pane)).toEqual([]);
      const configCells = await host<Record<string, CellLook>>("cells", configSheet);
      const capLabel = Object.keys(configCells).find((a) => configCells[a].value === "Hệ số tối đa") as string;
      const capCell = `B${capLabel.replace(/^[A-Z]+/, "")}`;
      const cap = configCells[capCell].value as number;
      await host("setCell", configSheet, capCell, "không biết");
      await pane.locator('role=button[name="Đọc lại cấu hình"]').click();
      await pane.locator("text=/Cấu hình có 1 lỗi/").waitFor();
      await settled(hosted);
      await shot("05-configuration-error");
      await host("setCell", configSheet, capCell, cap);
      await pane.locator('role=button[name="Đọc lại cấu hình"]').click();
      await pane.locator("text=/Cấu hình hợp lệ/").waitFor();
      await settled(hosted);

      // Rank: the ranking sheet is written and opened; the pane shows the villages as bars with prizes.
      await pane.locator('role=tab[name="Xếp hạng"]').click();
      // The view is loaded when its tab is first opened.
      await pane.locator('role=button[name="Xếp hạng"]').waitFor();
      expect(await pane.locator("role=checkbox[checked=true]").count()).toBe(6);
      from = await requestCount(hosted);
      await pane.locator('role=button[name="Xếp hạng"]').click();
      await pane.locator('role=list[name="Điểm thi đua của các thôn"]').waitFor();
      await settled(hosted);
      const ranked = await measureSince(hosted, from);
      report(api, "rank (6 villages)", ranked);
      expect(ranked.errors).toEqual([]);
      expect(ranked.roundTrips).toBeLessThanOrEqual(ROUND_TRIPS[api].rank);
      await shot("06-ranked");
      const rankingSheet = "Xếp hạng thi đua 2024";
      expect(await host("activeSheet")).toBe(rankingSheet);
      const villages = await pane.locator('role=list[name="Điểm thi đua của các thôn"] >> li').evaluateAll((items) => items.map((li) => li.getAttribute("data-village")));
      expect(villages).toHaveLength(6);
      const sheetText = Object.values(await host<Record<string, CellLook>>("cells", rankingSheet)).map((c) => String(c.value));
      expect(sheetText).toContain("ỦY BAN NHÂN DÂN");
      for (const village of villages) expect(sheetText).toContain(village);
      expect(await pane.locator('role=list[name="Điểm thi đua của các thôn"] >> li').first().textContent()).toMatch(/Hạng 1.*Giải Nhất/);
      // The chart is drawn at every level (ExcelApi 1.1); print setup only where Excel has it (1.9).
      expect((await host<{ type: string }[]>("charts", rankingSheet)).map((c) => c.type)).toEqual(["BarClustered"]);
      // one page wide: asked as a scale where the model gives one, else as fit to pages (docs/excel-adapter.md#print-fit)
      const pageSetup = await host<{ fitToPage?: boolean; scale?: number; orientation?: string }>("pageSetup", rankingSheet);
      // (a sheet never set up keeps the workbook's default of 100 %)
      expect(!!pageSetup.fitToPage || (pageSetup.scale !== undefined && pageSetup.scale !== 100)).toBe(api !== "1.1");
      expect(await seriousViolations(pane)).toEqual([]);

      // Each view is loaded when its tab is first opened: checked once it shows (at ExcelApi 1.1 the import
      // view explains the manual way instead of offering its button).
      for (const [view, shown] of [
        ["Nhập báo cáo thôn", pane.locator('role=button[name="Nhập vào sổ này"]').or(pane.getByText("Phiên bản Excel này chưa tự nhập được trang tính."))],
        ["Dữ liệu mẫu", pane.locator('role=button[name="Tạo dữ liệu mẫu"]')],
      ] as const) {
        await pane.locator('role=tab[name="Khác"]').click();
        await pane.locator(`role=button[name="${view}"s]`).click();
        await shown.waitFor();
        expect(await seriousViolations(pane)).toEqual([]);
      }
      expect(errors).toEqual([]);
    }, 180_000);
  
    it("writes the sample sheets into an empty workbook with one click, ready to check and rank", async () => {
      const hosted = await open({ api });
      const { pane, errors, host } = hosted;
      await pane.locator('role=tab[name="Khác"]').click();
      await pane.locator('role=button[name="Dữ liệu mẫu"s]').click();
      await pane.locator('role=button[name="Tạo dữ liệu mẫu"]').click();
      await pane.locator("text=Đã tạo các trang").waitFor();
      await settled(hosted);
      await snapHosted(hosted, SHOTS, `${api}-07-samples`);
      const names = await host<string[]>("sheetNames");
      expect(names).toEqual(expect.arrayContaining(["Chỉ tiêu 2024", "Nà Lầu", "Cấu hình xếp hạng"]));
      await pane.locator('role=tab[name="Kiểm tra"]').click();
      expect(await pane.locator('role=combobox[name="Trang báo cáo"]').inputValue()).toBe("Nà Lầu");
      // The sample configuration makes security a mandatory indicator, which Nặm Đin missed.
      await pane.locator('role=tab[name="Xếp hạng"]').click();
      await pane.locator('role=button[name="Xếp hạng"]').click();
      const namDin = pane.locator('li[data-village="Nặm Đin"]');
      await namDin.waitFor();
      expect(await namDin.textContent()).toContain("Không xét giải: chưa đạt chỉ tiêu điểm liệt");
      await settled(hosted);
      await snapHosted(hosted, SHOTS, `${api}-08-samples-ranked`);
      expect(errors).toEqual([]);
    }, 120_000);

    it("writes a report template per village, validated and protected where Excel has them, and says when it has not", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, errors, host } = hosted;
      await settled(hosted);
      await pane.locator('role=tab[name="Mẫu báo cáo"]').click();
      await pane.locator("role=combobox[name=/Lấy chỉ tiêu từ trang/]").selectOption("Chỉ tiêu 2024");
      await pane.locator("role=textbox[name=/Các thôn/]").fill("Nà Lầu\nKhuổi Khâm");
      expect(await seriousViolations(pane)).toEqual([]);
      const from = await requestCount(hosted);
      await pane.locator('role=button[name="Tạo mẫu báo cáo"]').click();
      await pane.locator("text=Đã tạo 2 trang mẫu báo cáo.").waitFor();
      await settled(hosted);
      const written = await measureSince(hosted, from);
      report(api, "write 2 templates", written);
      expect(written.errors).toEqual([]);
      await snapHosted(hosted, SHOTS, `${api}-14-templates`);
      const sheet = "Mẫu Nà Lầu";
      expect(await host<string[]>("sheetNames")).toEqual(expect.arrayContaining([sheet, "Mẫu Khuổi Khâm"]));
      expect(await host("activeSheet")).toBe(sheet);
      const text = Object.values(await host<Record<string, CellLook>>("cells", sheet)).map((c) => String(c.value));
      expect(text).toEqual(expect.arrayContaining(["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA NĂM 2024", "Thôn: Nà Lầu", "Thực hiện", "Công tác tuyển quân"]));
      const guards = await host<Guards>("guards", sheet);
      const notice = await pane.locator(".fui-MessageBar").first().textContent();
      if (api === "1.1") {
        // Data validation is ExcelApi 1.8 and protection 1.2: the sheets come without them, and the pane says so.
        expect(guards).toEqual({ protection: null, validated: {}, unlocked: [] });
        expect(notice).toContain("Phiên bản Excel này chưa hỗ trợ kiểm soát dữ liệu nhập và khóa trang tính");
        expect(errors).toEqual([]);
        return;
      }
      expect(notice).not.toContain("chưa hỗ trợ");
      // Protected without a password, columns and rows still resizable; only the input cells unlocked.
      expect(guards.protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
      expect(guards.protection).not.toHaveProperty("hashValue");
      const validated = Object.keys(guards.validated);
      expect(validated.length).toBeGreaterThan(10);
      // every validated cell is the village's to fill, but a target the commune must fill first (blue, locked)
      const looks = await host<Record<string, CellLook>>("cells", sheet);
      const communeCells = validated.filter((address) => looks[address]?.fill?.toUpperCase() === "#DDEBF7");
      for (const address of validated) if (!communeCells.includes(address)) expect(guards.unlocked).toContain(address);
      for (const address of communeCells) expect(guards.unlocked).not.toContain(address);
      for (const locked of ["A2", "B7", "E7", "B8", "C8"]) expect(guards.unlocked).not.toContain(locked);
      // Numbers ≥ 0, rates 0–100, lists for pass / occurrence / ratings, each with a Vietnamese prompt and alert.
      const rules = Object.values(guards.validated);
      expect(rules).toEqual(expect.arrayContaining([
        expect.objectContaining({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] }),
        expect.objectContaining({ type: "decimal", operator: "between", formulae: [0, 100] }),
        expect.objectContaining({ type: "list", formulae: ['"Đạt,Không đạt"'] }),
      ]));
      for (const rule of rules) expect(rule.prompt && rule.error).toBeTruthy();
      expect(errors).toEqual([]);
    }, 120_000);

    it("speaks English when Office's display language is English", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, lang: "en-US", api });
      const { pane, errors } = hosted;
      expect(await pane.locator("[role=tab] > .fui-Tab__content").allTextContents()).toEqual([
        "Check",
        "Rank",
        "Templates",
        "More",
      ]);
      expect(await pane.evaluate(() => document.documentElement.lang)).toBe("en");
      await pane.locator('role=button[name="Check"]').click();
      await pane.locator("role=heading[name=/Check result:/]").waitFor();
      await settled(hosted);
      await snapHosted(hosted, SHOTS, `${api}-09-english`);
      expect(errors).toEqual([]);
    }, 90_000);

    it("can be used by keyboard alone: Tab to a control, arrows between tabs, Enter to act", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { page, pane, errors } = hosted;
      await pane.locator('role=tab[name="Kiểm tra"]').focus();
      // The button, not the tab of the same name.
      const focused = () => pane.evaluate(() => (document.activeElement?.getAttribute("role") === "tab" ? "" : (document.activeElement?.textContent?.trim() ?? "")));
      for (let i = 0; i < 20 && (await focused()) !== "Kiểm tra"; i++) await page.keyboard.press("Tab");
      expect(await focused()).toBe("Kiểm tra");
      await page.keyboard.press("Enter");
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      await pane.locator('role=tab[name="Kiểm tra"]').focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await pane.locator('role=button[name="Xếp hạng"]').waitFor();
      expect(await pane.locator("role=tab[selected=true]").textContent()).toContain("Xếp hạng");
      expect(errors).toEqual([]);
    }, 90_000);

    it("takes the web's light theme, as Excel on the web gives office.js no theme (officeTheme is undefined)", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, errors } = hosted;
      expect(await pane.evaluate(() => typeof (window as unknown as { Office: typeof Office }).Office.context.officeTheme)).toBe("undefined");
      const background = await pane.locator(".fui-FluentProvider").evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeGreaterThan(3 * 200);
      expect(await seriousViolations(pane)).toEqual([]);
      expect(errors).toEqual([]);
    }, 90_000);
  });

  describe("at scale, on the wire, at a current Excel on the web (ExcelApi 1.17)", () => {
    it("ranks 200 villages, 200 report sheets, in six round trips (a list, two reads, two writes, a list), requests under 5 MB", async () => {
      const many = await writeManyVillages(OUT, 200);
      const hosted = await open({ workbook: `/${many.workbook}`, api: "1.17" });
      const { pane, errors, host } = hosted;
      await settled(hosted);
      report("1.17", "open (200 villages)", await measureSince(hosted, 0));
      await pane.locator('role=tab[name="Xếp hạng"]').click();
      // The ranking view loads when its tab is first opened.
      await pane.locator('role=button[name="Xếp hạng"]').waitFor();
      expect(await pane.locator("role=checkbox[checked=true]").count()).toBe(200);
      expect(await pane.locator('role=combobox[name="Trang chỉ tiêu (nếu có)"]').inputValue()).toBe("Chỉ tiêu 2024");
      const from = await requestCount(hosted);
      await pane.locator('role=button[name="Xếp hạng"]').click();
      const bars = pane.locator('role=list[name="Điểm thi đua của các thôn"] >> li');
      await bars.first().waitFor({ timeout: 120_000 });
      await settled(hosted);
      const ranked = await measureSince(hosted, from);
      report("1.17", "rank (200 villages)", ranked);
      // What each request asked, to read where the round trips go.
      const trace = (await host<{ bytes: number; actions: number; summary: string[] }[]>("requests")).slice(from);
      writeFileSync(path.join(OUT, "rank-200-requests.json"), JSON.stringify(trace.map((r) => ({ bytes: r.bytes, actions: r.actions, first: r.summary.slice(0, 6) })), null, 1));
      expect(ranked.errors).toEqual([]);
      // CONTRIBUTING.md#quality-bars's six hold whatever the row count; 200 villages are 200 sheets. Their sizes go with the first
      // rows of the first 28 in one request and the others' rows in a second; after writing, the sheets are
      // only listed again: 1 list + 2 reads + 2 writes + 1 list.
      expect(ranked.roundTrips).toBeLessThanOrEqual(ROUND_TRIPS["1.17"].rank);
      await snapHosted(hosted, SHOTS, "1.17-15-ranked-200");
      expect(await bars.count()).toBe(200);
      expect(await host("activeSheet")).toBe("Xếp hạng thi đua 2024");
      const sheetText = new Set(Object.values(await host<Record<string, CellLook>>("cells", "Xếp hạng thi đua 2024")).map((c) => String(c.value)));
      // A village known by its number keeps its word: "Thôn 001", not "001".
      expect(many.sheets.filter((village) => !sheetText.has(village))).toEqual([]);
      expect(await host<string[]>("sheetNames")).toContain("Tổng hợp kết quả 2024");
      expect(errors).toEqual([]);
    }, 600_000);

    it("checks a 6 000-row report and clears its highlights within three round trips each, requests under 5 MB", async () => {
      const long = await writeLongReport(OUT, 6000);
      const hosted = await open({ workbook: `/${long.workbook}`, api: "1.17" });
      const { pane, errors, host } = hosted;
      await settled(hosted);
      expect(await pane.locator('role=combobox[name="Trang báo cáo"]').inputValue()).toBe(long.sheet);
      const before = await host<Record<string, CellLook>>("cells", long.sheet);
      let from = await requestCount(hosted);
      await pane.locator('role=button[name="Kiểm tra"]').click();
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor({ timeout: 120_000 });
      await settled(hosted);
      const checked = await measureSince(hosted, from);
      report("1.17", "check (6 000 rows)", checked);
      expect(checked.errors).toEqual([]);
      expect(checked.roundTrips).toBeLessThanOrEqual(ROUND_TRIPS["1.17"].check);
      await snapHosted(hosted, SHOTS, "1.17-16-checked-6000");
      // Highlights reach the last rows: every shortfall the pane lists is painted in Excel's Bad style.
      const after = await host<Record<string, CellLook>>("cells", long.sheet);
      const bad = Object.keys(after).filter((a) => after[a].fill === "#FFC7CE" && after[a].font === "#9C0006");
      expect(bad.length).toBeGreaterThan(1000);
      expect(Math.max(...bad.map((a) => Number(a.slice(1))))).toBeGreaterThan(5900);
      from = await requestCount(hosted);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      await pane.locator("text=Đã xóa đánh dấu").waitFor({ timeout: 120_000 });
      await settled(hosted);
      const cleared = await measureSince(hosted, from);
      report("1.17", "clear highlights (6 000 rows)", cleared);
      expect(cleared.errors).toEqual([]);
      expect(asExcelShows(await host("cells", long.sheet))).toEqual(asExcelShows(before));
      expect(errors).toEqual([]);
    }, 600_000);
  });

  it("imports villages' workbooks as sheets of this one, named after their villages (insertWorksheetsFromBase64)", async () => {
    const hosted = await open({ api: "1.17" });
    const { pane, errors, host } = hosted;
    await pane.locator('role=tab[name="Khác"]').click();
      await pane.locator('role=button[name="Nhập báo cáo thôn"s]').click();
    // Their report sheets are called "Báo cáo" and "Sheet1" (as an empty workbook's own sheet is).
    const files = ["ban-tat-ma.xlsx", "thon-lung-vai.xlsx"].map((f) => path.join(OUT, f));
    await pane.locator('input[type="file"]').setInputFiles(files);
    const from = await requestCount(hosted);
    await pane.locator('role=button[name="Nhập vào sổ này"]').click();
    await pane.locator("text=Đã nhập 2 trang").waitFor();
    await settled(hosted);
    report("1.17", "import 2 workbooks", await measureSince(hosted, from));
    await snapHosted(hosted, SHOTS, "1.17-10-imported");
    expect(await pane.locator(".fui-MessageBar li").allTextContents()).toEqual(["Tát Mạ", "Lũng Vài"]);
    expect(await host<string[]>("sheetNames")).toEqual(["Sheet1", "Tát Mạ", "Lũng Vài"]);
    expect(errors).toEqual([]);
  }, 90_000);

  it.each(["1.12", "1.1"])("explains how to copy sheets by hand at ExcelApi %s, below insertWorksheetsFromBase64's 1.13", async (api) => {
    const hosted = await open({ api });
    const { pane } = hosted;
    await pane.locator('role=tab[name="Khác"]').click();
      await pane.locator('role=button[name="Nhập báo cáo thôn"s]').click();
    await pane.locator("text=Phiên bản Excel này chưa tự nhập được trang tính.").waitFor();
    expect(await pane.locator('input[type="file"]').count()).toBe(0);
    await snapHosted(hosted, SHOTS, `${api}-11-import-by-hand`);
    expect(await seriousViolations(pane)).toEqual([]);
  }, 90_000);

  it("says when a view could not be downloaded, and downloads it again on Thử lại", async () => {
    const hosted = await open({ workbook: `/${samples.workbook}` });
    const { pane, context } = hosted;
    // The network drops for the ranking view's chunk, once: the next request for it gets through.
    const blocked: string[] = [];
    // Chunks carry a content hash in their names.
    await context.route(new RegExp(`^${PANE_ORIGIN}/rank-view\\.[0-9a-f]+\\.js$`), (route) => {
      blocked.push(route.request().url());
      return route.abort("internetdisconnected");
    }, { times: 1 });
    await pane.locator('role=tab[name="Xếp hạng"]').click();
    await pane.locator("text=Không tải được một phần của Thi đua: có thể mạng vừa bị ngắt.").waitFor();
    expect(blocked).toHaveLength(1);
    await snapHosted(hosted, SHOTS, "15-view-not-loaded");
    await pane.locator('role=button[name="Thử lại"]').click();
    await pane.locator('role=button[name="Xếp hạng"]').waitFor();
    expect(await pane.locator("text=Không tải được").count()).toBe(0);
  }, 60_000);

  it("says plainly that it needs Excel when opened outside Excel, with the real office.js", async () => {
    const { context, page, errors, offline } = await openOutsideExcel(browser, DIST, OUT);
    try {
      await page.locator("text=Không kết nối được với Excel").first().waitFor();
      await page.locator('main[aria-busy="false"]').waitFor();
      // One clear message: not also the opening scan's "update Office", which would be wrong here.
      expect(await page.locator("text=/không hỗ trợ thao tác/").count()).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, "12-outside-excel.png"), fullPage: true });
      expect({ errors, offline }).toEqual({ errors: [], offline: [] });
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shows the upgrade advice instead of the pane under Internet Explorer 11", async () => {
    const { context, page, offline } = await openOutsideExcel(browser, DIST, OUT, IE11);
    try {
      await page.locator("#trident-fallback").waitFor();
      expect(await page.locator("#trident-fallback").textContent()).toContain("Phần bổ trợ này không chạy được trên phiên bản Office của bạn.");
      expect(await page.locator("role=tab").count()).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, "13-internet-explorer.png"), fullPage: true });
      expect(offline).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("answers RequestPayloadSizeLimitExceeded (5103) to a request over 5 MB, and ApiNotFound above the declared level", async () => {
    const hosted = await open({ api: "1.1" });
    const outcome = await hosted.pane.evaluate(async () => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      const code = (e: unknown) => (e as { code?: string }).code;
      const big = await excel
        .run(async (ctx) => {
          const text = "x".repeat(1000);
          ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:A6000").values = Array.from({ length: 6000 }, () => [text]);
          await ctx.sync();
          return "written";
        })
        .catch(code);
      const gated = await excel
        .run(async (ctx) => {
          ctx.workbook.worksheets.getItemOrNullObject("Sheet1").load("name");
          await ctx.sync();
          return "answered";
        })
        .catch(code);
      return { big, gated };
    });
    expect(outcome).toEqual({ big: "RequestPayloadSizeLimitExceeded", gated: "ApiNotFound" });
    const requests = await hosted.host<{ error: string | null }[]>("requests");
    expect(requests.map((r) => r.error)).toContain("5103");
  }, 60_000);
});
