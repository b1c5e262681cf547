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
      finding("village/report-left-out", { sheet: "Tổng hợp", cell: "F4", details: { village: "Nà Lầu", keptSheet: "Nà Lầu", keptCell: null, keptFile: null, reason: "own-report" } }),
      'Sheet "Tổng hợp", cell F4: the column of "Nà Lầu" in the consolidated sheet is not counted: the village has its own report (sheet "Nà Lầu"), which is ranked.',
    ],
    [
      finding("village/report-left-out", { sheet: "Nà Lầu (2)", cell: null, details: { village: "Nà Lầu", keptSheet: "Nà Lầu", keptCell: null, keptFile: "thon-na-lau.xlsx", reason: "same-figures" } }),
      'Sheet "Nà Lầu (2)": this report of "Nà Lầu" has the same figures as sheet "Nà Lầu" (file thon-na-lau.xlsx) and is counted once.',
    ],
    [
      finding("village/duplicate-report", { sheet: "Nà Lầu", cell: null, details: { village: "Nà Lầu", otherSheet: "Tổng hợp", otherCell: "F4", otherFile: null, more: 1 } }),
      'Sheet "Nà Lầu": the village "Nà Lầu" has several reports with different figures: this one, sheet "Tổng hợp", cell F4 and 1 more. It is not ranked and no prize is proposed for it. Remove the extra report or correct the village\'s name, then rank again.',
    ],
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
