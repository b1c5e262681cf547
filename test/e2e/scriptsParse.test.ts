/**
 * The build check of docs/excel-adapter.md#real-excel: every script the pane loads before it can say "this Office is too old"
 * parses in the oldest engine it is meant for, so no engine shows a blank pane.
 * - trident-fallback.js, which shows that message, parses as ES5 (Internet Explorer 11);
 * - syntax-probe.js parses exactly at the level the bundle needs and not one below it, so an engine
 *   that parses the probe parses the bundle, and one that cannot (EdgeHTML, ES2017-level) gets the message;
 * - taskpane.html loads them, in that order, before Office.js and the bundle;
 * - the chunks loaded on demand carry a content hash, and taskpane.js is asked for with the build's hash.
 * Reads dist/ (`npm run build`), as the end-to-end tests do.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { parse, type ecmaVersion } from "acorn";

const DIST = path.resolve(__dirname, "../../dist");
const LEVELS: ecmaVersion[] = [5, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

function parsesAt(file: string, level: ecmaVersion, sourceType: "script" | "module" = "script"): boolean {
  try {
    parse(readFileSync(path.join(DIST, file), "utf8"), { ecmaVersion: level, sourceType });
    return true;
  } catch {
    return false;
  }
}

/** The oldest ECMAScript level at which a file parses (null: none of them). */
function oldestLevel(file: string): ecmaVersion | null {
  return LEVELS.find((level) => parsesAt(file, level)) ?? null;
}

describe("the scripts the pane loads before it can speak parse where they must", () => {
  beforeAll(() => {
    if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("Build the add-in first: npm run build.");
  });

  const bundle = () => readdirSync(DIST).filter((f) => f.endsWith(".js") && !["syntax-probe.js", "trident-fallback.js", "commands.js"].includes(f));

  it("the fallback message parses as ES5, for Internet Explorer 11", () => {
    expect(oldestLevel("trident-fallback.js")).toBe(5);
  });

  it("the probe needs exactly the newest syntax the bundle needs: an engine that parses it parses every chunk", () => {
    const needed = Math.max(...bundle().map((file) => Number(oldestLevel(file) ?? Infinity)));
    expect(Number.isFinite(needed)).toBe(true);
    const probe = oldestLevel("syntax-probe.js");
    expect({ probe, needed }).toEqual({ probe: needed, needed });
    // EdgeHTML parses ES2017-level syntax: it must fail the probe.
    expect(parsesAt("syntax-probe.js", 2017)).toBe(false);
  });

  it("taskpane.html loads the probe, then the fallback, before Office.js and the bundle", () => {
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts.slice(0, 3)).toEqual(["syntax-probe.js", "trident-fallback.js", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    expect(scripts.some((src) => /^taskpane\.js\?[0-9a-f]+$/.test(src))).toBe(true);
  });

  it("chunks loaded on demand carry a hash of their content, so Office's cache never mixes versions", () => {
    const chunks = bundle().filter((f) => f !== "taskpane.js");
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.filter((f) => !/\.[0-9a-f]{8}\.js$/.test(f))).toEqual([]);
  });
});
