/**
 * The ranking sheet as the council gets it, printed: written to .xlsx as `thidua rank --out` writes it,
 * printed to PDF by LibreOffice, read back page by page with pdftotext. "Nơi nhận", "TM. ỦY BAN NHÂN
 * DÂN / CHỦ TỊCH" and the signer's name are on one page whatever the number of villages, and "Cách tính"
 * speaks the method used. Without LibreOffice the test says it was skipped (and fails where every test
 * must run: THIDUA_REQUIRE_BROWSER=1).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import type { RankingConfig } from "../../../src/core/config/rankingConfig";
import type { CheckedReport } from "../../../src/core/model";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../../src/core/rankingSheet/buildRankingSheet";
import { indicator, report } from "../ranking/reportBuilder";
import { exampleConfig, sixVillages } from "../ranking/seedExample";

const SOFFICE = process.env.SOFFICE_PATH || "/usr/bin/soffice";
const PDFTOTEXT = "/usr/bin/pdftotext";

function printingAvailable(): boolean {
  if (existsSync(SOFFICE) && existsSync(PDFTOTEXT)) return true;
  const why = `LibreOffice (${SOFFICE}) or pdftotext (${PDFTOTEXT}) is not installed`;
  if (process.env.THIDUA_REQUIRE_BROWSER === "1") throw new Error(`${why}, and THIDUA_REQUIRE_BROWSER=1 requires the printing tests.`);
  console.warn(`SKIPPED: the ranking sheet's printing test — ${why} (apt-get install libreoffice-calc poppler-utils).`);
  return false;
}

const suite = printingAvailable() ? describe : describe.skip;
const SIGNER = "Hoàng Văn Minh";
const HEADER = { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 }, signer: SIGNER };

/** `count` villages: the seed's six, again and again under names of their own. */
function villages(count: number): CheckedReport[] {
  const six = sixVillages();
  return Array.from({ length: count }, (_, i) => ({ ...six[i % six.length], village: `Thôn ${String(i + 1).padStart(2, "0")} ${six[i % six.length].village}` }));
}

/** Six villages reporting `count` indicators, met or not by turns: a longer detail matrix, a lower signature. */
function indicators(count: number): CheckedReport[] {
  const rows = Array.from({ length: count }, (_, i) => indicator(`Chỉ tiêu thi đua số ${i + 1} của các thôn trong xã`, "Hộ", 100));
  return ["Nà Lầu", "Khuổi Khâm", "Nặm Đin", "Pác Nặm", "Tát Mạ", "Lũng Vài"].map((village, v) =>
    report(village, rows.map((row, i) => [row, (i + v) % 3 === 0 ? 80 : 100] as const)),
  );
}

// 9 and 25–27 indicators put the signature across a page break unless a break is made before it.
const SCAN = [5, 9, 12, 25, 26, 27, 40];
const CASES: [string, () => CheckedReport[]][] = [
  ...[1, 6, 20, 44].map((n): [string, () => CheckedReport[]] => [`${n} villages`, () => villages(n)]),
  ...SCAN.map((n): [string, () => CheckedReport[]] => [`6 villages, ${n} indicators`, () => indicators(n)]),
];

suite("the ranking sheet printed to PDF", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "in-xep-hang-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The PDF's text, one string per page. */
  async function printed(config: RankingConfig, reports: CheckedReport[], name: string): Promise<string[]> {
    const file = path.join(dir, `${name}.xlsx`);
    await writeWorkbook(file, [buildRankingSheet(rankVillages(reports, config), HEADER)]);
    const converted = spawnSync(SOFFICE, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
    expect(converted.status).toBe(0);
    const pdf = path.join(dir, `${name}.pdf`);
    const text = spawnSync(PDFTOTEXT, ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text.status).toBe(0);
    return text.stdout.split("\f").filter((page) => page.trim() !== "");
  }

  it.each(CASES)("keeps Nơi nhận, CHỦ TỊCH and the signer on one page: %s", async (label, reports) => {
    const pages = await printed(exampleConfig(), reports(), label.replace(/\W+/g, "-"));
    const page = pages.findIndex((p) => p.includes("CHỦ TỊCH"));
    expect(page).toBeGreaterThanOrEqual(0);
    expect(pages[page]).toContain("Nơi nhận");
    expect(pages[page]).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(pages[page]).toContain(SIGNER);
    // Room to sign and seal: four blank lines between the title and the name.
    const lines = pages[page].split("\n");
    const title = lines.findIndex((l) => l.includes("CHỦ TỊCH"));
    const name = lines.findIndex((l) => l.includes(SIGNER));
    expect(name - title).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it("says how points were made in the points method's words, and keeps no rows for a chart it does not draw", async () => {
    const config: RankingConfig = { ...exampleConfig(), method: "points" };
    const model = buildRankingSheet(rankVillages(villages(6), config), HEADER);
    expect(model.chart).toBeNull();
    const pages = await printed(config, villages(6), "points");
    const text = pages.join("\n");
    expect(text).toContain("thang điểm");
    expect(text).not.toContain("trung bình có trọng số");
    expect(pages.findIndex((p) => p.includes("CHỦ TỊCH"))).toBe(pages.findIndex((p) => p.includes("Nơi nhận")));
  }, 180_000);

  it("reads readFileSync-able PDFs (the conversion wrote a file)", () => {
    expect(readFileSync(path.join(dir, "points.pdf")).subarray(0, 4).toString()).toBe("%PDF");
  });
});
