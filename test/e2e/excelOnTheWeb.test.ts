/**
 * The production task pane on Microsoft's own office.js (the pinned `@microsoft/office-js`, routed in place
 * of the CDN), framed by a host emulator that speaks Excel on the web's protocol over the same workbook model
 * as the unit-level simulator (SPEC §9.1). One browser for the suite, a fresh context per pane.
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { browserAvailable, launchChromium } from "./support/chromium";
import { buildHostEmulator, openInHost, type HostQuery, type HostedPane } from "./support/hostEmulator";
import { writeSampleFiles } from "./support/sampleFiles";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OUT = path.join(ROOT, "test-artifacts", "e2e");
const SHOTS = path.join(OUT, "screenshots");

const suite = browserAvailable() ? describe : describe.skip;

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
    for (const pane of opened.splice(0)) {
      const missing = await pane.host<string[]>("unimplemented").catch(() => []);
      await pane.context.close().catch(() => undefined);
      expect({ unimplemented: missing, offline: pane.offline }).toEqual({ unimplemented: [], offline: [] });
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(query: HostQuery = {}): Promise<HostedPane> {
    const pane = await openInHost(browser, DIST, OUT, query);
    opened.push(pane);
    return pane;
  }

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
});
