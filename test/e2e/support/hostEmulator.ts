import { copyFileSync, existsSync, readFileSync, statSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Frame, Page, Route } from "playwright-core";
import webpack from "webpack";

/** Where Microsoft's CDN serves office.js from; the pane's HTML names it, the tests answer it locally. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The add-in's origin and the host's: https, same hostname (office.js's trust gate), different ports. */
export const PANE_ORIGIN = "https://localhost:3000";
export const HOST_ORIGIN = "https://localhost:3001";

const ROOT = path.resolve(__dirname, "../../..");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Bundles the host emulator's page into `outputDir` (host.html, host.js).
 *
 * @example await buildHostEmulator("test-artifacts/e2e")
 */
export function buildHostEmulator(outputDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../host/webpack.config.js")(path.resolve(outputDir));
  copyFileSync(path.join(ROOT, "test", "host", "host.html"), path.join(outputDir, "host.html"));
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

function serveFrom(root: string, prefix: string) {
  return (route: Route): Promise<void> => {
    const url = new URL(route.request().url());
    const rel = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = path.resolve(root, `.${path.sep}${rel}`);
    if (!file.startsWith(path.resolve(root)) || !existsSync(file) || !statSync(file).isFile()) {
      return route.fulfill({ status: 404, body: "not found" });
    }
    return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
  };
}

/**
 * Routes a browser context: Microsoft's CDN to the pinned `@microsoft/office-js` dist, the add-in's origin
 * to `dist`, the host's origin to the emulator's files and `/e2e/` to the test's workbooks. Any other
 * request fails and is listed in `offline` (the tests make no network request).
 */
export async function routeOffline(context: BrowserContext, dist: string, hostDir: string): Promise<string[]> {
  const offline: string[] = [];
  await context.route("**/*", (route) => {
    offline.push(route.request().url());
    return route.abort();
  });
  await context.route(`${OFFICE_CDN}**`, serveFrom(OFFICE_DIST, new URL(OFFICE_CDN).pathname));
  await context.route(`${PANE_ORIGIN}/**`, serveFrom(dist, "/"));
  await context.route(`${HOST_ORIGIN}/**`, serveFrom(hostDir, "/"));
  return offline;
}

export interface HostedPane {
  context: BrowserContext;
  /** The host page (the emulated Excel on the web). */
  page: Page;
  /** The add-in's frame. */
  pane: Frame;
  errors: string[];
  offline: string[];
  /** Milliseconds from the pane frame's navigation until it first showed its tabs. */
  renderedMs: number;
  /** Milliseconds from the pane frame's navigation until the workbook was read and every button could be pressed. */
  interactiveMs: number;
  /** Calls a function of the host page's `thiDuaHost`. */
  host<T>(call: string, ...args: unknown[]): Promise<T>;
}

export interface HostQuery {
  workbook?: string;
  api?: string;
  lang?: string;
  userAgent?: string;
  /** The document is open read-only (the host emulator's `readOnly`). */
  readOnly?: boolean;
}

/**
 * Opens dist/taskpane.html inside the host emulator, as Excel on the web frames it, over the workbook at
 * `query.workbook` (none: an empty workbook), declaring ExcelApi `query.api` in `query.lang`.
 *
 * @example const { pane, host } = await openInHost(browser, dist, out, { workbook: "/e2e/sample.xlsx", api: "1.1" })
 */
/**
 * Closes every pane a test opened and says, for each, what the emulator was asked and does not implement
 * and which requests left for the network: both must be empty for the test to count.
 */
export async function closePanes(opened: HostedPane[]): Promise<{ unimplemented: string[]; offline: string[] }[]> {
  const results: { unimplemented: string[]; offline: string[] }[] = [];
  for (const pane of opened.splice(0)) {
    const unimplemented = await pane.host<string[]>("unimplemented").catch(() => []);
    await pane.context.close().catch(() => undefined);
    results.push({ unimplemented, offline: pane.offline });
  }
  return results;
}

export async function openInHost(browser: Browser, dist: string, hostDir: string, query: HostQuery = {}): Promise<HostedPane> {
  // A fresh context per pane: office.js caches host info and settings in sessionStorage.
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, userAgent: query.userAgent });
  const offline = await routeOffline(context, dist, hostDir);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const search = new URLSearchParams({ pane: `${PANE_ORIGIN}/taskpane.html` });
  if (query.workbook) search.set("workbook", `${HOST_ORIGIN}${query.workbook}`);
  if (query.api) search.set("api", query.api);
  if (query.lang) search.set("lang", query.lang);
  if (query.readOnly) search.set("readOnly", "1");
  await page.goto(`${HOST_ORIGIN}/host.html?${search}`);
  const host = <T>(call: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      async ([name, rest]) => {
        const api = await (window as unknown as { thiDuaHost: { ready: Promise<Record<string, (...a: unknown[]) => unknown>> } }).thiDuaHost.ready;
        return api[name as string](...(rest as unknown[]));
      },
      [call, args] as const,
    ) as Promise<T>;
  await host("sheetNames");
  const frameHandle = await page.waitForSelector("iframe#pane");
  let pane: Frame | null = null;
  for (let i = 0; i < 100 && !(pane = await frameHandle.contentFrame()); i++) await page.waitForTimeout(50);
  if (!pane) throw new Error("The pane's frame never loaded.");
  let renderedMs = Number.NaN;
  let interactiveMs = Number.NaN;
  if (!query.userAgent) {
    await pane.locator("role=tab").first().waitFor();
    renderedMs = await pane.evaluate(() => performance.now());
    await pane.locator('main[data-ready="true"]').waitFor();
    interactiveMs = await pane.evaluate(() => performance.now());
  }
  return { context, page, pane, errors, offline, renderedMs, interactiveMs, host };
}

/** Saves a screenshot of the host page (the sheet beside the pane) once the pane's operation has ended. */
export async function snapHosted(hosted: HostedPane, dir: string, name: string): Promise<void> {
  await hosted.pane.locator('main[aria-busy="true"]').waitFor({ state: "detached", timeout: 10_000 });
  await hosted.page.waitForTimeout(50);
  await hosted.page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Round trips measured on the wire since `from` (an index into the host's requests). */
export interface Measured {
  roundTrips: number;
  largestRequest: number;
  totalBytes: number;
  errors: string[];
}

export async function measureSince(hosted: HostedPane, from: number): Promise<Measured> {
  const all = await hosted.host<{ bytes: number; error: string | null }[]>("requests");
  const part = all.slice(from);
  return {
    roundTrips: part.length,
    largestRequest: part.reduce((n, r) => Math.max(n, r.bytes), 0),
    totalBytes: part.reduce((n, r) => n + r.bytes, 0),
    errors: part.map((r) => r.error).filter((e): e is string => e !== null),
  };
}

export async function requestCount(hosted: HostedPane): Promise<number> {
  return (await hosted.host<unknown[]>("requests")).length;
}

/** Waits until the pane is ready and the wire has been quiet for a moment (no request in flight or following). */
export async function settled(hosted: HostedPane): Promise<void> {
  await hosted.pane.locator('main[data-ready="true"]').waitFor();
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = await requestCount(hosted);
    if (now === last) return;
    last = now;
    await hosted.page.waitForTimeout(200);
  }
}

/**
 * Opens dist/taskpane.html on its own, in a browser tab and not in Excel, still with Microsoft's office.js
 * (routed): what staff see if they open the add-in's address directly, or under another user agent.
 */
export async function openOutsideExcel(browser: Browser, dist: string, hostDir: string, userAgent?: string): Promise<{ context: BrowserContext; page: Page; errors: string[]; offline: string[] }> {
  // A Vietnamese browser: outside Office the pane speaks the browser's language.
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, userAgent, locale: "vi-VN" });
  const offline = await routeOffline(context, dist, hostDir);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${PANE_ORIGIN}/taskpane.html`);
  return { context, page, errors, offline };
}
