import fc from "fast-check";
import { columnLetters } from "../../src/excel/a1";
import { fittingCount } from "../../src/excel/fittingHighlights";
import { encodeState, type CellLook } from "../../src/excel/highlightState";

const LOOKS: CellLook[] = [
  { fill: null, font: "#000000" },
  { fill: "#FFFF00", font: "#000000" },
  { fill: "#FFFFFF", font: "#FF0000", pattern: "Gray25" },
];

const size = (cells: [string, CellLook][]) => encodeState({ sheet: "Nà Lầu", cells: Object.fromEntries(cells) }).length;

/** Distinct cells in sheet order (row by row), each with one of a few looks. */
const rowByRow = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 30 })), { selector: ([r, c]) => `${r},${c}`, maxLength: 300 })
  .chain((refs) => fc.tuple(fc.constant(refs.sort((a, b) => a[0] - b[0] || a[1] - b[1])), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: refs.length, maxLength: refs.length })))
  .map(([refs, looks]) => refs.map(([r, c], i): [string, CellLook] => [`${columnLetters(c)}${r}`, LOOKS[looks[i]]]));

describe("fittingCount", () => {
  it("gives every cell when they fit, none when not even the first does", () => {
    const cells: [string, CellLook][] = [["E5", LOOKS[0]], ["E6", LOOKS[0]], ["E8", LOOKS[1]]];
    expect(fittingCount("Nà Lầu", cells, size(cells))).toBe(3);
    expect(fittingCount("Nà Lầu", cells, 10)).toBe(0);
    expect(fittingCount("Nà Lầu", [], 10)).toBe(0);
  });

  it("in sheet order, gives the most leading cells whose saved state fits the limit", () => {
    fc.assert(
      fc.property(rowByRow, fc.integer({ min: 60, max: 4_000 }), (cells, limit) => {
        const k = fittingCount("Nà Lầu", cells, limit);
        expect(k === 0 || size(cells.slice(0, k)) <= limit).toBe(true);
        if (k < cells.length) expect(size(cells.slice(0, k + 1))).toBeGreaterThan(limit);
      }),
    );
  });

  it("in sheet order, gives every cell of a prefix whose state is exactly at the limit", () => {
    fc.assert(
      fc.property(rowByRow.filter((cells) => cells.length > 0), fc.nat(), (cells, j) => {
        const n = 1 + (j % cells.length);
        expect(fittingCount("Nà Lầu", cells, size(cells.slice(0, n)))).toBeGreaterThanOrEqual(n);
      }),
    );
  });

  it("in any order, never gives more than fit", () => {
    fc.assert(
      fc.property(rowByRow.chain((cells) => fc.shuffledSubarray(cells, { minLength: cells.length })), fc.integer({ min: 60, max: 4_000 }), (cells, limit) => {
        const k = fittingCount("Nà Lầu", cells, limit);
        expect(k === 0 || size(cells.slice(0, k)) <= limit).toBe(true);
      }),
    );
  });
});
