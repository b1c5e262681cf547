import * as ExcelJS from "exceljs";
import type { Highlight } from "../../src/core/model/highlight";
import { applyHighlights, clearHighlights } from "../../src/excel";
import { installOfficeSimulator, type OfficeSimulator } from "../simulator";
import { simError } from "../simulator/errors";
import { SimWorksheet } from "../simulator/worksheet";
import { fillReport, snapshot, webRequestBytes } from "./fixtures";

jest.setTimeout(120_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

// Every third row falls short: thousands of separate one-cell runs, as on a large report.
const ROWS = 6_000;
const shortfalls: Highlight[] = Array.from({ length: ROWS / 3 }, (_, i) => ({ cell: `E${4 + 3 * i}`, style: "bad" }));

async function report(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Nà Lầu");
  fillReport(ws, ROWS);
  sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
  return ws;
}

describe("highlights of thousands of separate cells", () => {
  it("paints them many runs per command, in a few requests under 5 MB, and clear restores every look", async () => {
    const ws = await report();
    const fills = snapshot(ws, "fills");
    const fonts = snapshot(ws, "fonts");
    expect(await applyHighlights("Nà Lầu", shortfalls)).toEqual({ ok: true, value: { painted: shortfalls.length, notPainted: 0, firstNotPainted: null } });
    const painted = sim.stats.requests.reduce((n, q) => n + q.actions, 0);
    // One command per cell would be some 6 000 commands for the probe and as many for the paint.
    expect(painted).toBeLessThan(1_000);
    expect(sim.stats.syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...sim.stats.requests.map(webRequestBytes))).toBeLessThan(5_000_000);
    expect(ws.getCell("E4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell(`E${4 + 3 * (ROWS / 3 - 1)}`).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("E5").fill).toEqual(fills.E5);
    expect(await clearHighlights("Nà Lầu")).toEqual({ ok: true, value: { restored: 2000, byColour: 0 } });
    expect(snapshot(ws, "fills")).toEqual(fills);
    expect(snapshot(ws, "fonts")).toEqual(fonts);
  });
});

describe("highlights far down a sheet (six-digit rows)", () => {
  it("keeps every getRanges address under the length Excel refuses (about 8 200 characters)", async () => {
    const wb = new ExcelJS.Workbook();
    fillReport(wb.addWorksheet("Nà Lầu"), 10);
    sim = installOfficeSimulator(globalThis, wb, { apiLevel: "1.17" });
    // Every address the adapter asks `getRanges` for, as the host would receive it.
    const addresses: string[] = [];
    const original = SimWorksheet.prototype.getRanges;
    SimWorksheet.prototype.getRanges = function (address: string) {
      addresses.push(address);
      return original.call(this, address);
    };
    try {
      // Runs of two cells ("E200000:E200001"): 400 of them in one address would be 6 400 characters.
      const far = Array.from({ length: 1_500 }, (_, i) => [`E${200_000 + 4 * i}`, `E${200_001 + 4 * i}`]).flat().map((cell) => ({ cell, style: "bad" as const }));
      expect(await applyHighlights("Nà Lầu", far)).toMatchObject({ ok: true, value: { painted: 3_000 } });
    } finally {
      SimWorksheet.prototype.getRanges = original;
    }
    expect(addresses.length).toBeGreaterThan(1);
    expect(Math.max(...addresses.map((a) => a.length))).toBeLessThanOrEqual(6_000);
  });
});

describe("highlights when Excel refuses a getRanges address", () => {
  it("are painted again one range per run, and every cell is on record and clears exactly", async () => {
    const ws = await report();
    const fills = snapshot(ws, "fills");
    // This Excel refuses any address of more than 1 000 characters, as some do near 8 200 (office-js #5198).
    const original = SimWorksheet.prototype.getRanges;
    SimWorksheet.prototype.getRanges = function (address: string) {
      const areas = original.call(this, address);
      if (address.length > 1_000) {
        (this as unknown as { _queue(name: string, payload: unknown, run: () => void): void })._queue("Worksheet.getRanges", address, () => {
          throw simError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "Worksheet.getRanges");
        });
      }
      return areas;
    };
    try {
      expect(await applyHighlights("Nà Lầu", shortfalls)).toEqual({ ok: true, value: { painted: shortfalls.length, notPainted: 0, firstNotPainted: null } });
      expect(sim.stats.requests.map((r) => r.error)).toContain("InvalidArgument");
      for (const { cell } of shortfalls) expect(ws.getCell(cell).fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    } finally {
      SimWorksheet.prototype.getRanges = original;
    }
    expect(await clearHighlights("Nà Lầu")).toMatchObject({ ok: true });
    expect(snapshot(ws, "fills")).toEqual(fills);
  });
});
