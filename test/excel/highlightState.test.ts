import { lookFromProperties } from "../../src/excel/cellPropertiesLook";
import { STATE_LIMIT_CHARS, decodeState, encodeState, type CellLook, type HighlightState } from "../../src/excel/highlightState";

const PLAIN: CellLook = { fill: null, font: "#000000" };
const YELLOW: CellLook = { fill: "#FFFF00", font: "#000000" };

function state(cells: string[], look = (_i: number): CellLook => PLAIN): HighlightState {
  return { sheet: "Thôn Nà Lầu", cells: Object.fromEntries(cells.map((c, i) => [c, look(i)])) };
}

describe("saved highlight state", () => {
  it("round-trips through its JSON string, runs of cells sharing a look", () => {
    const s = state(["E5", "E6", "E7", "E9", "F5"], (i) => (i === 3 ? { fill: "#FFFFFF", font: "#FF0000", pattern: "Gray25" } : i === 4 ? YELLOW : PLAIN));
    const saved = encodeState(s);
    expect(typeof saved).toBe("string");
    expect(JSON.parse(saved)).toMatchObject({ v: 2, runs: [["E5:E7", 0], ["E9", 1], ["F5", 2]] });
    expect(decodeState(saved)).toEqual(s);
  });

  it("still reads the per-cell object an earlier version saved, and nothing from anything else", () => {
    expect(decodeState({ sheet: "A", cells: { E4: { fill: null, font: null, style: "bad" } } })).toEqual({ sheet: "A", cells: { E4: PLAIN } });
    expect(decodeState(JSON.stringify({ sheet: "A", cells: { E4: { fill: "#FFFF00", font: "#000000" } } }))).toEqual({ sheet: "A", cells: { E4: YELLOW } });
    for (const junk of [null, 42, "not json", "[]", { sheet: "A" }]) expect(decodeState(junk)).toBeNull();
  });

  // The size the state reaches for a 6 000-row report (figures quoted in highlightState.ts).
  const same = (): CellLook => PLAIN;
  const mixed = (i: number): CellLook => (i % 3 === 0 ? YELLOW : PLAIN);
  it.each([
    ["every row of one column", (r: number) => [`E${r}`], same, 100],
    ["every other row of one column", (r: number) => (r % 2 === 0 ? [`E${r}`] : []), same, 40_000],
    ["every row of one column, a third of the cells yellow before", (r: number) => [`E${r}`], mixed, 65_000],
    ["every other row of two columns, a third yellow", (r: number) => (r % 2 === 0 ? [`E${r}`, `F${r}`] : []), mixed, 80_000],
  ])("6 000 rows, %s", (_label, cellsOf, look, most) => {
    const cells = Array.from({ length: 6000 }, (_, i) => cellsOf(4 + i)).flat();
    const saved = encodeState(state(cells, look));
    expect(saved.length).toBeLessThan(most);
    expect(saved.length).toBeLessThan(STATE_LIMIT_CHARS);
    expect(Object.keys(decodeState(saved)!.cells)).toHaveLength(cells.length);
  });
});

describe("a cell's look from getCellProperties, whatever shape the answer has", () => {
  it.each([
    ["no fill", [[{ format: { fill: { color: "#FFFFFF", pattern: "None" }, font: { color: "#000000" } } }]], PLAIN],
    ["white", [[{ format: { fill: { color: "#FFFFFF", pattern: "Solid" }, font: { color: "#000000" } } }]], { fill: "#FFFFFF", font: "#000000" }],
    ["a pattern", [[{ format: { fill: { color: "#FFFF00", pattern: "Gray25" }, font: { color: "#9C0006" } } }]], { fill: "#FFFF00", font: "#9C0006", pattern: "Gray25" }],
    ["a gradient, kept as solid", [[{ format: { fill: { color: "#5B9BD5", pattern: "LinearGradient" }, font: { color: "#000000" } } }]], { fill: "#5B9BD5", font: "#000000" }],
    ["no pattern given: white read as no fill", [[{ format: { fill: { color: "#ffffff" }, font: { color: "#000000" } } }]], PLAIN],
    ["no pattern given: a colour", [[{ format: { fill: { color: "#FFFF00" } } }]], YELLOW],
    ["no font colour (rich text): black", [[{ format: { fill: { color: "#FFFF00", pattern: "Solid" }, font: { color: null } } }]], YELLOW],
    ["no fill told at all", [[{ format: { font: { color: "#000000" } } }]], null],
    ["no format", [[{}]], null],
    ["a row missing", [], null],
    ["not rows of cells", [{ format: { fill: { color: "#FFFF00" } } }], null],
    ["no answer", undefined, null],
  ])("%s", (_label, grid, look) => {
    expect(lookFromProperties(grid, 0, 0)).toEqual(look);
  });
});
