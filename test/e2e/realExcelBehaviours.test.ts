/**
 * What real Excel does that the emulator's defaults do not (docs/excel-adapter.md#real-excel, docs/excel-adapter.md#limits-and-errors), played on
 * demand by the host emulator against the production pane on Microsoft's own office.js: filled templates
 * that come back protected, cell-edit mode mid-operation, documents reopened with renumbered sheet ids or
 * without their settings, Excel's own error codes, a read-only workbook. Each scenario's round trips are
 * printed at the end of the suite.
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import type { Browser, Frame } from "playwright-core";
import { browserAvailable, launchChromium } from "./support/chromium";
import { buildHostEmulator, closePanes, measureSince, openInHost, openOutsideExcel, requestCount, settled, PANE_ORIGIN, type HostQuery, type HostedPane } from "./support/hostEmulator";
import { writeSampleFiles } from "./support/sampleFiles";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");

const suite = browserAvailable() ? describe : describe.skip;

const LEVELS = [
  ["a current Excel on the web (ExcelApi 1.17)", "1.17"],
  ["the lowest level the README promises (ExcelApi 1.1)", "1.1"],
] as const;

interface CellLook {
  value: unknown;
  fill: string | null;
  font: string | null;
}

const BAD = { fill: "#FFC7CE", font: "#9C0006" };
const PAIRS = ["#FFC7CE|#9C0006", "#FFEB9C|#9C5700", "#C6EFCE|#006100"];
const highlighted = (cells: Record<string, CellLook>): string[] => Object.keys(cells).filter((a) => PAIRS.includes(`${cells[a].fill}|${cells[a].font}`)).sort();

/** Cells as Excel shows them: an automatic font reads #000000 through Office.js, and a blank unformatted cell is no cell. */
function asExcelShows(cells: Record<string, CellLook>): Record<string, CellLook> {
  return Object.fromEntries(
    Object.entries(cells)
      .map(([address, look]) => [address, { ...look, font: look.font ?? "#000000" }] as const)
      .filter(([, look]) => !((look.value === "" || look.value === null) && look.fill === null && look.font === "#000000")),
  );
}

const measured: string[] = [];

/** The most cells of one run down a column, among these cells. */
function longestRun(cells: string[]): number {
  const rowsOf = new Map<string, number[]>();
  for (const a of cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
    rowsOf.set(col, [...(rowsOf.get(col) ?? []), Number(row)]);
  }
  let longest = 0;
  for (const rows of rowsOf.values()) {
    rows.sort((x, y) => x - y);
    let run = 0;
    rows.forEach((row, i) => (longest = Math.max(longest, (run = i > 0 && rows[i - 1] === row - 1 ? run + 1 : 1))));
  }
  return longest;
}

/** A = 1, Z = 26, AA = 27. */
function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Microsoft 365 on Windows 10 showing task panes in EdgeHTML (Edge Legacy 18). */
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

suite("the pane against real Excel's behaviours, on Microsoft's office.js", () => {
  let browser: Browser;
  let samples: { workbook: string; villages: string[] };
  const opened: HostedPane[] = [];

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("Build the add-in first: npm run build.");
    samples = await writeSampleFiles(OUT);
    await buildHostEmulator(OUT);
    browser = await launchChromium();
  }, 240_000);

  afterEach(async () => {
    for (const closed of await closePanes(opened)) expect(closed).toEqual({ unimplemented: [], offline: [] });
  });

  afterAll(async () => {
    if (measured.length) console.log(`Real Excel's behaviours, on the wire:\n${measured.join("\n")}`);
    await browser?.close();
  });

  async function open(query: HostQuery = {}): Promise<HostedPane> {
    const pane = await openInHost(browser, DIST, OUT, query);
    opened.push(pane);
    await settled(pane);
    return pane;
  }

  async function note(hosted: HostedPane, api: string, scenario: string, from: number, outcome: string): Promise<void> {
    const m = await measureSince(hosted, from);
    measured.push(`ExcelApi ${api.padEnd(5)} ${scenario.padEnd(58)} ${String(m.roundTrips).padStart(2)} round trips; ${outcome}`);
  }

  async function check(pane: Frame, sheet: string): Promise<void> {
    await pane.locator('role=tab[name="Kiểm tra"]').click();
    await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(sheet);
    await pane.locator('role=button[name="Kiểm tra"]').click();
  }

  /** Closes and opens the document again (the host emulator's `reopen`), and waits for the pane loaded anew. */
  async function reopen(hosted: HostedPane, settings: "keep" | "lost" | "renumbered"): Promise<void> {
    await hosted.pane.evaluate(() => ((window as unknown as { beforeReopen: boolean }).beforeReopen = true));
    await hosted.host("reopen", settings);
    await hosted.pane.waitForFunction(() => !(window as unknown as { beforeReopen?: boolean }).beforeReopen && document.querySelector('main[data-ready="true"]') !== null, undefined, { timeout: 60_000 });
    await settled(hosted);
  }

  const notices = (pane: Frame) => pane.locator(".fui-MessageBar").allTextContents();

  it("decides by the syntax probe, not the user agent: an engine that cannot parse the bundle's syntax gets the WebView2 advice", async () => {
    // The probe failing to parse is what EdgeHTML does with it; Chromium is made to see the same.
    const old = await openOutsideExcel(browser, DIST, OUT, EDGE_HTML);
    try {
      await old.context.route(`${PANE_ORIGIN}/syntax-probe.js`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "window.thiDuaSyntaxOk = ;" }));
      await old.page.reload();
      await old.page.locator("#trident-fallback").waitFor();
      expect(await old.page.locator("#trident-fallback").textContent()).toContain("WebView2 Runtime");
      expect(await old.page.locator("role=tab").count()).toBe(0);
    } finally {
      await old.context.close();
    }
    // The same EdgeHTML user agent in an engine that parses the bundle: the pane runs.
    const hosted = await openInHost(browser, DIST, OUT, { workbook: `/${samples.workbook}`, userAgent: EDGE_HTML });
    opened.push(hosted);
    await hosted.pane.locator("role=tab").first().waitFor();
    expect(await hosted.pane.locator("#trident-fallback").count()).toBe(0);
  }, 90_000);

  describe.each(LEVELS)("at %s", (_label, api) => {
    it("paints a filled template that comes back: template → filled by the village → Kiểm tra → highlights", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      await pane.locator('role=tab[name="Mẫu báo cáo"]').click();
      await pane.locator("role=combobox[name=/Lấy chỉ tiêu từ trang/]").selectOption("Chỉ tiêu 2024");
      await pane.locator("role=textbox[name=/Các thôn/]").fill("Nà Lầu");
      await pane.locator('role=button[name="Tạo mẫu báo cáo"]').click();
      await pane.locator("text=/Đã tạo 1 trang mẫu báo cáo/").waitFor();
      await settled(hosted);
      const sheet = "Mẫu Nà Lầu";
      const protection = (await host<{ protection: Record<string, unknown> | null }>("guards", sheet)).protection;
      if (api !== "1.1") expect(protection).toMatchObject({ sheet: true, formatCells: true });

      // The village types its results: nothing done on every indicator that has a number as its target.
      const cells = await host<Record<string, CellLook>>("cells", sheet);
      const header = (text: string) => Object.keys(cells).find((a) => cells[a].value === text) as string;
      const [targetCol, actualCol, headerRow] = [header("Mục tiêu").replace(/\d+/, ""), header("Thực hiện").replace(/\d+/, ""), Number(header("Thực hiện").replace(/^[A-Z]+/, ""))];
      const rows = Object.keys(cells)
        .filter((a) => a.startsWith(targetCol) && Number(a.slice(targetCol.length)) > headerRow && typeof cells[a].value === "number" && (cells[a].value as number) > 0)
        .map((a) => Number(a.slice(targetCol.length)));
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) await host("setCell", sheet, `${actualCol}${row}`, 0);

      const from = await requestCount(hosted);
      await check(pane, sheet);
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      const painted = highlighted(await host<Record<string, CellLook>>("cells", sheet));
      const shortfalls = await pane.locator('[data-severity="shortfall"] button > span > span:first-child').allTextContents();
      // nothing done falls short of every target but a ceiling's ("giảm còn …", where 0 is within it)
      expect(shortfalls.length).toBeGreaterThanOrEqual(3);
      for (const cell of shortfalls) expect(await host<CellLook>("cell", sheet, cell)).toMatchObject(BAD);
      expect(painted.length).toBeGreaterThanOrEqual(shortfalls.length);
      // Still protected exactly as written.
      expect((await host<{ protection: unknown }>("guards", sheet)).protection).toEqual(protection);
      expect((await notices(pane)).join(" ")).not.toMatch(/bảo vệ/);
      await note(hosted, api, "check a filled template (protected, formatting allowed)", from, `${painted.length} cells painted`);
      expect(errors).toEqual([]);
    }, 180_000);

    it("paints a sheet protected without formatting (an older template) by lifting and restoring its protection, or says what to do where Office.js cannot", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const sheet = "Khuổi Khâm";
      const options = { allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" };
      await host("protectSheet", sheet, options);
      const before = (await host<{ protection: unknown }>("guards", sheet)).protection;
      const from = await requestCount(hosted);
      await check(pane, sheet);
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      const painted = highlighted(await host<Record<string, CellLook>>("cells", sheet));
      expect((await host<{ protection: unknown }>("guards", sheet)).protection).toEqual(before);
      if (api === "1.1") {
        // ExcelApi 1.1 has no protection API: nothing is painted and the pane says how to unprotect.
        expect(painted).toEqual([]);
        await pane.locator("text=/đang được bảo vệ.*Bỏ bảo vệ trang tính/").first().waitFor();
        await note(hosted, api, "check a sheet protected without formatting", from, "told to unprotect (no protection API)");
      } else {
        expect(painted.length).toBeGreaterThan(0);
        await note(hosted, api, "check a sheet protected without formatting", from, `${painted.length} cells painted, protection put back`);
      }
      expect(errors).toEqual([]);
    }, 120_000);

    it("waits out cell-edit mode where Excel can (delayForCellEdit), and says to leave the cell where it cannot", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, page, errors } = hosted;
      const sheet = "Khuổi Khâm";
      await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(sheet);
      await settled(hosted);
      const from = await requestCount(hosted);
      await host("cellEditBefore", 1);
      await pane.locator('role=button[name="Kiểm tra"]').click();
      if (api === "1.1") {
        await pane.locator("text=/chế độ sửa ô/").first().waitFor();
        await note(hosted, api, "check while a cell is being edited", from, "told to press Enter or Esc");
        await host("endCellEdit");
        await pane.locator('role=button[name="Kiểm tra"]').click();
      } else {
        await page.waitForTimeout(1500);
        expect(await host<boolean>("cellEditing")).toBe(true);
        expect(await pane.locator("role=heading[name=/Kết quả kiểm tra/]").count()).toBe(0);
        await host("endCellEdit");
      }
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      expect(highlighted(await host<Record<string, CellLook>>("cells", sheet)).length).toBeGreaterThan(0);
      const waited = (await host<{ waited?: boolean }[]>("requests")).slice(from).filter((r) => r.waited).length;
      if (api !== "1.1") {
        expect(waited).toBe(1);
        await note(hosted, api, "check while a cell is being edited", from, "waited for Enter, then checked");
      }
      expect(errors).toEqual([]);
    }, 120_000);

    it("keeps the previous ranking whole and leaves no stray sheet when cell editing starts in the middle of writing", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const ranking = "Xếp hạng thi đua 2024";
      await pane.locator('role=tab[name="Xếp hạng"]').click();
      const rank = pane.locator('role=button[name="Xếp hạng"]');
      await rank.click();
      await pane.locator('role=list[name="Điểm thi đua của các thôn"]').waitFor();
      await settled(hosted);
      const first = await host<Record<string, CellLook>>("cells", ranking);
      const names = await host<string[]>("sheetNames");

      // The user clicks into a cell just after the new sheet's data went in.
      const from = await requestCount(hosted);
      await host("cellEditAfter", "^Set .*\\.Values$");
      await rank.click();
      if (api === "1.1") {
        await pane.locator("text=/chế độ sửa ô/").first().waitFor();
        await settled(hosted);
        expect(await host<Record<string, CellLook>>("cells", ranking)).toEqual(first);
        // Excel refuses every request until the cell is left, removing the half-written sheet too: the
        // pane does not offer it, and the next write removes it.
        const left = (await host<string[]>("sheetNames")).filter((n) => !names.includes(n));
        expect(left.every((n) => n.startsWith("Thi đua đang ghi "))).toBe(true);
        const offered = await pane.locator('role=combobox[name="Trang chỉ tiêu (nếu có)"] >> option').allTextContents();
        expect(offered.some((o) => o.startsWith("Thi đua đang ghi"))).toBe(false);
        await note(hosted, api, "rank, cell editing starts after the data is written", from, "told to leave the cell; old ranking intact");
        await host("endCellEdit");
        await rank.click();
      } else {
        // The next request waits for the cell to be left.
        for (let i = 0; i < 100 && !(await host<{ waited?: boolean }[]>("requests")).slice(from).some((r) => r.waited); i++) await hosted.page.waitForTimeout(100);
        expect(await host<boolean>("cellEditing")).toBe(true);
        await host("endCellEdit");
        await pane.locator('role=list[name="Điểm thi đua của các thôn"]').waitFor();
        await note(hosted, api, "rank, cell editing starts after the data is written", from, "waited for Enter, then wrote");
      }
      await pane.locator("text=/chế độ sửa ô/").waitFor({ state: "detached" }).catch(() => undefined);
      await settled(hosted);
      expect((await host<string[]>("sheetNames")).sort()).toEqual([...names].sort());
      expect(Object.keys(await host<Record<string, CellLook>>("cells", ranking)).length).toBeGreaterThan(10);
      expect(errors).toEqual([]);
    }, 180_000);

    it("after a reopen with renumbered sheet ids, clears each sheet's own highlights and never paints another sheet", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const names = await host<string[]>("sheetNames");
      // Two neighbouring village reports: after renumbering, one's record sits under the other's id.
      const [a, b] = ["Khuổi Khâm", "Báo cáo"];
      expect(names.indexOf(b)).toBe(names.indexOf(a) + 1);
      const original = { [a]: await host<Record<string, CellLook>>("cells", a), [b]: await host<Record<string, CellLook>>("cells", b) };
      for (const sheet of [a, b]) {
        await check(pane, sheet);
        await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
        await settled(hosted);
      }
      expect(highlighted(await host<Record<string, CellLook>>("cells", a)).length).toBeGreaterThan(0);
      const paintedB = highlighted(await host<Record<string, CellLook>>("cells", b));
      expect(paintedB.length).toBeGreaterThan(0);

      await reopen(hosted, "renumbered");
      const from = await requestCount(hosted);
      await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(b);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      await pane.locator("text=Đã xóa đánh dấu").waitFor();
      await settled(hosted);
      expect(asExcelShows(await host("cells", b))).toEqual(asExcelShows(original[b]));
      // The other sheet still wears its own highlights, untouched.
      expect(highlighted(await host<Record<string, CellLook>>("cells", a)).length).toBeGreaterThan(0);
      await note(hosted, api, "clear after reopen with renumbered ids", from, "the right sheet restored exactly, the other untouched");
      await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(a);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      await settled(hosted);
      expect(asExcelShows(await host("cells", a))).toEqual(asExcelShows(original[a]));
      expect(errors).toEqual([]);
    }, 180_000);

    it("after a reopen that lost the add-in's settings, clears by the add-in's colours or says how to clear by hand", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const sheet = "Khuổi Khâm";
      await check(pane, sheet);
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      expect(highlighted(await host<Record<string, CellLook>>("cells", sheet)).length).toBeGreaterThan(0);
      await reopen(hosted, "lost");
      const from = await requestCount(hosted);
      await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(sheet);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      if (api === "1.1") {
        await pane.locator("text=/Không còn bản ghi màu cũ.*Không tô màu/").first().waitFor();
        await note(hosted, api, "clear after reopen without settings", from, "told how to clear by hand");
      } else {
        await pane.locator("text=Đã xóa đánh dấu").waitFor();
        await settled(hosted);
        expect(highlighted(await host<Record<string, CellLook>>("cells", sheet))).toEqual([]);
        await note(hosted, api, "clear after reopen without settings", from, "cleared by the add-in's colour pairs");
      }
      expect(errors).toEqual([]);
    }, 120_000);

    it("prints the ranking one page wide: the model's scale where Excel keeps it, fit to one page wide where it does not, else says how by hand", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const ranking = "Xếp hạng thi đua 2024";
      await pane.locator('role=tab[name="Xếp hạng"]').click();
      const rank = pane.locator('role=button[name="Xếp hạng"]');
      const byHand = /Excel chưa nhận khổ in của trang “Xếp hạng thi đua 2024”.*Chiều rộng: 1 trang/;
      const rankOnce = async (scenario: string, outcome: (text: string) => Promise<string>) => {
        const from = await requestCount(hosted);
        await rank.click();
        // The ranking has started once a request has gone out, and ended once the wire is quiet again.
        for (let i = 0; i < 100 && (await requestCount(hosted)) === from; i++) await hosted.page.waitForTimeout(100);
        await settled(hosted);
        await pane.locator("text=/Đã ghi trang/").first().waitFor();
        await note(hosted, api, scenario, from, await outcome((await notices(pane)).join(" ")));
      };
      type Setup = { fitToPage?: boolean; fitToWidth?: number; scale?: number };
      const setup = () => host<Setup>("pageSetup", ranking);
      if (api === "1.1") {
        // No page layout below ExcelApi 1.9: the ranking is written whole, and staff read how to set it.
        await rankOnce("rank (no page layout)", async (text) => {
          expect(text).toMatch(byHand);
          const untouched = await setup();
          expect(untouched.fitToPage).toBeFalsy();
          expect(untouched.scale ?? 100).toBe(100);
          return "told how to print one page wide by hand";
        });
        expect(errors).toEqual([]);
        return;
      }
      await rankOnce("rank, the print scale kept", async (text) => {
        expect(text).not.toMatch(byHand);
        const kept = await setup();
        expect(kept.fitToPage).toBe(false);
        expect(kept.scale).toBeGreaterThanOrEqual(10);
        expect(kept.scale).toBeLessThanOrEqual(100);
        return `scale ${kept.scale} % kept, read back in the same request; breaks before rows [${await host<number[]>("pageBreaksBefore", ranking)}]`;
      });
      await host("zoomDoesNotStick", ["scale"]);
      await rankOnce("rank, Excel takes the scale and keeps it not", async (text) => {
        expect(text).not.toMatch(byHand);
        expect(await setup()).toMatchObject({ fitToPage: true, fitToWidth: 1 });
        return "fit to 1 page wide instead, verified";
      });
      await host("zoomDoesNotStick", ["scale", "fit"]);
      await rankOnce("rank, Excel keeps no print zoom", async (text) => {
        expect(text).toMatch(byHand);
        return "told how to print one page wide by hand";
      });
      await host("zoomDoesNotStick", []);
      expect(errors).toEqual([]);
    }, 240_000);

    it("restores highlights and reads the cells' looks in halves when Excel refuses a request for its size", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const sheet = "Khuổi Khâm";
      const original = await host<Record<string, CellLook>>("cells", sheet);
      await check(pane, sheet);
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      const painted = highlighted(await host<Record<string, CellLook>>("cells", sheet));
      // Ids renumbered: the record is found by name only, so the cells are read before they are restored.
      await reopen(hosted, "renumbered");
      const limit = Math.max(longestRun(painted), Math.floor(painted.length / 3));
      expect(limit).toBeLessThan(painted.length);
      const from = await requestCount(hosted);
      await host("limitCells", limit, "OperationCellsExceedLimit");
      await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(sheet);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      await pane.locator("text=Đã xóa đánh dấu").waitFor();
      await settled(hosted);
      await host("limitCells", null);
      expect(asExcelShows(await host("cells", sheet))).toEqual(asExcelShows(original));
      const refused = (await measureSince(hosted, from)).errors.filter((e) => e === "OperationCellsExceedLimit").length;
      expect(refused).toBeGreaterThanOrEqual(2);
      await note(hosted, api, `clear ${painted.length} cells, over ${limit} cells refused`, from, `${refused} refusals; read and restored in halves, exactly`);
      expect(errors).toEqual([]);
    }, 180_000);

    it("checks and paints in halves when Excel refuses the looks and the paint for their size", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const sheet = "Khuổi Khâm";
      await check(pane, sheet);
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      const painted = highlighted(await host<Record<string, CellLook>>("cells", sheet));
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      await pane.locator("text=Đã xóa đánh dấu").waitFor();
      await settled(hosted);
      const limit = Math.max(longestRun(painted), Math.floor(painted.length / 3));
      const from = await requestCount(hosted);
      // The sheet is read as before (one request, two at 1.1); the looks and the paint after it are refused whole.
      await host("limitCells", limit, "OperationCellsExceedLimit", Number.POSITIVE_INFINITY, api === "1.1" ? 2 : 1);
      await pane.locator('role=button[name="Kiểm tra"]').click();
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      await host("limitCells", null);
      expect(highlighted(await host<Record<string, CellLook>>("cells", sheet))).toEqual(painted);
      const refused = (await measureSince(hosted, from)).errors.filter((e) => e === "OperationCellsExceedLimit").length;
      expect(refused).toBeGreaterThanOrEqual(2);
      await note(hosted, api, `check painting ${painted.length} cells, over ${limit} cells refused`, from, `${refused} refusals; looks read and cells painted in halves`);
      expect(errors).toEqual([]);
    }, 180_000);

    it("clears by the add-in's colours in halves when Excel refuses a block of the sheet for its size", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host, errors } = hosted;
      const sheet = "Khuổi Khâm";
      await check(pane, sheet);
      await pane.locator("role=heading[name=/Kết quả kiểm tra/]").waitFor();
      await settled(hosted);
      expect(highlighted(await host<Record<string, CellLook>>("cells", sheet)).length).toBeGreaterThan(0);
      await reopen(hosted, "lost");
      const cells = Object.keys(await host<Record<string, CellLook>>("cells", sheet));
      const columns = Math.max(...cells.map((a) => columnIndex(a.replace(/\d+$/, ""))));
      const rows = Math.max(...cells.map((a) => Number(a.replace(/^[A-Z]+/, ""))));
      const from = await requestCount(hosted);
      await host("limitCells", columns * Math.max(1, Math.floor(rows / 5)), "RangeExceedsLimit");
      await pane.locator('role=combobox[name="Trang báo cáo"]').selectOption(sheet);
      await pane.locator('role=button[name="Xóa đánh dấu"]').click();
      if (api === "1.1") {
        await pane.locator("text=/Không còn bản ghi màu cũ/").first().waitFor();
        await host("limitCells", null);
        await note(hosted, api, "clear without settings, blocks refused", from, "told how to clear by hand (no colour search)");
        return;
      }
      await pane.locator("text=Đã xóa đánh dấu").waitFor();
      await settled(hosted);
      await host("limitCells", null);
      expect(highlighted(await host<Record<string, CellLook>>("cells", sheet))).toEqual([]);
      const refused = (await measureSince(hosted, from)).errors.filter((e) => e === "RangeExceedsLimit").length;
      expect(refused).toBeGreaterThanOrEqual(1);
      await note(hosted, api, `clear by colour, ${columns} columns × ${rows} rows, blocks refused`, from, `${refused} refusals; read in halves, cleared`);
      expect(errors).toEqual([]);
    }, 180_000);

    it.each([
      ["InactiveWorkbook", /sổ làm việc khác/],
      ["RangeExceedsLimit", /quá nhiều ô/],
      ["OperationCellsExceedLimit", /quá nhiều ô/],
      ["UnsupportedFeature", /Excel trên máy tính/],
    ])("says what %s means, never to restart Excel", async (code, words) => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host } = hosted;
      const from = await requestCount(hosted);
      // Excel keeps answering so until the user acts (clicks this workbook, removes the stray cells).
      await host("answerWith", code, 1, 20);
      await pane.locator('role=button[name="Kiểm tra"]').click();
      await pane.locator(`text=${words}`).first().waitFor();
      const text = (await notices(pane)).join(" ");
      expect(text).not.toMatch(/đóng rồi mở lại Excel|Bỏ bảo vệ/);
      await note(hosted, api, `check answered ${code}`, from, "its own message");
    }, 90_000);

    it("tells a protected workbook structure as such when ranking, and adds no sheet", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api });
      const { pane, host } = hosted;
      await host("protectStructure");
      const names = await host<string[]>("sheetNames");
      await pane.locator('role=tab[name="Xếp hạng"]').click();
      const from = await requestCount(hosted);
      await pane.locator('role=button[name="Xếp hạng"]').click();
      await pane.locator("text=/bảo vệ cấu trúc/").first().waitFor();
      await settled(hosted);
      expect((await notices(pane)).join(" ")).not.toMatch(/Bỏ bảo vệ trang tính|đóng rồi mở lại/);
      expect(await host<string[]>("sheetNames")).toEqual(names);
      await note(hosted, api, "rank in a workbook whose structure is protected", from, "told to unprotect the workbook; nothing added");
    }, 90_000);

    it("tells a read-only workbook as such when it cannot paint or write", async () => {
      const hosted = await open({ workbook: `/${samples.workbook}`, api, readOnly: true });
      const { pane, host } = hosted;
      const from = await requestCount(hosted);
      await check(pane, "Khuổi Khâm");
      await pane.locator("text=/chế độ chỉ đọc/").first().waitFor();
      expect((await notices(pane)).join(" ")).not.toMatch(/Bỏ bảo vệ trang tính/);
      expect(highlighted(await host<Record<string, CellLook>>("cells", "Khuổi Khâm"))).toEqual([]);
      await note(hosted, api, "check a read-only workbook", from, "findings listed; told it is read-only");
    }, 90_000);
  });
});
