import type * as ExcelJS from "exceljs";
import { applyHighlights, clearHighlights, describeFailure } from "../../src/excel";
import { STATE_PREFIX, TOTAL_LIMIT_CHARS, encodeState, type HighlightState, type StateStore } from "../../src/excel/highlightState";
import { settleStates } from "../../src/excel/stateMatch";
import type { OfficeSimulator } from "../simulator";
import { sheetId } from "../simulator/sheetNames";
import { fillReport, simulate, snapshot } from "./fixtures";

jest.setTimeout(60_000);

let sim: OfficeSimulator;
afterEach(() => sim?.uninstall());

/** Three village reports side by side, as a commune's workbook holds them. */
function commune(): ExcelJS.Workbook {
  const ExcelJSLib = jest.requireActual<typeof import("exceljs")>("exceljs");
  const wb = new ExcelJSLib.Workbook();
  for (const name of ["Nà Lầu", "Khuổi Khâm", "Pác Nặm"]) fillReport(wb.addWorksheet(name), 10);
  return wb;
}

const sheetOf = (name: string) => sim.workbook.getWorksheet(name) as ExcelJS.Worksheet;
const idOf = (name: string) => sheetId(sheetOf(name));

/** Opens the workbook again with the settings Excel gave back: `move` rewrites each sheet id in the keys. */
async function reopen(wb: ExcelJS.Workbook, apiLevel: string, move: (key: string) => string | null): Promise<void> {
  const saved = sim.settings();
  sim.uninstall();
  const settings = Object.fromEntries(Object.entries(saved).flatMap(([key, value]) => {
    const to = move(key);
    return to ? [[to, value]] : [];
  }));
  sim = await simulate(wb, "commune.xlsx", { apiLevel, settings });
}

describe.each(["1.17", "1.4"])("highlights across a reopen at ExcelApi %s", (apiLevel) => {
  it("with sheet ids renumbered, clears each sheet's own cells and never paints another sheet with its records", async () => {
    sim = await simulate(commune(), "commune.xlsx", { apiLevel });
    const wb = sim.workbook;
    const before = { a: snapshot(sheetOf("Nà Lầu"), "fills"), b: snapshot(sheetOf("Khuổi Khâm"), "fills") };
    await applyHighlights("Nà Lầu", [{ cell: "E4", style: "bad" }, { cell: "E5", style: "bad" }]);
    await applyHighlights("Khuổi Khâm", [{ cell: "E7", style: "neutral" }]);
    // Position-shaped ids shift by one: Nà Lầu's record now sits under Khuổi Khâm's id, and so on.
    const ids = ["Nà Lầu", "Khuổi Khâm", "Pác Nặm"].map(idOf);
    await reopen(wb, apiLevel, (key) => {
      const i = ids.findIndex((id) => key === STATE_PREFIX + id);
      return i === -1 ? key : STATE_PREFIX + ids[(i + 1) % ids.length];
    });
    expect(await clearHighlights("Khuổi Khâm")).toEqual({ ok: true, value: { restored: 1, byColour: 0 } });
    expect(snapshot(sheetOf("Khuổi Khâm"), "fills")).toEqual(before.b);
    // Nà Lầu still wears its highlights, found again by its name.
    expect(sheetOf("Nà Lầu").getCell("E4").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(await clearHighlights("Nà Lầu")).toEqual({ ok: true, value: { restored: 2, byColour: 0 } });
    expect(snapshot(sheetOf("Nà Lầu"), "fills")).toEqual(before.a);
    expect(Object.keys(sim.settings()).filter((k) => k.startsWith(STATE_PREFIX))).toEqual([]);
  });

  it("restores only cells that still wear the add-in's colours when the record is not surely this sheet's", async () => {
    sim = await simulate(commune(), "commune.xlsx", { apiLevel });
    const wb = sim.workbook;
    await applyHighlights("Nà Lầu", [{ cell: "E4", style: "bad" }, { cell: "E5", style: "bad" }]);
    // The clerk paints E5 yellow by hand; then the document comes back with other ids.
    sheetOf("Nà Lầu").getCell("E5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    await reopen(wb, apiLevel, (key) => (key.startsWith(STATE_PREFIX) ? `${STATE_PREFIX}{00000000-0001-0000-0099-000000000000}` : key));
    expect(await clearHighlights("Nà Lầu")).toEqual({ ok: true, value: { restored: 1, byColour: 0 } });
    expect(sheetOf("Nà Lầu").getCell("E5").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
  });

  it("keeps other sheets' records when one sheet is deleted, and forgets only the deleted sheet's", async () => {
    sim = await simulate(commune(), "commune.xlsx", { apiLevel });
    await applyHighlights("Nà Lầu", [{ cell: "E4", style: "bad" }]);
    await applyHighlights("Pác Nặm", [{ cell: "E4", style: "bad" }]);
    sim.workbook.removeWorksheet(sheetOf("Pác Nặm").id);
    await applyHighlights("Khuổi Khâm", [{ cell: "E6", style: "bad" }]);
    const kept = Object.values(sim.settings()).map((v) => (JSON.parse(v as string) as { sheet: string }).sheet).sort();
    expect(kept).toEqual(["Khuổi Khâm", "Nà Lầu"]);
  });
});

describe("highlights whose record was lost", () => {
  it("are cleared by the add-in's exact colour pairs from ExcelApi 1.9, and no other cell is touched", async () => {
    sim = await simulate(commune(), "commune.xlsx", { apiLevel: "1.17" });
    const wb = sim.workbook;
    await applyHighlights("Nà Lầu", [{ cell: "E4", style: "bad" }, { cell: "E6", style: "neutral" }]);
    // A cell the clerk coloured in the Bad fill with another font is not the add-in's.
    sheetOf("Nà Lầu").getCell("E8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
    await reopen(wb, "1.17", () => null);
    expect(await clearHighlights("Nà Lầu")).toEqual({ ok: true, value: { restored: 0, byColour: 2 } });
    expect(sheetOf("Nà Lầu").getCell("E4").fill).toBeUndefined();
    expect(sheetOf("Nà Lầu").getCell("E8").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
  });

  it("below ExcelApi 1.9 are told how to clear by hand, in both languages", async () => {
    sim = await simulate(commune(), "commune.xlsx", { apiLevel: "1.4" });
    const wb = sim.workbook;
    await applyHighlights("Nà Lầu", [{ cell: "E4", style: "bad" }]);
    await reopen(wb, "1.4", () => null);
    const cleared = await clearHighlights("Nà Lầu");
    expect(cleared).toMatchObject({ ok: false, failures: { code: "highlights-lost", sheet: "Nà Lầu" } });
    if (cleared.ok) return;
    expect(describeFailure(cleared.failures, "vi")).toContain("Không tô màu");
    expect(describeFailure(cleared.failures, "en")).toContain("No Fill");
  });
});

describe("the saved records' total", () => {
  it("stays under the total limit: a sheet is painted as far as the room the other sheets leave", async () => {
    sim = await simulate(commune(), "commune.xlsx", { apiLevel: "1.17" });
    const wb = sim.workbook;
    // Another sheet's record already takes nearly all the room.
    const recordOf = (n: number): string =>
      encodeState({ sheet: "Khuổi Khâm", cells: Object.fromEntries(Array.from({ length: n }, (_, i) => [`E${2 * i + 4}`, { fill: null, font: "#000000" }])) });
    let n = 60_000;
    while (recordOf(n).length > TOTAL_LIMIT_CHARS - 20_000) n -= 500;
    const bigText = recordOf(n);
    const khuoi = idOf("Khuổi Khâm");
    await reopen(wb, "1.17", (key) => key);
    sim.uninstall();
    sim = await simulate(wb, "commune.xlsx", { apiLevel: "1.17", settings: { [STATE_PREFIX + khuoi]: bigText } });
    const many = Array.from({ length: 4_000 }, (_, i) => ({ cell: `${i % 2 ? "E" : "F"}${2 * i + 4}`, style: "bad" as const }));
    const applied = await applyHighlights("Nà Lầu", many);
    expect(applied.ok).toBe(true);
    const total = Object.entries(sim.settings()).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_LIMIT_CHARS + 200);
    if (applied.ok) expect(applied.value.notPainted).toBeGreaterThan(0);
  });
});

describe("settleStates", () => {
  function store(saved: Record<string, HighlightState>): StateStore & { puts: [string, HighlightState | null][] } {
    const puts: [string, HighlightState | null][] = [];
    return {
      puts,
      keys: () => Object.keys(saved),
      chars: (key) => (saved[key] ? encodeState(saved[key]).length : 0),
      get: (key) => saved[key] ?? null,
      put: (key, state) => void puts.push([key, state]),
      save: async () => undefined,
    };
  }
  const s = (sheet: string): HighlightState => ({ sheet, cells: { E4: { fill: null, font: "#000000" } } });

  it.each([
    ["its own id and name: sure, nothing moves", { [`${STATE_PREFIX}1`]: s("A") }, [{ id: "1", name: "A" }], { "1": ["A", true] }, []],
    ["renamed (same id, the old name gone): not sure", { [`${STATE_PREFIX}1`]: s("A") }, [{ id: "1", name: "A mới" }], { "1": ["A", false] }, []],
    ["ids swapped on reopen: each moves to its name, not sure", { [`${STATE_PREFIX}1`]: s("A"), [`${STATE_PREFIX}2`]: s("B") }, [{ id: "2", name: "A" }, { id: "1", name: "B" }], { "2": ["A", false], "1": ["B", false] }, [`${STATE_PREFIX}2`, `${STATE_PREFIX}1`]],
    ["an id now naming another sheet whose own name has no record: never that sheet's", { [`${STATE_PREFIX}1`]: s("A") }, [{ id: "1", name: "B" }, { id: "3", name: "A" }], { "3": ["A", false] }, [`${STATE_PREFIX}3`, `${STATE_PREFIX}1`]],
    ["a deleted sheet's record: forgotten", { [`${STATE_PREFIX}9`]: s("Z") }, [{ id: "1", name: "A" }], {}, [`${STATE_PREFIX}9`]],
  ])("%s", (_label, saved, live, owners, changedKeys) => {
    const st = store(saved);
    const owned = settleStates(st, live);
    expect(Object.fromEntries([...owned].map(([id, o]) => [id, [o.state.sheet, o.sure]]))).toEqual(owners);
    expect(st.puts.map(([key]) => key)).toEqual(changedKeys);
  });
});
