import { formatFinding } from "../../../src/core/messages";
import { finding } from "../../../src/core/model/finding";
import { SAMPLE_FINDINGS } from "./sampleFindings";

describe("English messages", () => {
  it.each(SAMPLE_FINDINGS.map((f) => [f.code, f] as const))("%s says where: the sheet and the cell", (_, f) => {
    const text = formatFinding(f, "en");
    if (f.cell !== null) expect(text).toContain(f.cell);
    expect(text).toContain(f.sheet);
    expect(text).not.toMatch(/undefined|null|NaN|\[object/u);
  });

  it("differs from the Vietnamese for every code", () => {
    for (const f of SAMPLE_FINDINGS) expect(formatFinding(f, "en")).not.toBe(formatFinding(f, "vi"));
  });

  it.each([
    [
      finding("value/missing", { sheet: "Nà Lầu", cell: "E7", indicator: "Thu nhập bình quân đầu người" }),
      'Sheet "Nà Lầu", cell E7: no actual value for "Thu nhập bình quân đầu người". Fill in the result achieved.',
    ],
    [
      finding("target/shortfall", { sheet: "Nà Lầu", cell: "E30", indicator: "Số hộ nghèo giảm trong năm", expected: 1417, actual: 1000.5, details: { ratio: 0.706, direction: "higher" } }),
      'Sheet "Nà Lầu", cell E30: "Số hộ nghèo giảm trong năm" is not met: 1,000.5 against a target of 1,417 (70.6%).',
    ],
  ])("says %# in plain English with English numbers", (f, sentence) => {
    expect(formatFinding(f, "en")).toBe(sentence);
  });
});
