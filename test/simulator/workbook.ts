import type * as ExcelJS from "exceljs";
import { parseAddress } from "./address";
import { SimContextCore, type SimState } from "./context";
import { ERROR_TEXT, simError } from "./errors";
import { SimClientResult, SimObject, type PropSpec } from "./proxy";
import { SimRange } from "./range";
import { SimSettingCollection } from "./settings";
import { freeName, moveSheet, sheetId } from "./sheetNames";
import { SimWorksheet, SimWorksheetCollection, activeSheet } from "./worksheet";

/** `Excel.RequestContext`: the batch and the root `workbook` proxy. */
export class SimRequestContext extends SimContextCore {
  readonly workbook: SimWorkbook;
  constructor(state: SimState) {
    super(state);
    this.workbook = new SimWorkbook(this);
  }
}

export class SimWorkbook extends SimObject<ExcelJS.Workbook> {
  private sheetsProxy?: SimWorksheetCollection;
  private settingsProxy?: SimSettingCollection;

  constructor(ctx: SimContextCore) {
    super(ctx, "Workbook", () => ctx.state.workbook);
  }
  override _props(): Record<string, PropSpec<ExcelJS.Workbook>> {
    return {};
  }
  get worksheets(): SimWorksheetCollection {
    return (this.sheetsProxy ??= new SimWorksheetCollection(this.context));
  }
  get settings(): SimSettingCollection {
    this._need("1.4", "Workbook.settings");
    return (this.settingsProxy ??= new SimSettingCollection(this.context));
  }

  getSelectedRange(): SimRange {
    const sheet = new SimWorksheet(this.context, () => activeSheet(this.context));
    return new SimRange(this.context, sheet, (ws) => {
      const sel = this.context.state.selection;
      return (sel && sel.sheet === ws.name && parseAddress(sel.address)) || { r1: 1, c1: 1, r2: 1, c2: 1 };
    });
  }

  /** ExcelApi 1.13: copies the sheets of an .xlsx (base64) to the end of this workbook; returns their ids. */
  insertWorksheetsFromBase64(base64File: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }): SimClientResult<string[]> {
    this._need("1.13", "Workbook.insertWorksheetsFromBase64");
    const result = new SimClientResult<string[]>();
    const bytes = base64File.length;
    this.context.enqueue({
      name: "Workbook.insertWorksheetsFromBase64",
      bytes: bytes + 60,
      run: async () => {
        const wb = this.context.state.workbook;
        const source = new (wb.constructor as new () => ExcelJS.Workbook)();
        try {
          await source.xlsx.load(decodeBase64(base64File) as unknown as ExcelJS.Buffer);
        } catch {
          throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Workbook.insertWorksheetsFromBase64");
        }
        const wanted = options?.sheetNamesToInsert;
        const ids: string[] = [];
        for (const src of source.worksheets) {
          if (wanted && !wanted.includes(src.name)) continue;
          const copy = wb.addWorksheet(freeName(wb, src.name));
          const model = src.model as unknown as Record<string, unknown>;
          copy.model = { ...model, name: copy.name, mergeCells: model.merges } as unknown as ExcelJS.WorksheetModel;
          moveSheet(wb, copy, options?.positionType === "Beginning" ? ids.length : wb.worksheets.length - 1);
          ids.push(sheetId(copy));
        }
        return result._deliver(ids);
      },
    });
    return result;
  }
}

function decodeBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(text)) throw simError("InvalidArgument", ERROR_TEXT.InvalidArgument, "Workbook.insertWorksheetsFromBase64");
  const binary = atob(text.replace(/\s/g, ""));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
