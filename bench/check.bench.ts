// Times the core's check of a village's report (CONTRIBUTING.md#quality-bars: under 1 ms for 60 indicators), and of sheets of
// 6 000 and 200 000 rows, which must grow in proportion to their rows.
import { performance } from "node:perf_hooks";
import { checkReport } from "../src/core/checks/checkReport";
import type { SheetCells } from "../src/core/model/cells";
import type { BenchResult } from "./figures";

const HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"];

// A mix like the commune's: counts, amounts, rates, pass/fail, occurrence and ratings, in groups of ten.
// `edition` makes every name new, so that nothing read before is remembered.
function indicatorRow(index: number, edition: number): unknown[] {
  const n = `${index} đợt ${edition}`;
  switch (index % 6) {
    case 0:
      return ["-", `Số hộ tham gia mô hình số ${n}`, "Hộ", 40 + index, 38 + index, 95, ""];
    case 1:
      return ["-", `Tổng sản lượng vụ ${n}`, "Tấn", "1.417", "1.500", "", ""];
    case 2:
      return ["-", `Tỷ lệ hộ dùng nước sạch nhóm ${n}`, "%", "97,5", 0.96, "", ""];
    case 3:
      return ["-", `Công tác số ${n}`, "Đạt", "Đạt", "Đạt", "", ""];
    case 4:
      return ["-", `Không để xảy ra vụ việc số ${n}`, "Không xảy ra", "Không xảy ra", "Không xảy ra", "", ""];
    default:
      return ["-", `Xếp loại công tác số ${n}`, "Xếp loại", "Tốt", "Khá", "", ""];
  }
}

function table(indicators: number, name: string, edition = 0): SheetCells {
  const values: unknown[][] = [["UBND XÃ KHUÔN LÙNG"], ["THÔN NÀ LẦU"], ["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"], HEADER];
  for (let index = 0; index < indicators; index++) {
    if (index % 10 === 0) values.push([String(index / 10 + 1), `Nhóm chỉ tiêu ${index / 10 + 1}`, "", "", "", "", ""]);
    values.push(indicatorRow(index, edition));
  }
  const formats = values.map((row) => row.map((_, column) => (column === 4 ? "0%" : "General")));
  return { name, values, formats };
}

function commune(indicators: number): SheetCells {
  const sheet = table(indicators, "Chỉ tiêu");
  const values = sheet.values.map((row, index) => (index < 3 ? (index === 1 ? ["XÃ KHUÔN LÙNG"] : row) : row.slice(0, 4)));
  return { name: sheet.name, values, formats: [] };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle];
}

interface Timed {
  line: string;
  median: number;
}

function time(label: string, runs: number, work: (run: number) => unknown, bar = ""): Timed {
  for (let warm = 0; warm < Math.min(20, Math.ceil(runs / 3)); warm++) work(runs + warm);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work(run);
    times.push(performance.now() - start);
  }
  return { line: `${label}: median ${median(times).toFixed(2)} ms, best ${Math.min(...times).toFixed(2)} ms (${runs} runs)${bar}`, median: median(times) };
}

const BAR_MS = 1;

/** Runs the cases and returns one line per case, and the 60-indicator check against its bar. */
export async function run(): Promise<BenchResult> {
  const runs = 200;
  // Fresh names each run: the first village read, nothing remembered.
  const fresh = Array.from({ length: runs * 2 }, (_, edition) => table(60, "Nà Lầu", edition + 1));
  const report60 = table(60, "Nà Lầu");
  const targets60 = commune(60);
  const report6000 = table(6000, "Nà Lầu");
  const report200000 = table(200_000, "Nà Lầu");
  const first = time("check 60 indicators", runs, (run) => checkReport(fresh[run]), ` (bar: median under ${BAR_MS} ms)`);
  const timed = [
    first,
    time("check 60 indicators, template already read", runs, () => checkReport(report60)),
    time("check 60 indicators against commune targets", runs, () => checkReport(report60, { targets: targets60 })),
    time("check 6 000-row sheet", 20, () => checkReport(report6000)),
    time("check 200 000-row sheet", 3, () => checkReport(report200000)),
  ];
  return {
    lines: timed.map((t) => t.line),
    figures: [{ figure: "check a 60-indicator report in the core (fresh names)", measured: `${first.median.toFixed(2)} ms`, bar: `${BAR_MS} ms`, met: first.median < BAR_MS }],
  };
}

if (require.main === module) {
  void run().then(({ lines }) => {
    for (const line of lines) console.log(line);
  });
}
