import { finding, type CheckedReport, type Finding, type RankedVillage, type Ranking } from "../../src/core/model";

/** Findings of a village report as the engine gives them, one of each severity and one for a whole sheet. */
export const FINDINGS: Finding[] = [
  finding("target/shortfall", { sheet: "Thôn Nà Lầu", cell: "E9", indicator: "Thu nhập bình quân đầu người", details: { ratio: 0.9 } }),
  finding("value/missing", { sheet: "Thôn Nà Lầu", cell: "E12", indicator: "Tổng sản lượng lương thực có hạt" }),
  finding("unit/missing", { sheet: "Thôn Nà Lầu", cell: "C14", indicator: "Giá trị sản phẩm trồng trọt" }),
  finding("unit/converted", { sheet: "Thôn Nà Lầu", cell: "C15", indicator: "Số lượng thực phẩm", expected: "Tấn", actual: "kg" }),
  finding("sheet/missing-column", { sheet: "Thôn Nà Lầu", cell: null, details: { columns: "Ghi chú" } }),
];

/** A plain sentence per finding, standing in for the messages module in view tests. */
export const describeForTest = (f: Finding) => `${f.code} ${f.indicator ?? ""}`.trim();

export const CHECKED: CheckedReport = {
  village: "Thôn Nà Lầu",
  sheet: "Thôn Nà Lầu",
  indicators: [],
  findings: FINDINGS,
  summary: { indicators: 46, met: 30, exceeded: 8, shortfall: 5, unknown: 3, errors: 2, warnings: 1 },
};

function village(v: Partial<RankedVillage> & Pick<RankedVillage, "village" | "rank" | "score">): RankedVillage {
  return {
    sheet: v.village,
    met: 40,
    scored: 46,
    errors: 0,
    eligible: true,
    mandatoryMissed: [],
    prize: null,
    amount: null,
    tie: false,
    shortfalls: [],
    lines: [],
    ...v,
  };
}

/** Two villages tied for first (so no second prize), a third, and one that missed a mandatory indicator. */
export const RANKING: Ranking = {
  year: 2024,
  period: "year",
  cap: 1.2,
  findings: [],
  villages: [
    village({ village: "Thôn Nà Lầu", rank: 1, score: 104.5, prize: "Giải Nhất", amount: 5000000, tie: true }),
    village({ village: "Thôn Khuôn Lùng", rank: 1, score: 104.5, prize: "Giải Nhất", amount: 5000000, tie: true }),
    village({ village: "Thôn Nà Sảo", rank: 3, score: 91.25, prize: "Giải Ba", amount: 1000000 }),
    village({
      village: "Thôn Cốc Phày",
      rank: 4,
      score: 88,
      eligible: false,
      mandatoryMissed: ["Phấn đấu xã đạt tiêu chuẩn an toàn về an ninh, trật tự"],
    }),
  ],
};
