import { existsSync } from "fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium, or the browser CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Whether the browser tests can run here; without Chromium they skip, loudly, unless CI requires them. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.THIDUA_REQUIRE_BROWSER === "1") {
    throw new Error(`Chromium not found at ${CHROMIUM}, and THIDUA_REQUIRE_BROWSER=1 requires the browser tests.`);
  }
  console.warn(`SKIPPED: Chromium not found at ${CHROMIUM}`);
  return false;
}

/** Headless Chromium as the Debian package installs it, with nothing that reaches the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}
