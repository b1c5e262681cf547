import { parseCellAddress } from "../../src/core/cells/cellAddress";
import type { Highlight, Result, SheetCells, SheetModel } from "../../src/core/model";
import type { ExcelPort, HighlightsPainted, ReadOptions, SheetScanOf } from "../../src/taskpane/state/excelPort";

/** A failure of the fake workbook, described the way the adapter would. */
export interface FakeFailure {
  code: string;
}

function parseA1(address: string): { row: number; col: number } {
  const position = parseCellAddress(address);
  if (!position) throw new Error(`not an A1 address: ${address}`);
  return { row: position.row, col: position.column };
}

/** The cells a sheet model puts in a workbook, as `Range.values` would read them. */
export function cellsOf(model: SheetModel): SheetCells {
  const values: unknown[][] = [];
  const formats: string[][] = [];
  for (const cell of model.cells) {
    const { row, col } = parseA1(cell.address);
    while (values.length <= row) {
      values.push([]);
      formats.push([]);
    }
    values[row][col] = cell.value ?? "";
    formats[row][col] = cell.style?.numberFormat ?? "General";
  }
  const width = Math.max(0, ...values.map((r) => r.length));
  return {
    name: model.name,
    values: values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "")),
    formats: formats.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "General")),
  };
}

/**
 * An in-memory workbook behind the adapter's interface, recording what the pane asks of Excel. Operations
 * can be held open (`hold()`) to test what the pane does while one runs, or made to fail (`failNext`).
 */
export class FakeExcel implements ExcelPort<FakeFailure> {
  sheets = new Map<string, SheetCells>();
  highlights = new Map<string, Highlight[]>();
  selected: { sheet: string; cell: string }[] = [];
  active: string | null = null;
  inserted: { fileName: string; base64: string }[][] = [];
  calls: string[] = [];
  supportsInsert = true;
  failNext: string | null = null;
  private gate: Promise<void> | null = null;

  constructor(sheets: SheetCells[] = []) {
    for (const s of sheets) this.sheets.set(s.name, s);
  }

  /** Holds every operation until the returned function is called. */
  hold(): () => void {
    let release = () => undefined as void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.gate = null;
      release();
    };
  }

  private async step<T>(name: string, work: () => Result<T, FakeFailure>): Promise<Result<T, FakeFailure>> {
    this.calls.push(name);
    if (this.gate) await this.gate;
    if (this.failNext === name) {
      this.failNext = null;
      return { ok: false, failures: { code: "GeneralException" } };
    }
    return work();
  }

  listWorksheets() {
    return this.step("listWorksheets", () => ({ ok: true, value: [...this.sheets.keys()].map((name) => ({ name, active: name === this.active })) }));
  }

  /** Sheets Excel refuses to read (each with its failure), and sheets with values far outside their table. */
  refused = new Map<string, FakeFailure>();
  outside = new Map<string, { address: string; single: boolean }>();

  scanWorksheets(names: string[], _options?: ReadOptions) {
    return this.step("scanWorksheets", (): Result<SheetScanOf<FakeFailure>[], FakeFailure> => ({
      ok: true,
      value: names.map((name) => {
        const failure = this.refused.get(name) ?? (this.sheets.has(name) ? null : { code: "ItemNotFound" });
        return { name, cells: failure ? null : this.sheets.get(name)!, failure, outside: this.outside.get(name) ?? null, noTable: false };
      }),
    }));
  }

  readWorksheets(names: string[], _options?: ReadOptions) {
    return this.step("readWorksheets", (): Result<SheetCells[], FakeFailure> => {
      const missing = names.find((n) => !this.sheets.has(n));
      const refused = names.find((n) => this.refused.has(n));
      if (refused) return { ok: false, failures: this.refused.get(refused)! };
      return missing ? { ok: false, failures: { code: "ItemNotFound" } } : { ok: true, value: names.map((n) => this.sheets.get(n)!) };
    });
  }

  /** At most this many cells are painted (as when the saved looks would pass their bound); null: all. */
  paintLimit: number | null = null;

  applyHighlights(sheet: string, highlights: Highlight[], options: { select?: string } = {}) {
    return this.step("applyHighlights", (): Result<HighlightsPainted | void, FakeFailure> => {
      if (options.select !== undefined) {
        this.selected.push({ sheet, cell: options.select });
        this.active = sheet;
      }
      if (this.paintLimit === null) {
        this.highlights.set(sheet, highlights);
        return { ok: true, value: undefined };
      }
      const painted = highlights.slice(0, this.paintLimit);
      this.highlights.set(sheet, painted);
      return { ok: true, value: { painted: painted.length, notPainted: highlights.length - painted.length, firstNotPainted: highlights[painted.length]?.cell ?? null } };
    });
  }

  clearHighlights(sheet: string) {
    return this.step("clearHighlights", () => {
      this.highlights.delete(sheet);
      return { ok: true, value: undefined };
    });
  }

  writeSheet(model: SheetModel, options: { activate: boolean }) {
    return this.step("writeSheet", () => {
      this.sheets.set(model.name, cellsOf(model));
      if (options.activate) this.active = model.name;
      return { ok: true, value: undefined };
    });
  }

  selectCell(sheet: string, cell: string) {
    return this.step("selectCell", (): Result<unknown, FakeFailure> => {
      if (!this.sheets.has(sheet)) return { ok: false, failures: { code: "ItemNotFound" } };
      this.selected.push({ sheet, cell });
      this.active = sheet;
      return { ok: true, value: undefined };
    });
  }

  writeCellValue(sheet: string, cell: string, value: string) {
    return this.step("writeCellValue", (): Result<unknown, FakeFailure> => {
      const cells = this.sheets.get(sheet);
      if (!cells) return { ok: false, failures: { code: "ItemNotFound" } };
      const { row, col } = parseA1(cell);
      const values = cells.values.map((r) => [...r]);
      const formats = cells.formats.map((r) => [...r]);
      while (values.length <= row) values.push([]);
      while (formats.length <= row) formats.push([]);
      values[row][col] = value;
      const width = Math.max(...values.map((r) => r.length));
      const pad = (rows: unknown[][], blank: unknown) => rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? blank));
      this.sheets.set(sheet, { ...cells, values: pad(values, ""), formats: pad(formats, "General") as string[][] });
      return { ok: true, value: undefined };
    });
  }

  /** What each file "contains" for `insertWorkbooks`; a file not listed holds one sheet named after it. */
  files: Record<string, SheetCells[]> = {};

  /** Files Excel cannot open: like Excel, a call holding one of them inserts nothing. */
  corrupt = new Set<string>();

  insertWorkbooks(files: { fileName: string; base64: string }[]) {
    return this.step("insertWorkbooks", (): Result<string[], FakeFailure> => {
      this.inserted.push(files);
      if (files.some((f) => this.corrupt.has(f.fileName))) return { ok: false, failures: { code: "InvalidArgument" } };
      const names: string[] = [];
      for (const f of files) {
        const sheets = this.files[f.fileName] ?? [{ name: f.fileName.replace(/\.xlsx$/i, ""), values: [["x"]], formats: [["General"]] }];
        for (const sheet of sheets) {
          let name = sheet.name;
          for (let i = 2; this.sheets.has(name); i++) name = `${sheet.name} (${i})`;
          this.sheets.set(name, { ...sheet, name });
          names.push(name);
        }
      }
      return { ok: true, value: names };
    });
  }

  renameSheets(renames: { from: string; to: string }[]) {
    return this.step("renameSheets", () => {
      for (const { from, to } of renames) {
        const sheet = this.sheets.get(from)!;
        this.sheets = new Map([...this.sheets].map(([k, v]) => (k === from ? [to, { ...sheet, name: to }] : [k, v])));
      }
      return { ok: true, value: undefined };
    });
  }

  isSupported(): boolean {
    return this.supportsInsert;
  }

  describeFailure(failure: FakeFailure, lang: "vi" | "en"): string {
    return lang === "vi" ? `Excel báo lỗi ${failure.code}. Hãy thử lại.` : `Excel reported ${failure.code}. Try again.`;
  }
}
