import * as ExcelJS from "exceljs";
import { installOfficeSimulator, type OfficeSimulator } from "./index";
import { sheetProtection } from "./hostState";
import { cloneWorkbook } from "./node";

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Báo cáo");
  ws.getCell("A1").value = "TT";
  ws.getCell("B1").value = "Chỉ tiêu";
  ws.getCell("B2").value = "Thu ngân sách";
  ws.getCell("C2").value = 54;
  ws.getCell("D2").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("C3").value = 0.97;
  ws.getCell("C3").numFmt = "0%";
  ws.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFFF" } };
  wb.addWorksheet("Khác");
  return wb;
}

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

function install(level = "1.17", wb = book(), extra: Partial<Parameters<typeof installOfficeSimulator>[2]> = {}) {
  sim = installOfficeSimulator(globalThis, wb, { apiLevel: level, ...extra });
  return sim;
}

describe("proxies and batching", () => {
  it("throws PropertyNotLoaded for a property not loaded, and for one loaded but not yet synced", async () => {
    install();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Báo cáo").getRange("B2:D2");
      expect(() => range.values).toThrow(expect.objectContaining({ name: "RichApi.Error", code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["Thu ngân sách", 54, "#DIV/0!"]]);
    });
  });

  it("reads values as Excel gives them: blanks as \"\", percents as fractions, error strings", async () => {
    install();
    await Excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Báo cáo").getUsedRange(true).load("address,values,numberFormat");
      await ctx.sync();
      expect(used.address).toBe("'Báo cáo'!A1:D3");
      expect(used.values[2]).toEqual(["", "", 0.97, ""]);
      expect(used.numberFormat[2][2]).toBe("0%");
      expect(used.numberFormat[0][0]).toBe("General");
    });
  });

  it("applies writes only at sync, reads back a written value at once, and runs commands in order", async () => {
    install();
    await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Báo cáo").getRange("E5");
      const before = ctx.workbook.worksheets.getItem("Báo cáo").getRange("E5").load("values");
      cell.values = [[7]];
      expect(cell.values).toEqual([[7]]);
      expect(sim.workbook.getWorksheet("Báo cáo")?.findCell(5, 5)).toBeUndefined();
      const after = ctx.workbook.worksheets.getItem("Báo cáo").getRange("E5").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([[7]]);
    });
  });

  it("turns text starting with = or @ into a formula unless the cell is formatted as text", async () => {
    install();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khác");
      ws.getRange("A1:B1").values = [["=1+1", "@SUM(A1)"]];
      const guarded = ws.getRange("A2:B2");
      guarded.numberFormat = [["@", "@"]];
      guarded.values = [["=1+1", "@SUM(A1)"]];
      ws.getRange("C1").values = [["02"]];
      await ctx.sync();
    });
    const ws = sim.workbook.getWorksheet("Khác") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toEqual({ formula: "1+1" });
    expect(ws.getCell("B1").value).toEqual({ formula: "SUM(A1)" });
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("B2").value).toBe("@SUM(A1)");
    expect(ws.getCell("C1").value).toBe(2);
  });

  it("fails the sync on a shape mismatch", async () => {
    install();
    await expect(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Khác").getRange("A1:B1").values = [[1]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("fails with ItemNotFound for a missing sheet, and null objects report isNullObject after sync", async () => {
    install();
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Không có");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ItemNotFound" });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject("Không có");
      expect(() => ws.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
    });
  });

  it("rejects a batch that returns no promise and proxies used after their run", async () => {
    install();
    await expect(Excel.run((() => undefined) as never)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
    let kept: Excel.Range | null = null;
    await Excel.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Khác").getRange("A1");
    });
    expect(() => (kept as unknown as Excel.Range).load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("refuses a range from another request context", async () => {
    install();
    await expect(Excel.run(async (ctx) => {
      const other = new Excel.RequestContext();
      const foreign = other.workbook.worksheets.getItem("Khác").getRange("A1:B2");
      ctx.workbook.worksheets.getItem("Khác").charts.add("BarClustered" as Excel.ChartType, foreign);
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidRequestContext" });
  });

  it("counts only syncs that send something, with their sizes", async () => {
    install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1:C1").values = [["a", "b", "c"]];
      await ctx.sync();
    });
    // The write, then the request releasing the range the run kept (as Office.js sends it).
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.requests.map((r) => r.kind ?? "sync")).toEqual(["sync", "release"]);
    expect(sim.stats.emptySyncs).toBe(1);
    expect(sim.stats.requests[0].bytes).toBeGreaterThan(10);
  });

  it("releases no range that was untracked before its request, and none in a run that made no range", async () => {
    install();
    await Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Khác").getRange("A1:C1");
      (range as unknown as { untrack(): void }).untrack();
      range.values = [["a", "b", "c"]];
      await ctx.sync();
    });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
    });
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.requests.some((r) => r.kind === "release")).toBe(false);
  });

  it("refuses the commands a test names, after running the ones before them", async () => {
    install();
    sim.rejectCommands(/^Range\.merge$/);
    await expect(Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khác");
      ws.getRange("A1").values = [["trước"]];
      ws.getRange("A1:B1").merge();
      ws.getRange("A2").values = [["sau"]];
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument", debugInfo: { errorLocation: "Range.merge" } });
    const ws = sim.workbook.getWorksheet("Khác") as ExcelJS.Worksheet;
    expect([ws.getCell("A1").value, ws.getCell("A2").value]).toEqual(["trước", null]);
    sim.acceptAllCommands();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1:B1").merge();
      await ctx.sync();
    });
    expect(ws.getCell("B1").isMerged).toBe(true);
  });
});

describe("more of Excel's rules", () => {
  it("ClientResult values need a sync, bad load arguments throw, a blank sheet has a null used range", async () => {
    install();
    await Excel.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      expect(() => ctx.workbook.worksheets.getItem("Khác").load(42 as never)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      const used = ctx.workbook.worksheets.getItem("Khác").getUsedRangeOrNullObject();
      const plain = ctx.workbook.worksheets.getItem("Khác").getUsedRange().load("address");
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(used.isNullObject).toBe(true);
      expect(plain.address).toBe("Khác!A1");
    });
  });

  it("refuses to delete a very hidden sheet or the last visible one", async () => {
    const wb = book();
    wb.addWorksheet("Ẩn", { state: "veryHidden" });
    install("1.17", wb);
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Ẩn").delete();
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidOperation" });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").delete();
      await ctx.sync();
    });
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").delete();
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("runs commands before a failing one, not after, and makes no final sync for a rejected batch", async () => {
    install();
    await expect(Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khác");
      ws.getRange("A1").values = [["trước"]];
      ctx.workbook.worksheets.getItem("Không có");
      ws.getRange("A2").values = [["sau"]];
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ItemNotFound" });
    const ws = sim.workbook.getWorksheet("Khác") as ExcelJS.Worksheet;
    expect([ws.getCell("A1").value, ws.getCell("A2").value]).toEqual(["trước", null]);
    // The failed request, then the release of the ranges it carried: Office.js releases them even then.
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.requests[1].kind).toBe("release");
    expect(sim.stats.emptySyncs).toBe(0);
  });
});

describe("limits and errors", () => {
  it("fails a request over 5 MB before running any of it", async () => {
    install();
    const big = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => "x".repeat(600)));
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").getRange("A1:J1000").values = big;
      await ctx.sync();
    })).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(sim.workbook.getWorksheet("Khác")?.findCell(1, 1)).toBeUndefined();
  });

  it("fails a response over the limit", async () => {
    install("1.17", book(), { payloadLimitBytes: 200 });
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1:Z20").load("values,numberFormat");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("refuses writes to a protected sheet and every request in cell-edit mode", async () => {
    install();
    sim.protect("Báo cáo");
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").getRange("A1").format.fill.color = "#FFC7CE";
      await ctx.sync();
    })).rejects.toMatchObject({ code: "AccessDenied" });
    sim.setCellEditMode(true);
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Khác").load("name");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("data validation and protection", () => {
  it("protects with Excel's options (left out: not allowed), refuses an unknown option, and clears a rule", async () => {
    const wb = book();
    install("1.17", wb);
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Báo cáo");
      const dv = ws.getRange("C2:C3").dataValidation;
      dv.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator } };
      ws.getRange("C2").dataValidation.clear();
      ws.getRange("C2:C3").format.protection.locked = false;
      ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      await ctx.sync();
    });
    const ws = wb.getWorksheet("Báo cáo") as ExcelJS.Worksheet;
    expect([ws.getCell("C2").dataValidation, ws.getCell("C3").dataValidation]).toEqual([undefined, expect.objectContaining({ type: "decimal", formulae: [0] })]);
    expect(sheetProtection(ws)).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, formatCells: false, insertRows: false, selectLockedCells: true });
    const reprotect = Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").protection.protect();
      await ctx.sync();
    });
    await expect(reprotect).rejects.toMatchObject({ code: "InvalidOperation" });
    const unknown = Excel.run(async (ctx) => {
      const protection = ctx.workbook.worksheets.getItem("Khác").protection;
      protection.protect({ allowEverything: true } as Excel.WorksheetProtectionOptions);
      await ctx.sync();
    });
    await expect(unknown).rejects.toMatchObject({ code: "InvalidArgument" });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Báo cáo").protection.unprotect();
      await ctx.sync();
    });
    expect(sheetProtection(ws)).toBeNull();
  });
});

describe("API levels", () => {
  it("answers isSetSupported for the configured level, comparing versions as numbers", () => {
    install("1.9");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi")).toBe(true);
  });

  it("makes APIs above the level throw ApiNotFound", async () => {
    install("1.1");
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khác");
      expect(() => ws.getRange("A1:B1").merge()).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ctx.workbook.settings).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ctx.workbook.worksheets.getItemOrNullObject("x")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ws.pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => ws.getRange("A1").format.load("columnWidth")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

describe("formats", () => {
  it("reads no fill and a white fill both as #FFFFFF; pattern tells them apart", async () => {
    install();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Báo cáo");
      const none = ws.getRange("B3").format.fill.load("color,pattern");
      const white = ws.getRange("B4").format.fill.load("color,pattern");
      const props = ws.getRange("B3:B4").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await ctx.sync();
      expect([none.color, white.color]).toEqual(["#FFFFFF", "#FFFFFF"]);
      expect([none.pattern, white.pattern]).toEqual(["None", "Solid"]);
      expect(props.value.map((r) => (r[0] as { format: { fill: { pattern: string } } }).format.fill.pattern)).toEqual(["None", "Solid"]);
    });
  });

  it("reports null for a format that differs across the range, and merged cells keep only the top-left value", async () => {
    install();
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Khác");
      ws.getRange("A1").format.fill.color = "#FFC7CE";
      ws.getRange("A3:C3").values = [["Tiêu đề", "", ""]];
      ws.getRange("A3:C3").merge();
      const mixed = ws.getRange("A1:A2").format.fill.load("color");
      const merged = ws.getRange("A3:C3").load("values");
      await ctx.sync();
      expect(mixed.color).toBeNull();
      expect(merged.values).toEqual([["Tiêu đề", "", ""]]);
    });
  });
});

describe("settings", () => {
  it("keeps workbook.settings in the document and document.settings only after saveAsync", async () => {
    install("1.17", book(), { settings: { a: 1 } });
    await Excel.run(async (ctx) => {
      ctx.workbook.settings.add("k", { x: [1, 2] });
      const a = ctx.workbook.settings.getItem("a").load("value");
      await ctx.sync();
      expect(a.value).toBe(1);
    });
    expect(sim.settings()).toEqual({ a: 1, k: { x: [1, 2] } });
    sim.reopen();
    const doc = Office.context.document.settings;
    expect(doc.get("k")).toEqual({ x: [1, 2] });
    doc.set("z", "unsaved");
    sim.reopen();
    expect(doc.get("z")).toBeNull();
    doc.set("z", "saved");
    await new Promise<void>((resolve) => doc.saveAsync(() => resolve()));
    sim.reopen();
    expect(doc.get("z")).toBe("saved");
  });
});

describe("worksheets", () => {
  it("adds at the end without activating, rejects duplicate and invalid names, deletes", async () => {
    install();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Mới");
      const list = ctx.workbook.worksheets.load("items/name,items/position");
      await ctx.sync();
      expect(list.items.map((w) => [w.name, w.position])).toEqual([["Báo cáo", 0], ["Khác", 1], ["Mới", 2]]);
    });
    expect(sim.activeSheet).toBe("Báo cáo");
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("mới");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("a/b");
      await ctx.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Mới").delete();
      await ctx.sync();
    });
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Khác"]);
  });

  it("inserts the sheets of another workbook from base64, renaming clashes", async () => {
    install("1.13");
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Khác").getCell("A1").value = "từ tệp khác";
    const base64 = Buffer.from(await other.xlsx.writeBuffer()).toString("base64");
    const ids = await Excel.run(async (ctx) => {
      const r = ctx.workbook.insertWorksheetsFromBase64(base64);
      await ctx.sync();
      return r.value;
    });
    expect(ids).toHaveLength(1);
    expect(sim.workbook.worksheets.map((w) => w.name)).toEqual(["Báo cáo", "Khác", "Khác (2)"]);
    expect(sim.workbook.getWorksheet("Khác (2)")?.getCell("A1").value).toBe("từ tệp khác");
  });

  it("works on a workbook read from .xlsx bytes", async () => {
    install("1.17", await cloneWorkbook(book()));
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Báo cáo").getRange("B2:C2").load("values");
      await ctx.sync();
      expect(r.values).toEqual([["Thu ngân sách", 54]]);
    });
  });
});
