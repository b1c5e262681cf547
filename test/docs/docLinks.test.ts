import * as fs from "node:fs";
import * as path from "node:path";

/*
 * The reference in docs/ is linked from comments by section (docs/SECTIONS.tsv maps the old citations to
 * links): every link must lead to a file of the repository and a heading in it, and nothing may point
 * outside the repository.
 */

const ROOT = path.join(__dirname, "../..");
const PAGES = [
  ...fs.readdirSync(path.join(ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`),
  "CONTRIBUTING.md",
  "test/host/README.md",
  "test/simulator/README.md",
];

/** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as "-". */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of fs.readFileSync(path.join(ROOT, file), "utf8").split("\n")) {
    const heading = /^#{1,6}\s+(.*)$/u.exec(line);
    if (!heading) continue;
    const slug = heading[1].trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "").replace(/\s/gu, "-");
    const times = seen.get(slug) ?? 0;
    seen.set(slug, times + 1);
    anchors.add(times === 0 ? slug : `${slug}-${times}`);
  }
  return anchors;
}

/** Whether `target` ("docs/scoring.md#tiers", relative to the repository) is a file and a heading in it. */
function resolves(target: string): boolean {
  const [file, anchor] = target.split("#");
  if (!fs.existsSync(path.join(ROOT, file))) return false;
  return anchor === undefined || !file.endsWith(".md") || anchorsOf(file).has(anchor);
}

describe("the reference in docs/", () => {
  it("maps every old section citation to a heading that exists", () => {
    const lines = fs.readFileSync(path.join(ROOT, "docs/SECTIONS.tsv"), "utf8").trim().split("\n");
    const broken = lines.map((line) => line.split("\t")).filter(([citation, target]) => citation === undefined || target === undefined || !resolves(target));
    expect(broken).toEqual([]);
    expect(lines.map((line) => line.split("\t")[0])).toEqual(expect.arrayContaining(["§2.2", "§6.1", "§8", "OFFICE-JS-PROTOCOL §3"]));
  });

  it.each(PAGES)("%s links only to files and headings of the repository", (page) => {
    const text = fs.readFileSync(path.join(ROOT, page), "utf8");
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/gu)].map((match) => match[1]).filter((link) => !/^https?:/u.test(link));
    const broken = links.filter((link) => {
      const [file, anchor] = link.split("#");
      const target = path.relative(ROOT, path.join(ROOT, path.dirname(page), file === "" ? path.basename(page) : file));
      return !resolves(anchor === undefined ? target : `${target}#${anchor}`);
    });
    expect(broken).toEqual([]);
    expect(text).not.toMatch(/\/work\/|\/home\/|\/tmp\/|[A-Z]:\\|SPEC §|OFFICE-JS-(?:NOTES|PROTOCOL)/u);
  });

  it("is what the code's comments link to: every docs link in the source leads to a heading, and no comment cites a document outside the repository", () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
        const child = `${dir}/${entry.name}`;
        if (entry.isDirectory()) return entry.name === "node_modules" ? [] : files(child);
        return /\.(ts|tsx|mjs|js)$/u.test(entry.name) ? [child] : [];
      });
    const sources = [...files("src"), ...files("test"), ...files("scripts"), ...files("bench")].filter((file) => file !== "test/docs/docLinks.test.ts");
    const outside = sources.filter((file) => /SPEC §|OFFICE-JS-(?:NOTES|PROTOCOL)|REAL-FORMATS|\/work\/shared/u.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(outside).toEqual([]);
    const links = sources.flatMap((file) => [...fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(/(?:docs\/[\w-]+\.md|CONTRIBUTING\.md)#[\w-]+/gu)].map((m) => m[0]));
    expect(links.length).toBeGreaterThan(100);
    expect([...new Set(links.filter((link) => !resolves(link)))]).toEqual([]);
  });
});
