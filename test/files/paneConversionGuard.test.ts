import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import { readWorkbookFile } from "../../src/cli/xlsx/readWorkbookFile";
import { ZIP_LIMITS } from "../../src/core/files/zipLimits";
import { formatFinding } from "../../src/core/messages";
import { convertToXlsx } from "../../src/taskpane/state/actions/convertWorkbook";
import { guardConversion } from "../../src/taskpane/state/actions/guardConversion";
import { type HostileSheetJsFiles, makeHostileSheetJsFiles } from "../fixtures/hostile/makeHostileSheetJsFiles";
import { inflatesTo, zipBytes } from "../fixtures/hostile/zipBytes";

// The pane converts .ods and .xlsb files itself (before Excel inserts them), with SheetJS in the browser:
// it must refuse what the command line refuses, with the same located sentence, and read what it reads.

let files: HostileSheetJsFiles;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "thidua-pane-guard-"));
  files = await makeHostileSheetJsFiles(dir);
}, 120_000);

const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

/** The first sheet's values of a converted workbook, as SheetJS reads them back. */
function valuesOf(bytes: Uint8Array): unknown[][] {
  const book = XLSX.read(bytes, { type: "array" });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]], { header: 1, defval: "" });
}

/** What the command line says of the same file, in both languages. */
async function cliSays(file: string): Promise<string[]> {
  const read = await readWorkbookFile(file);
  if (read.ok) throw new Error(`the command line read ${file}`);
  return [formatFinding(read.failures, "vi"), formatFinding(read.failures, "en")];
}

describe("the pane's conversion refuses what the command line refuses, in the same words", () => {
  it("an .ods repeating one value over 1 048 000 rows and 16 000 columns names the sheet and the cell, at once", async () => {
    const started = Date.now();
    // Named as the command line names it (the path given), for the sentences to compare.
    const converted = await convertToXlsx(bytesOf(files.odsRepeatBomb), files.odsRepeatBomb);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(converted.ok).toBe(false);
    if (converted.ok || converted.reason !== "guarded") throw new Error("not guarded");
    const said = [formatFinding(converted.found, "vi"), formatFinding(converted.found, "en")];
    expect(said).toEqual(await cliSays(files.odsRepeatBomb));
    expect(said[1]).toMatch(/^The file ".*lap-lai\.ods" repeats cell A\d+ of sheet "[^"]+" over 1,048,000 rows and 16,000 columns/);
  });

  it("an .ods whose content declares 1,25 GiB (a zip bomb) names the part and the limit, inflating nothing", async () => {
    const bomb = zipBytes([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), stored: true },
      { name: "META-INF/manifest.xml", data: Buffer.from('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>') },
      { name: "content.xml", deflated: inflatesTo(1.25 * 2 ** 30), size: 1.25 * 2 ** 30 },
    ]);
    const file = path.join(dir, "bom-nen.ods");
    writeFileSync(file, bomb);
    const converted = await convertToXlsx(new Uint8Array(bomb), file);
    if (converted.ok || converted.reason !== "guarded") throw new Error("not guarded");
    expect(converted.found.details).toMatchObject({ reason: "unzipped-too-large", part: "content.xml", limit: ZIP_LIMITS.part });
    expect([formatFinding(converted.found, "vi"), formatFinding(converted.found, "en")]).toEqual(await cliSays(file));
  });

  it("parts that together pass the total limit are named where the total passes it", () => {
    const near = ZIP_LIMITS.part - 1;
    const bomb = zipBytes([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), stored: true },
      { name: "styles.xml", deflated: inflatesTo(near), size: near },
      { name: "content.xml", deflated: inflatesTo(near), size: near },
    ]);
    const guarded = guardConversion(new Uint8Array(bomb), XLSX);
    expect(guarded).toEqual({ ok: false, problem: { reason: "unzipped-too-large", part: "content.xml", size: expect.any(Number), limit: ZIP_LIMITS.total } });
    expect(!guarded.ok && guarded.problem.reason === "unzipped-too-large" && guarded.problem.size).toBeGreaterThan(2 * near);
  });

  it("a part inflating past the size it declares is not inflated past it", async () => {
    const liar = zipBytes([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), stored: true },
      { name: "content.xml", deflated: inflatesTo(2 ** 30), size: 1000 },
    ]);
    const before = process.memoryUsage().rss;
    const converted = await convertToXlsx(new Uint8Array(liar), "noi-doi.ods");
    expect(converted.ok).toBe(false);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 2 ** 20);
  }, 60_000);
});

describe("the pane's conversion reads what the command line reads", () => {
  it.each([
    ["an .ods with an unreferenced part of 1,25 GiB", "odsHugePart", "ods"],
    ["an .xlsb with an unreferenced part of 1,25 GiB", "xlsbHugePart", "xlsb"],
    ["an .ods with empty cells repeated to the sheet's end", "odsEmptyRepeats", "ods"],
  ] as const)("%s converts to the same values as the plain file", async (_, kind, plain) => {
    const converted = await convertToXlsx(bytesOf(files[kind]), path.basename(files[kind]));
    const original = await convertToXlsx(bytesOf(files[plain]), path.basename(files[plain]));
    if (!converted.ok || !original.ok) throw new Error("not converted");
    expect(valuesOf(converted.bytes)).toEqual(valuesOf(original.bytes));
    expect(valuesOf(converted.bytes).flat()).toContain("THÔN NÀ LẦU");
  }, 60_000);

  it("an .xls is no zip and is given to SheetJS as it is", () => {
    const bytes = bytesOf(files.xls);
    expect(guardConversion(bytes, XLSX)).toEqual({ ok: true, bytes });
  });
});
