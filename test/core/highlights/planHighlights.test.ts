import { checkReport } from "../../../src/core/checks/checkReport";
import { planHighlights } from "../../../src/core/highlights/planHighlights";
import { reportSheet } from "../checks/reportSheet";

const report = checkReport(
  reportSheet([
    [1, "Số hộ nghèo giảm trong năm", "Hộ", 40, 30],
    [2, "Số thôn đạt chuẩn", "Thôn", 4, "#N/A"],
    [3, "Công tác tuyển quân", "Đạt", "Đạt", "Đạt"],
    [4, "Số hộ nuôi ong", "Hộ", 10, 12, 50],
    [5, "Số lớp học", "Lớp", 3, ""],
  ]),
);

describe("planHighlights", () => {
  it("marks shortfalls Bad and cells with errors Neutral, one highlight per cell", () => {
    expect(planHighlights(report)).toEqual([
      { cell: "E2", style: "bad" },
      { cell: "E3", style: "neutral" },
      { cell: "E6", style: "neutral" },
    ]);
  });

  it("marks met and exceeded Good only when asked", () => {
    const styles = planHighlights(report, { good: true });
    expect(styles).toContainEqual({ cell: "E4", style: "good" });
    expect(styles).toContainEqual({ cell: "E5", style: "good" });
    expect(styles).toContainEqual({ cell: "E2", style: "bad" });
    expect(new Set(styles.map((h) => h.cell)).size).toBe(styles.length);
  });

  it("lets the worst style win on a cell", () => {
    const withError = { ...report, findings: [...report.findings, { code: "value/invalid" as const, severity: "error" as const, sheet: "Nà Lầu", cell: "E4" }] };
    expect(planHighlights(withError, { good: true })).toContainEqual({ cell: "E4", style: "neutral" });
  });
});
