/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { checkManifest } from "./checkManifest";

const root = path.resolve(__dirname, "../..");
let dist = path.join(root, "dist");

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml");
}

/** A URL is served when, below the manifest's own base URL, it names a file of dist/. */
function servedFrom(base: string) {
  return (url: string): boolean => {
    if (!url.startsWith(base)) return false;
    const file = url.slice(base.length).split(/[?#]/)[0];
    return file.length > 0 && existsSync(path.join(dist, file));
  };
}

function isProductionBuild(directory: string): boolean {
  const manifest = path.join(directory, "manifest.xml");
  return existsSync(manifest) && !readFileSync(manifest, "utf8").includes("https://localhost:3000");
}

// `npm test` builds dist/ for production first; run alone, or after a development build, the test makes
// its own production build rather than check the wrong one.
beforeAll(() => {
  if (isProductionBuild(dist)) return;
  dist = mkdtempSync(path.join(os.tmpdir(), "thidua-dist-"));
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", dist], { cwd: root, stdio: "ignore" });
}, 120_000);

const devManifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("passes the offline check with every URL served by the build output", () => {
    expect(checkManifest(parse(devManifest), servedFrom("https://localhost:3000/"))).toEqual([]);
  });

  it("is rewritten to the production URL in dist/, where the check passes too", () => {
    const built = readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(built).not.toContain("https://localhost:3000");
    const base = built.match(/<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/)?.[1];
    expect(base).toBeDefined();
    expect(checkManifest(parse(built), servedFrom(base as string))).toEqual([]);
  });

  it("names the add-in in Vietnamese and English, asks for ExcelApi 1.1 and puts a button on the Home tab", () => {
    const document = parse(devManifest);
    const displayName = document.getElementsByTagName("DisplayName")[0];
    expect(displayName.getAttribute("DefaultValue")).toMatch(/Thi đua/);
    expect(displayName.getElementsByTagName("Override")[0].getAttribute("Locale")).toBe("vi-VN");
    const set = document.getElementsByTagName("Set")[0];
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["ExcelApi", "1.1"]);
    expect(document.getElementsByTagName("OfficeTab")[0].getAttribute("id")).toBe("TabHome");
    expect(document.getElementsByTagName("Action")[0].getAttribute("xsi:type")).toBe("ShowTaskpane");
  });

  it("fails when an element is out of order", () => {
    const broken = devManifest.replace(
      /(\s*<Version>1\.0\.0\.0<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/,
      "$2$1",
    );
    expect(broken).not.toBe(devManifest);
    const problems = checkManifest(parse(broken), servedFrom("https://localhost:3000/"));
    expect(problems).toContainEqual(expect.objectContaining({ problem: expect.stringMatching(/<Version> is out of order/) }));
  });

  it("fails when a URL points at nothing", () => {
    const broken = devManifest.replace("assets/icon-80.png", "assets/icon-81.png");
    const problems = checkManifest(parse(broken), servedFrom("https://localhost:3000/"));
    expect(problems).toEqual([
      expect.objectContaining({ problem: "https://localhost:3000/assets/icon-81.png is not served by the build output" }),
    ]);
  });

  it("fails on malformed XML, a missing required element, an undefined resid and a non-GUID id", () => {
    expect(checkManifest(parse(devManifest.replace("</OfficeApp>", "")), () => true)[0].problem).toMatch(/not well-formed/);
    const noPermissions = devManifest.replace(/\s*<Permissions>[^<]*<\/Permissions>/, "");
    expect(checkManifest(parse(noPermissions), () => true)).toContainEqual(expect.objectContaining({ problem: expect.stringMatching(/<Permissions> is missing/) }));
    const badResid = devManifest.replace('resid="Taskpane.Url"', 'resid="Taskpane.Nowhere"');
    expect(checkManifest(parse(badResid), () => true)).toContainEqual(expect.objectContaining({ problem: 'resid "Taskpane.Nowhere" is not defined in <Resources>' }));
    const badId = devManifest.replace(/<Id>[^<]*<\/Id>/, "<Id>thidua</Id>");
    expect(checkManifest(parse(badId), () => true)).toContainEqual(expect.objectContaining({ problem: '"thidua" is not a GUID' }));
  });
});
