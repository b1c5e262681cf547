import { matchIndicators, matchReport } from "../../../src/core/matching/matchIndicators";
import { wordSimilarity } from "../../../src/core/matching/wordSimilarity";

const item = (name: string, path: string[] = []) => ({ name, path });
const EDUCATION = ["Chỉ tiêu về văn hóa - xã hội", "Chỉ tiêu Giáo dục"];
const targets = [
  item("Tỷ lệ huy động trẻ 5 tuổi đến lớp", EDUCATION),
  item("Tỷ lệ huy động trẻ 6 tuổi đi học lớp 1", EDUCATION),
  item("Số hộ nghèo giảm trong năm", ["Chỉ tiêu về văn hóa - xã hội"]),
  item("Công tác tuyển quân", ["Chỉ tiêu về Quốc phòng - an ninh"]),
];

describe("matchIndicators", () => {
  it("matches the same name across the whole sheet, whatever the groups", () => {
    expect(matchIndicators([item("Công tác tuyển quân"), item("Số hộ nghèo giảm trong năm", ["Khác"])], targets)).toEqual([
      { target: 3, kind: "exact" },
      { target: 2, kind: "exact" },
    ]);
  });

  it("matches names differing in case, spacing and punctuation exactly, and without diacritics folded", () => {
    expect(matchIndicators([item("  SỐ HỘ nghèo, giảm trong năm."), item("Cong tac tuyen quan")], targets)).toEqual([
      { target: 2, kind: "exact" },
      { target: 3, kind: "folded" },
    ]);
  });

  it("matches a slightly reworded name in the same group, reordered", () => {
    const report = [item("Tỷ lệ huy động trẻ em 6 tuổi vào học lớp 1", EDUCATION), item("Tỷ lệ huy động trẻ em 5 tuổi ra lớp", EDUCATION)];
    expect(matchIndicators(report, targets)).toEqual([
      { target: 1, kind: "similar" },
      { target: 0, kind: "similar" },
    ]);
  });

  it("matches a reworded name under a reworded group name", () => {
    expect(matchIndicators([item("Tỷ lệ huy động trẻ em 5 tuổi ra lớp", ["Văn hóa - xã hội", "Giáo dục"])], targets)).toEqual([{ target: 0, kind: "similar" }]);
  });

  it("does not match an unrelated extra row, nor a similar name in another group", () => {
    const report = [item("Số con trâu bò xuất chuồng"), item("Tỷ lệ huy động trẻ em 5 tuổi ra lớp", ["Chỉ tiêu y tế"])];
    expect(matchIndicators(report, targets)).toEqual([null, null]);
  });

  it("never matches two rows to one target", () => {
    expect(matchIndicators([item("Công tác tuyển quân"), item("Công tác tuyển quân")], targets)).toEqual([{ target: 3, kind: "exact" }, null]);
  });

  it("scores shared words, and different numbers as different indicators", () => {
    expect(wordSimilarity("ty le huy dong tre 5 tuoi den lop", "ty le huy dong tre em 5 tuoi ra lop")).toBeCloseTo(16 / 19, 5);
    expect(wordSimilarity("ty le tre 5 tuoi", "ty le tre 6 tuoi")).toBeLessThan(0.6);
    expect(wordSimilarity("", "ty le")).toBe(0);
  });

  describe("a name the targets repeat under several parents (docs/reading-tables.md#layouts)", () => {
    const FARM = "Sản xuất nông nghiệp";
    const crops = [
      item("Diện tích", [FARM, "Lúa"]),
      item("Năng suất", [FARM, "Lúa"]),
      item("Diện tích", [FARM, "Ngô"]),
      item("Năng suất", [FARM, "Ngô"]),
      item("Số hộ nghèo giảm trong năm", []),
    ];

    it("matches a row under its own parent only, whatever the order of the parents in the report", () => {
      const report = [item("Diện tích", [FARM, "Ngô"]), item("Năng suất", [FARM, "Ngô"]), item("Diện tích", [FARM, "Lúa"]), item("Năng suất", [FARM, "Lúa"])];
      expect(matchIndicators(report, crops)).toEqual([
        { target: 2, kind: "exact" },
        { target: 3, kind: "exact" },
        { target: 0, kind: "exact" },
        { target: 1, kind: "exact" },
      ]);
    });

    it("takes a reworded parent for the same parent, and never the other parent's row when its own is taken", () => {
      expect(matchIndicators([item("Dien tich", ["Cây lúa"]), item("Diện tích", ["Lúa"])], crops)).toEqual([{ target: 0, kind: "folded" }, null]);
    });

    it("matches by order under the nearest group when the report dropped the parent rows", () => {
      const report = [item("Diện tích", [FARM]), item("Năng suất", [FARM]), item("Diện tích", [FARM]), item("Năng suất", [FARM])];
      expect(matchReport(report, crops)).toEqual({
        matches: [
          { target: 0, kind: "exact" },
          { target: 1, kind: "exact" },
          { target: 2, kind: "exact" },
          { target: 3, kind: "exact" },
        ],
        ambiguous: new Map(),
      });
    });

    it("leaves a row ambiguous, with the targets it could be, when the order cannot tell", () => {
      const result = matchReport([item("Diện tích"), item("Số hộ nghèo giảm trong năm")], crops);
      expect(result.matches).toEqual([null, { target: 4, kind: "exact" }]);
      expect(result.ambiguous).toEqual(new Map([[0, [0, 2]]]));
    });

    it("does not match a reworded name across parents", () => {
      expect(matchIndicators([item("Diện tích gieo trồng")], crops)).toEqual([null]);
      expect(matchIndicators([item("Diện tích gieo trồng", ["Ngô"])], crops)).toEqual([{ target: 2, kind: "similar" }]);
      expect(matchIndicators([item("Diện tích gieo trồng", [FARM, "Khoai"])], crops)).toEqual([null]);
    });

    it("matches a name that carries its parent's words to that parent's row only", () => {
      expect(matchIndicators([item("Diện tích ngô", [FARM]), item("Diện tích lúa")], crops)).toEqual([
        { target: 2, kind: "similar" },
        { target: 0, kind: "similar" },
      ]);
      expect(matchIndicators([item("Diện tích khoai", [FARM])], crops)).toEqual([null]);
    });
  });
});
