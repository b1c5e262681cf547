import fc from "fast-check";
import { formatNumberVi } from "../../../src/core/values/formatNumberVi";
import { interpretValue } from "../../../src/core/values/interpretValue";
import { parseVietnameseNumber } from "../../../src/core/values/parseVietnameseNumber";
import { readCell } from "../../../src/core/values/readCell";
import { readWord } from "../../../src/core/values/readWord";

const KINDS = ["number", "pass", "none", "rating"] as const;

describe("Vietnamese numbers round-trip", () => {
  it("a number with at most d decimals, formatted by formatNumberVi, parses back to itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 4 }), (k, decimals) => {
        const n = k / 10 ** decimals;
        expect(parseVietnameseNumber(formatNumberVi(n, decimals))).toEqual({ value: n === 0 ? 0 : n, unit: null });
      }),
      { numRuns: 2000 },
    );
  });

  // formatNumberVi keeps 15 significant digits (to drop float noise), hence the relative tolerance
  it("any double, formatted, parses back to the same text when formatted again", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 6 }), (n, decimals) => {
        const text = formatNumberVi(n, decimals);
        const parsed = parseVietnameseNumber(text);
        expect(parsed).not.toBeNull();
        expect(formatNumberVi(parsed!.value, decimals)).toBe(text);
        expect(Math.abs(parsed!.value - n)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + Math.abs(n) * 1e-14);
      }),
      { numRuns: 2000 },
    );
  });

  it('hand-built "1.234.567,89" strings (with a sign, spaces and a unit) parse to their value', () => {
    const unit = fc.constantFrom("", " hộ", " kg", "%", " Triệu đồng", " tấn", "đ");
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.stringMatching(/^\d{1,4}$/),
        fc.boolean(),
        fc.boolean(),
        unit,
        (whole, fraction, negative, withFraction, suffix) => {
          const grouped = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
          const text = `  ${negative ? "-" : ""}${grouped}${withFraction ? `,${fraction}` : ""}${suffix} `;
          const magnitude = Number(`${whole}${withFraction ? `.${fraction}` : ""}`);
          const value = negative && magnitude !== 0 ? -magnitude : magnitude;
          expect(parseVietnameseNumber(text)).toEqual({ value, unit: suffix.trim() === "" ? null : suffix.trim() });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("readCell never throws", () => {
  const special = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, new Date(NaN), new Date(0), null, undefined, [], {}, Symbol("s"), () => 1, 10n);
  const cell = fc.oneof(fc.anything({ withDate: true, withMap: true, withSet: true, withBigInt: true, withTypedArray: true }), fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.double(), special);
  const format = fc.oneof(fc.constant(undefined), fc.string(), fc.constantFrom("0%", "0.0%", '0" %"', "General", "@", "dd/mm/yyyy", "h:mm", "[$-42A]d/m/yyyy hh:mm"));

  it("reads any value and any format as one of the four readings, and interprets it for every kind", () => {
    fc.assert(
      fc.property(cell, format, (value, numberFormat) => {
        const reading = readCell(value, numberFormat);
        expect(["missing", "error", "number", "text"]).toContain(reading.type);
        if (reading.type === "number") expect(Number.isFinite(reading.value)).toBe(true);
        if (reading.type === "text") expect(reading.text).toBe(reading.text.normalize("NFC"));
        for (const kind of KINDS) expect(() => interpretValue(reading, kind)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it("reads composed and decomposed text alike", () => {
    const vietnamese = fc.constantFrom("Đạt", "Không đạt", "Không xảy ra", "Hoàn thành tốt nhiệm vụ", "Xuất sắc", "Yếu", "Khá", "40 hộ", "264.000 kg", "Tỷ lệ (%)");
    fc.assert(
      fc.property(vietnamese, fc.constantFrom(...KINDS), (text, kind) => {
        expect(readCell(text.normalize("NFD"))).toEqual(readCell(text));
        expect(readWord(text.normalize("NFD"), kind)).toBe(readWord(text, kind));
        expect(readWord(text.toUpperCase(), kind)).toBe(readWord(text, kind));
      }),
    );
  });
});
