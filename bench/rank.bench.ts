// Ranking speed (CONTRIBUTING.md#quality-bars: 2 000 villages × 60 indicators under 100 ms), timed on reports built in memory
// so that only scoring and ranking are measured, against the previous implementation kept in bench/previous.
// The machine may be shared: each line gives the median wall time against the bar, the median processor
// time of the process and the load average.
import { defaultConfig, type RankingConfig } from "../src/core/config/rankingConfig";
import type { CheckedReport, Indicator, Value } from "../src/core/model";
import { loadavg } from "node:os";
import { rankVillages } from "../src/core/ranking/rankVillages";
import { rankVillages as previousRankVillages } from "./previous/ranking/rankVillages";
import type { BenchResult, Figure } from "./figures";
import { scoreVillage } from "../src/core/scoring/scoreVillage";
import { COMPLETION_BANDS } from "../src/core/samples/pointsCommune";

const VILLAGES = 2000;
const INDICATORS = 60;
const RUNS = 10;

// A deterministic pseudo-random sequence, so every run ranks the same villages.
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// Each indicator written out as the reader makes it (one object literal), so that every village's rows
// share one shape, as read reports do.
function indicator(i: number, maxPoints?: number): Indicator {
  const kind = i % 10 === 7 ? "pass" : i % 10 === 8 ? "rating" : i % 10 === 9 ? "none" : "number";
  const target: Value = kind === "pass" ? "Đạt" : kind === "rating" ? "Tốt" : kind === "none" ? "Không xảy ra" : 10 + i * 7;
  const made: Indicator = {
    id: `chi tieu ${i + 1}`,
    tt: "-",
    path: [`Nhóm ${Math.floor(i / 10) + 1}`],
    name: `Chỉ tiêu số ${i + 1} về ${i % 3 === 0 ? "tỷ lệ suy dinh dưỡng giảm còn" : "sản lượng lương thực"}`,
    unit: kind === "number" ? (i % 2 === 0 ? "%" : "Tấn") : null,
    unitKey: kind === "number" ? (i % 2 === 0 ? "%" : "tấn") : null,
    kind,
    target,
    direction: i % 3 === 0 ? "lower" : "higher",
    cumulative: kind === "number" && i % 2 === 1,
    sheet: "Chỉ tiêu",
    row: 5 + i,
  };
  if (maxPoints !== undefined) made.maxPoints = maxPoints;
  return made;
}

function indicators(): Indicator[] {
  return Array.from({ length: INDICATORS }, (_, i) => indicator(i));
}

function actualFor(indicator: Indicator, next: () => number): Value | null {
  const roll = next();
  if (roll < 0.03) return null;
  if (indicator.kind === "pass") return roll < 0.8 ? "Đạt" : "Không đạt";
  if (indicator.kind === "rating") return roll < 0.3 ? "Xuất sắc" : roll < 0.7 ? "Tốt" : "Khá";
  if (indicator.kind === "none") return roll < 0.9 ? "Không xảy ra" : "Xảy ra";
  return Math.round((indicator.target as number) * (0.5 + next()) * 10) / 10;
}

export function reports(): CheckedReport[] {
  const next = sequence(2024);
  const table = indicators();
  return Array.from({ length: VILLAGES }, (_, v) => {
    const checked = table.map((indicator, i) => {
      const actual = actualFor(indicator, next);
      return { indicator, actual, status: actual === null ? ("unknown" as const) : ("met" as const), completion: null, cell: `E${5 + i}`, scored: true };
    });
    const errors = checked.filter((c) => c.actual === null).length;
    return {
      village: `Thôn ${v + 1}`,
      sheet: `Thôn ${v + 1}`,
      indicators: checked,
      findings: checked
        .filter((c) => c.actual === null)
        .map((c) => ({ code: "value/missing" as const, severity: "error" as const, sheet: `Thôn ${v + 1}`, cell: c.cell })),
      summary: { indicators: INDICATORS, met: 0, exceeded: 0, shortfall: 0, unknown: errors, errors, warnings: 0 },
    };
  });
}

export const CONFIG: RankingConfig = {
  ...defaultConfig(2024),
  indicators: [
    { match: "suy dinh dưỡng", direction: "lower" },
    { match: "Chỉ tiêu số 8 ", mandatory: true },
    { match: "lương thực", weight: 2 },
  ],
};

// The points method (docs/scoring.md#points-method) on the same villages: Tiền Giang's bands, clamps, tiers, a prize for
// two villages, a roster of every village, an adjustment, and each village's own points on every row.
export const POINTS_CONFIG: RankingConfig = {
  ...CONFIG,
  method: "points",
  bands: [...COMPLETION_BANDS],
  maxBonus: 1,
  maxDeduction: 2,
  tiers: [{ name: "Xuất sắc", min: 90, minShare: 0.5 }, { name: "Tốt", min: 75 }, { name: "Khá", min: 50 }],
  prizes: [...CONFIG.prizes, { name: "Giải khuyến khích", amount: 500_000, count: 2 }],
  villages: Array.from({ length: VILLAGES }, (_, v) => `Thôn ${v + 1}`),
  adjustments: [{ village: "Thôn 7", points: 10, reason: "Cờ thi đua" }],
};

/**
 * The villages of `reports()` scored by points: each village's rows get their own indicators with Điểm
 * chuẩn, as each report is read on its own, and every row its own points (Điểm tự chấm). `own` says how
 * they are written: `"mostly-right"`, as villages do, the points that count on about nine rows in ten and
 * a point more on the rest; `"random"`, the worst case, a figure from 0 to 3 on every row, so nearly every
 * row is a `points/self-differs`.
 */
export function pointsReports(own: "mostly-right" | "random"): CheckedReport[] {
  const next = sequence(2025);
  return reports().map((report) => {
    const rows = report.indicators.map((checked, i) => ({
      indicator: indicator(i, 1 + (i % 3)),
      actual: checked.actual,
      status: checked.status,
      completion: checked.completion,
      cell: checked.cell,
      scored: checked.scored,
      points: { maxPoints: 1 + (i % 3), bonus: null, deduction: null, selfPoints: null as number | null, verifiedPoints: i % 10 === 0 ? 1 : null, cells: { selfPoints: `G${5 + i}` } },
    }));
    const village: CheckedReport = { village: report.village, sheet: report.sheet, findings: report.findings, summary: report.summary, indicators: rows };
    const counted = own === "random" ? [] : scoreVillage(village, POINTS_CONFIG).lines.map((line) => line.points!.earned);
    rows.forEach((row, i) => {
      const roll = next();
      row.points.selfPoints = own === "random" ? Math.round(roll * 30) / 10 : Math.round(((counted[i] ?? 0) + (roll < 0.9 ? 0 : 1)) * 100) / 100;
    });
    return village;
  });
}

const BAR_MS = 100;

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
}

type Rank = (reports: CheckedReport[], config: RankingConfig) => unknown;

interface Timing {
  wall: number;
  cpu: number;
}

/** One ranking's wall and processor times. */
function timed(rank: Rank, input: CheckedReport[], config: RankingConfig): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  rank(input, config);
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Median wall and processor times of `RUNS` rankings by the previous implementation (kept in
 * bench/previous) and by the current one, alternating in this one process so that a busy machine slows
 * both alike; two of each first, to let the JIT compile.
 */
function compare(input: CheckedReport[], config: RankingConfig): { before: Timing; now: Timing } {
  for (let warm = 0; warm < 2; warm++) {
    previousRankVillages(input, config);
    rankVillages(input, config);
  }
  const before: Timing[] = [];
  const now: Timing[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    before.push(timed(previousRankVillages, input, config));
    now.push(timed(rankVillages, input, config));
  }
  const median = (timings: Timing[]) => ({ wall: middle(timings.map((t) => t.wall)), cpu: middle(timings.map((t) => t.cpu)) });
  return { before: median(before), now: median(now) };
}

function line(label: string, { before, now }: { before: Timing; now: Timing }): string {
  const verdict = now.wall <= BAR_MS ? "under" : `${(now.wall / BAR_MS).toFixed(1)}× over`;
  return (
    `rank ${VILLAGES} villages × ${INDICATORS} indicators, ${label}: median ${now.wall.toFixed(1)} ms | bar ${BAR_MS} ms (${verdict}) | processor ${now.cpu.toFixed(1)} ms` +
    ` | previous implementation ${before.wall.toFixed(1)} ms, processor ${before.cpu.toFixed(1)} ms | ${RUNS} runs each, alternating, load ${loadavg()[0].toFixed(1)}`
  );
}

function figure(label: string, { before, now }: { before: Timing; now: Timing }): Figure {
  return {
    figure: `rank ${VILLAGES.toLocaleString("en")} villages × ${INDICATORS} indicators, ${label}`,
    measured: `${now.wall.toFixed(1)} ms (processor ${now.cpu.toFixed(1)} ms; previous ${before.wall.toFixed(1)} ms, processor ${before.cpu.toFixed(1)} ms)`,
    bar: `${BAR_MS} ms`,
    met: now.wall <= BAR_MS,
  };
}

/** Times `rankVillages` on 2 000 villages × 60 indicators, by ratios and by points (own points mostly right, and the worst case), against the previous implementation. */
export async function run(): Promise<BenchResult> {
  const cases: [string, CheckedReport[], RankingConfig][] = [
    ["ratio method", reports(), CONFIG],
    ["points method (bands, tiers, roster, own points mostly right)", pointsReports("mostly-right"), POINTS_CONFIG],
    ["points method, worst case (every own point differs)", pointsReports("random"), POINTS_CONFIG],
  ];
  const lines: string[] = [];
  const figures: Figure[] = [];
  for (const [label, input, config] of cases) {
    const timings = compare(input, config);
    lines.push(line(label, timings));
    figures.push(figure(label.replace(/ \(.*\)$/, ""), timings));
  }
  return { lines, figures };
}

if (require.main === module) {
  void run().then(({ lines }) => {
    for (const line of lines) console.log(line);
  });
}
