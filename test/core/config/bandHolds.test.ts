import fc from "fast-check";
import { bandBounds, bandHolds, type Band } from "../../../src/core/config/pointsSchemas";

// The bounds as docs/scoring.md#points-method states them: from ≥, above >, below <, to ≤, each optional.
function holdsByBounds(band: Band, percent: number): boolean {
  const { low, lowIn, high, highIn } = bandBounds(band);
  return (lowIn ? percent >= low : percent > low) && (highIn ? percent <= high : percent < high);
}

describe("bandHolds", () => {
  it.each([
    [{ below: 95, points: -2 }, 94.99, true],
    [{ below: 95, points: -2 }, 95, false],
    [{ from: 95, below: 100, points: -1 }, 95, true],
    [{ from: 95, below: 100, points: -1 }, 99.99, true],
    [{ from: 95, below: 100, points: -1 }, 100, false],
    [{ above: 100, below: 120, points: 1 }, 100, false],
    [{ above: 100, below: 120, points: 1 }, 100.01, true],
    [{ above: 100, below: 120, points: 1 }, 119.99, true],
    [{ above: 100, below: 120, points: 1 }, 120, false],
    [{ from: 120, points: 2 }, 120, true],
    [{ to: 50, points: -3 }, 50, true],
    [{ points: 1 }, 0, true],
    [{ points: 1 }, Number.NaN, false],
  ] as [Band, number, boolean][])("%j at %d %% holds: %s", (band, percent, holds) => {
    expect(bandHolds(band, percent)).toBe(holds);
  });

  it("agrees with the band's bounds for every band and percentage", () => {
    const bound = fc.option(fc.double({ min: -50, max: 250, noNaN: true }), { nil: undefined });
    const band = fc.record({ from: bound, above: bound, below: bound, to: bound, points: fc.integer({ min: -3, max: 3 }) });
    const percent = fc.oneof(fc.double({ min: -100, max: 300 }), fc.constantFrom(95, 100, 120, -Infinity, Infinity));
    fc.assert(fc.property(band, percent, (b, p) => bandHolds(b, p) === holdsByBounds(b, p)));
  });
});
