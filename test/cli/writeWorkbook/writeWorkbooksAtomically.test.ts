import { promises as fs, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { writeWorkbooksAtomically } from "../../../src/cli/writeWorkbook/writeWorkbooksAtomically";
import type { SheetModel } from "../../../src/core/model";

const sheet = (name: string, extra: Pick<SheetModel, "validations"> = {}): SheetModel => ({
  name,
  cells: [{ address: "A1", value: `mẫu ${name}` }],
  merges: [],
  columnWidths: [20],
  rowHeights: {},
  print: null,
  printTitleRows: null,
  freezeAt: null,
  chart: null,
  ...extra,
});

const fresh = () => mkdtempSync(path.join(tmpdir(), "thidua-books-"));

afterEach(() => jest.restoreAllMocks());

describe("writeWorkbooksAtomically", () => {
  it("writes every book, says which replaced a file, and leaves nothing beside them", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "b.xlsx"), "last year");
    const outcome = await writeWorkbooksAtomically([
      { file: path.join(dir, "a.xlsx"), sheets: [sheet("A")] },
      { file: path.join(dir, "b.xlsx"), sheets: [sheet("B")] },
    ]);
    expect(outcome).toEqual({
      ok: true,
      books: [
        { file: path.join(dir, "a.xlsx"), replaced: false, sheets: [{ sheet: "A", missing: [] }] },
        { file: path.join(dir, "b.xlsx"), replaced: true, sheets: [{ sheet: "B", missing: [] }] },
      ],
    });
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "b.xlsx"));
    expect(workbook.getWorksheet("B")!.getCell("A1").value).toBe("mẫu B");
  });

  it("names a sheet whose guards the library refuses, its data written whole", async () => {
    const dir = fresh();
    const guarded = sheet("C", { validations: [{ range: "không phải ô", rule: { type: "decimal", min: 0, max: null }, prompt: { title: "t", message: "m" }, error: { title: "t", message: "m" } }] });
    const outcome = await writeWorkbooksAtomically([{ file: path.join(dir, "c.xlsx"), sheets: [guarded] }]);
    expect(outcome.ok && outcome.books[0].sheets).toEqual([{ sheet: "C", missing: ["guards"] }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "c.xlsx"));
    expect(workbook.getWorksheet("C")!.getCell("A1").value).toBe("mẫu C");
  });

  it("when a book cannot be put in place, puts every earlier file back and leaves no new or temporary file", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "a.xlsx"), "last year's a");
    writeFileSync(path.join(dir, "b.xlsx"), "last year's b");
    const rename = fs.rename.bind(fs);
    jest.spyOn(fs, "rename").mockImplementation(async (from, to) => {
      if (String(to) === path.join(dir, "b.xlsx") && String(from).endsWith(".tmp")) throw Object.assign(new Error("EBUSY"), { code: "EBUSY" });
      return rename(from, to);
    });
    const outcome = await writeWorkbooksAtomically([
      { file: path.join(dir, "a.xlsx"), sheets: [sheet("A")] },
      { file: path.join(dir, "b.xlsx"), sheets: [sheet("B")] },
      { file: path.join(dir, "c.xlsx"), sheets: [sheet("C")] },
    ]);
    expect(outcome).toMatchObject({ ok: false, file: path.join(dir, "b.xlsx"), error: { code: "EBUSY" } });
    expect(readFileSync(path.join(dir, "a.xlsx"), "utf8")).toBe("last year's a");
    expect(readFileSync(path.join(dir, "b.xlsx"), "utf8")).toBe("last year's b");
    expect(readdirSync(dir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  it("on a full disk while writing a later book, writes none and leaves nothing behind", async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, "a.xlsx"), "last year's a");
    const open = fs.open.bind(fs);
    let opened = 0;
    jest.spyOn(fs, "open").mockImplementation(async (file, flags, mode) => {
      const handle = await open(file, flags, mode);
      if (flags === "wx" && ++opened === 2) {
        handle.writeFile = async () => {
          throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
        };
      }
      return handle;
    });
    const outcome = await writeWorkbooksAtomically([
      { file: path.join(dir, "a.xlsx"), sheets: [sheet("A")] },
      { file: path.join(dir, "b.xlsx"), sheets: [sheet("B")] },
    ]);
    expect(outcome).toMatchObject({ ok: false, file: path.join(dir, "b.xlsx"), error: { code: "ENOSPC" } });
    expect(readFileSync(path.join(dir, "a.xlsx"), "utf8")).toBe("last year's a");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });
});
