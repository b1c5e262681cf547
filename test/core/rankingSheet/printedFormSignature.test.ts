/**
 * The ranking sheet of scoring forms as the council gets it, printed: written to .xlsx as `thidua rank
 * --out` writes it, printed to PDF by LibreOffice, read back with pdftotext. A column per standard keeps
 * the table one page wide; "Nơi nhận", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" and the signer stay on one page;
 * the unit a standard's floor kept from a tier is named with the standard. Without LibreOffice the test
 * says it was skipped (and fails where every test must run: THIDUA_REQUIRE_BROWSER=1).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeWorkbook } from "../../../src/cli/writeWorkbook/writeWorkbook";
import { checkReport } from "../../../src/core/checks/checkReport";
import { tiersSchema } from "../../../src/core/config/pointsSchemas";
import { defaultConfig, type RankingConfig } from "../../../src/core/config/rankingConfig";
import type { SheetCells } from "../../../src/core/model/cells";
import { rankVillages } from "../../../src/core/ranking/rankVillages";
import { buildRankingSheet } from "../../../src/core/rankingSheet/buildRankingSheet";

const SOFFICE = process.env.SOFFICE_PATH || "/usr/bin/soffice";
const PDFTOTEXT = "/usr/bin/pdftotext";

function printingAvailable(): boolean {
  if (existsSync(SOFFICE) && existsSync(PDFTOTEXT)) return true;
  const why = `LibreOffice (${SOFFICE}) or pdftotext (${PDFTOTEXT}) is not installed`;
  if (process.env.THIDUA_REQUIRE_BROWSER === "1") throw new Error(`${why}, and THIDUA_REQUIRE_BROWSER=1 requires the printing tests.`);
  console.warn(`SKIPPED: the scoring forms' ranking sheet printing test — ${why} (apt-get install libreoffice-calc poppler-utils).`);
  return false;
}

const suite = printingAvailable() ? describe : describe.skip;
const SIGNER = "Hoàng Văn Minh";
const HEADER = { commune: "Khuôn Lùng", place: "Khuôn Lùng", date: { day: 10, month: 12, year: 2024 }, signer: SIGNER };
const ROMAN = ["I", "II", "III", "IV", "V"];

/** A unit's form of five standards (20 points each, four criteria of 5), verified points as given. */
function form(unit: string, points: (standard: number, criterion: number) => number): SheetCells {
  const rows: (string | number)[][] = [["BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024"], [`Tổ dân phố: ${unit}`], ["TT", "Nội dung tiêu chuẩn", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"]];
  ROMAN.forEach((tt, s) => {
    rows.push([tt, `Tiêu chuẩn về nội dung thi đua thứ ${s + 1} của tổ dân phố`, 20, "", ""]);
    for (let c = 0; c < 4; c++) rows.push([s * 4 + c + 1, `Tiêu chí ${s * 4 + c + 1} của tiêu chuẩn ${tt}`, 5, points(s, c), points(s, c)]);
  });
  return { name: unit, values: rows, formats: [] };
}

suite("the ranking sheet of scoring forms printed to PDF", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "in-bang-diem-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fits a column per standard one page wide, keeps the signature whole and names the standard below its floor", async () => {
    const config: RankingConfig = { ...defaultConfig(2024), tiers: tiersSchema.parse([{ name: "Tổ dân phố văn hóa", min: 70, groupMinShare: 0.5 }, { name: "Đạt", min: 50 }]) };
    // twelve units; Tổ 3 earns 9 of 20 in standard II and 95 in all
    const units = Array.from({ length: 12 }, (_, i) => form(String(i + 1), (s, c) => (i === 2 && s === 1 ? (c === 0 ? 4 : c === 1 ? 5 : 0) : 5 - ((i + s + c) % 3 === 0 ? 1 : 0))));
    const ranking = rankVillages(units.map((cells) => checkReport(cells)), config);
    const file = path.join(dir, "bang-diem.xlsx");
    await writeWorkbook(file, [buildRankingSheet(ranking, HEADER)]);
    const converted = spawnSync(SOFFICE, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
    expect(converted.status).toBe(0);
    const text = spawnSync(PDFTOTEXT, ["-layout", path.join(dir, "bang-diem.pdf"), "-"], { encoding: "utf8" });
    const pages = text.stdout.split("\f").filter((page) => page.trim() !== "");
    // one page wide: the last standard's column and Ghi chú on the first page, beside Hạng
    expect(pages[0]).toContain("Hạng");
    expect(pages[0]).toMatch(/Tiêu chuẩn\s+V/);
    expect(pages[0]).toContain("Ghi chú");
    expect(pages.join("\n")).toContain("chấm theo bảng điểm");
    expect(pages.join("\n").replace(/\s+/g, " ")).toContain("Tiêu chuẩn II: 9/20 điểm");
    const page = pages.findIndex((p) => p.includes("CHỦ TỊCH"));
    expect(page).toBeGreaterThanOrEqual(0);
    expect(pages[page]).toContain("Nơi nhận");
    expect(pages[page]).toContain(SIGNER);
  }, 180_000);
});
