import { screen, within } from "@testing-library/react";
import { defaultConfig } from "../../src/core/config/rankingConfig";
import { rankVillages } from "../../src/core/ranking/rankVillages";
import { scoreVillage } from "../../src/core/scoring/scoreVillage";
import { PointsList } from "../../src/taskpane/components/PointsList";
import { RankingBars } from "../../src/taskpane/components/RankingBars";
import { stringsFor } from "../../src/taskpane/strings";
import { indicator, report } from "../core/ranking/reportBuilder";
import { renderPane } from "./renderPane";

const POOR = { ...indicator("Số hộ nghèo giảm trong năm", "Hộ", 40), maxPoints: 60 };
const RICE = { ...indicator("Diện tích gieo trồng lúa", "Ha", 100), maxPoints: 40 };

function village(name: string, poor: number, rice: number, self: number | null) {
  const checked = report(name, [[POOR, poor], [RICE, rice]]);
  const points = { maxPoints: null, bonus: null, deduction: null, selfPoints: self, verifiedPoints: null, cells: { selfPoints: "G5" } };
  return { ...checked, indicators: checked.indicators.map((line, index) => (index === 0 ? { ...line, points } : line)) };
}

const CONFIG = {
  ...defaultConfig(2024),
  method: "points" as const,
  tiers: [{ name: "Xuất sắc", min: 90 }, { name: "Tốt", min: 70 }],
  villages: ["Nà Lầu", "Khuôn Lùng", "Cốc Lót"],
};

describe("the pane in the points method", () => {
  it("shows each village's tier, its own points against those that count, and the villages that have not reported", () => {
    // Nà Lầu: 60 + 40 = 100 (own 58 for hộ nghèo); Khuôn Lùng: 60 × 30/40 + 40 × 0,8 = 45 + 32 = 77
    const ranking = rankVillages([village("Nà Lầu", 40, 100, 58), village("Khuôn Lùng", 30, 80, null)], CONFIG);
    renderPane(<RankingBars ranking={ranking} strings={stringsFor("vi")} lang="vi" />);
    const items = within(screen.getByRole("list", { name: "Điểm thi đua của các thôn" })).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Xếp loại Xuất sắc");
    expect(items[0]).toHaveTextContent("thôn tự chấm 58,00, điểm được tính 100,00");
    expect(items[1]).toHaveTextContent("Xếp loại Tốt");
    expect(items[1]).not.toHaveTextContent("tự chấm");
    expect(items[2]).toHaveTextContent("Chưa nộp báo cáo: Cốc Lót");
  });

  it("lists a checked village's points per indicator", () => {
    const score = scoreVillage(village("Khuôn Lùng", 30, 80, 40), CONFIG);
    renderPane(<PointsList score={score} strings={stringsFor("vi")} lang="vi" />);
    expect(screen.getByText("Tổng điểm 77,00 (thôn tự chấm 40,00)")).toBeInTheDocument();
    expect(screen.getByText("45,00/60,00 điểm · tự chấm 40,00")).toBeInTheDocument();
    expect(screen.getByText("32,00/40,00 điểm")).toBeInTheDocument();
  });
});
