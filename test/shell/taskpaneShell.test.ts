/** @jest-environment jsdom */
import { readFileSync } from "fs";
import path from "path";
import { contentSecurityPolicy } from "../../scripts/csp.js";
import { pickLanguage } from "../../src/taskpane/shell/pickLanguage";

const root = path.resolve(__dirname, "../..");
const fallbackScript = readFileSync(path.join(root, "src/taskpane/fallback/trident-fallback.js"), "utf8");
const template = readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";

/** Runs the fallback as the page does, after `syntax-probe.js` has parsed (`syntaxOk`) or not. */
function runFallbackWithUserAgent(userAgent: string, syntaxOk = true): void {
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  document.body.innerHTML = '<div id="container"></div>';
  delete (window as { thiDuaUnsupportedBrowser?: boolean }).thiDuaUnsupportedBrowser;
  (window as { thiDuaSyntaxOk?: boolean }).thiDuaSyntaxOk = syntaxOk ? true : undefined;
  new Function(fallbackScript)();
}

describe("the task pane page", () => {
  it("allows only its own files and the Office.js CDN", () => {
    const policy = contentSecurityPolicy({ dev: false });
    const hosts = policy.match(/https?:\/\/[^\s;]+|wss?:\/\/[^\s;]+/g) ?? [];
    expect(new Set(hosts)).toEqual(new Set(["https://appsforoffice.microsoft.com"]));
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("loads Office.js from its CDN by a script tag, after the IE11 fallback", () => {
    const fallbackAt = template.indexOf('src="trident-fallback.js"');
    const officeAt = template.indexOf('src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"');
    expect(fallbackAt).toBeGreaterThan(0);
    expect(officeAt).toBeGreaterThan(fallbackAt);
  });

  it("keeps the fallback script's code in plain ES5 (its comments may quote names)", () => {
    const code = fallbackScript.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    expect(code).not.toMatch(/\b(let|const|class)\s|=>|`/);
  });

  it("shows Microsoft's advice to upgrade, in Vietnamese and English, under Internet Explorer 11", () => {
    runFallbackWithUserAgent(IE11);
    expect(document.body.textContent).toContain("Phần bổ trợ này không chạy được trên phiên bản Office của bạn.");
    expect(document.body.textContent).toContain("This add-in won't run in your version of Office.");
    expect((window as { thiDuaUnsupportedBrowser?: boolean }).thiDuaUnsupportedBrowser).toBe(true);
  });

  it("leaves the pane alone in a modern webview", () => {
    runFallbackWithUserAgent(EDGE);
    expect(document.getElementById("container")).not.toBeNull();
    expect((window as { thiDuaUnsupportedBrowser?: boolean }).thiDuaUnsupportedBrowser).toBeUndefined();
  });

  it("says what to install where the bundle's syntax does not parse, whatever the browser calls itself (EdgeHTML)", () => {
    runFallbackWithUserAgent(EDGE, false);
    expect(document.getElementById("container")).toBeNull();
    expect(document.body.textContent).toContain("WebView2");
    expect((window as { thiDuaUnsupportedBrowser?: boolean }).thiDuaUnsupportedBrowser).toBe(true);
  });

  it.each([
    ["vi-VN", "vi"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "vi"],
    [undefined, "vi"],
  ])("speaks %s as %s", (displayLanguage, lang) => {
    expect(pickLanguage(displayLanguage)).toBe(lang);
  });
});
