import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { convertLegacyText, decodeLegacyText } from "../../../src/core/text/legacyEncoding";
import { toTcvn3, toVni } from "./legacyCodecs";

// every word of the seed's table, as a pool to build sentences from
const seedWords = [
  ...new Set(
    fs
      .readFileSync(path.join(__dirname, "seedTableRows.tsv"), "utf8")
      .split(/[^\p{L}]+/u)
      .filter((word) => word !== ""),
  ),
];
const sentence = fc.array(fc.constantFrom(...seedWords), { minLength: 1, maxLength: 12 }).map((words) => words.join(" "));
// Short legacy text can spell Unicode words ("trò" is VNI for "trị"), so recovery is asserted on
// sentences of six accented words or more, with some plain ones among them.
const accentedWords = seedWords.filter((word) => /[^\p{ASCII}]/u.test(word));
const plainWords = seedWords.filter((word) => /^\p{ASCII}+$/u.test(word));
const accented = fc
  .tuple(
    fc.array(fc.constantFrom(...accentedWords), { minLength: 6, maxLength: 14 }),
    fc.array(fc.constantFrom(...plainWords), { maxLength: 4 }),
  )
  .map(([words, plain]) => [...words, ...plain].sort((a, b) => a.localeCompare(b)).join(" "));
const latin1 = fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code)) });

describe("decodeLegacyText properties", () => {
  it("never throws, and returns NFC text when it converts", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), latin1), (text) => {
        const decoded = decodeLegacyText(text);
        if (decoded !== null) expect(decoded.text).toBe(decoded.text.normalize("NFC"));
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves Unicode Vietnamese sentences alone", () => {
    fc.assert(fc.property(sentence, (text) => expect(decodeLegacyText(text)).toBeNull()), { numRuns: 1000 });
  });

  it("recovers any sentence typed in VNI", () => {
    fc.assert(
      fc.property(accented, (text) => {
        expect(decodeLegacyText(toVni(text))).toEqual({ text: text.normalize("NFC"), encoding: "vni" });
      }),
      { numRuns: 1000 },
    );
  });

  it("recovers any lower-case sentence typed in TCVN3", () => {
    fc.assert(
      fc.property(accented, (text) => {
        const lower = text.toLowerCase();
        expect(decodeLegacyText(toTcvn3(lower))).toEqual({ text: lower, encoding: "tcvn3" });
      }),
      { numRuns: 1000 },
    );
  });

  it("convertLegacyText inverts both encoders on every seed word, however short", () => {
    for (const word of seedWords) {
      expect(convertLegacyText(toVni(word), "vni")).toBe(word.normalize("NFC"));
      expect(convertLegacyText(toTcvn3(word.toLowerCase()), "tcvn3")).toBe(word.toLowerCase());
    }
  });
});
