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
    [finding("points/self-total", { sheet: "Bản Piềng", cell: "G15", expected: 97.5, actual: 98 }), "Sheet \"Bản Piềng\", cell G15: the total of the village's own points is written as 98, but its rows add up to 97.5. Check the sum."],
    [
      finding("village/adjustment-without-report", { sheet: "Cấu hình xếp hạng", cell: "A52", details: { village: "Bản Thử", points: -2, field: "adjustments[1]" } }),
      "Configuration \"Cấu hình xếp hạng\", cell A52: the adjustment of -2 points for \"Bản Thử\" is not counted: that village has no report. Check the village's name.",
    ],
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
