// The command line against ExcelJS merely loading the same file (CONTRIBUTING.md#quality-bars: at every size, from one 50-row
// report to a 50 000-row sheet, at most 1.5× the time and the peak memory). Each run is its own process,
// as a user runs it, alternating thidua and ExcelJS so that a busy machine slows both alike: the time is
// the process's from start to exit, the peak memory its largest resident set. Medians of the rounds.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { BenchResult, Figure } from "./figures";

const SIZES = [50, 500, 5_000, 50_000];
const ROUNDS = 3;
const BAR = 1.5;

/** A village's report of `rows` indicators, in groups of ten, as the commune's staff fill it in. */
async function writeReport(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Thôn Nà Lầu");
  sheet.addRow(["UBND XÃ KHUÔN LÙNG"]);
  sheet.addRow(["THÔN NÀ LẦU"]);
  sheet.addRow(["BÁO CÁO KẾT QUẢ THI ĐUA NĂM 2024"]);
  sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"]);
  for (let index = 0; index < rows; index++) {
    if (index % 10 === 0) sheet.addRow([String(index / 10 + 1), `Nhóm chỉ tiêu số ${index / 10 + 1}`]);
    const row = sheet.addRow(["-", `Số hộ tham gia mô hình sản xuất số ${index + 1}`, "Hộ", 40 + (index % 50), 38 + (index % 55), 0.95, "Đã kiểm tra"]);
    row.getCell(6).numFmt = "0%";
  }
  await workbook.xlsx.writeFile(file);
}

interface Run {
  ms: number;
  /** Processor time used (user and system): on a shared, busy machine it says more than the clock. */
  cpuMs: number;
  peakMb: number;
}

/** Runs node with the arguments, recording the process's own peak memory as it exits. */
function measured(dir: string, args: string[]): Run {
  const usage = path.join(dir, "usage.json");
  const record = `process.on("exit",()=>require("fs").writeFileSync(${JSON.stringify(usage)},JSON.stringify(process.resourceUsage())))`;
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ["--eval", `${record};require(process.argv[1])`, "--", ...args], { stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = JSON.parse(readFileSync(usage, "utf8")) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  return { ms, cpuMs: (used.userCPUTime + used.systemCPUTime) / 1000, peakMb: used.maxRSS / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs the benchmark and returns the lines to print, and each size's time and memory against the bar. */
export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-cli-"));
  const main = path.resolve(__dirname, "../src/cli/main.js");
  const load = path.join(dir, "load.js");
  writeFileSync(load, `const E=require(${JSON.stringify(require.resolve("exceljs"))});new E.Workbook().xlsx.readFile(process.argv[2]);`);
  const lines: string[] = [];
  const figures: Figure[] = [];
  for (const rows of SIZES) {
    const file = path.join(dir, `bao-cao-${rows}.xlsx`);
    await writeReport(file, rows);
    const thidua: Run[] = [];
    const excel: Run[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      thidua.push(measured(dir, [main, "validate", file, "--json"]));
      excel.push(measured(dir, [load, file]));
    }
    const [time, peak, excelTime, excelPeak] = [
      median(thidua.map((r) => r.ms)),
      median(thidua.map((r) => r.peakMb)),
      median(excel.map((r) => r.ms)),
      median(excel.map((r) => r.peakMb)),
    ];
    const [cpu, excelCpu] = [median(thidua.map((r) => r.cpuMs)), median(excel.map((r) => r.cpuMs))];
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}× (bar ${BAR}×)`;
    lines.push(
      `cli: ${rows} rows, thidua validate ${time.toFixed(0)} ms / ${peak.toFixed(0)} MB, ExcelJS load ${excelTime.toFixed(0)} ms / ${excelPeak.toFixed(0)} MB: ` +
        `time ${ratio(time, excelTime)}, memory ${ratio(peak, excelPeak)}; processor time ${cpu.toFixed(0)} ms against ${excelCpu.toFixed(0)} ms, ` +
        `${(cpu / excelCpu).toFixed(2)}× (medians of ${ROUNDS} processes)`,
    );
    const size = rows.toLocaleString("en");
    figures.push(
      { figure: `CLI validate, ${size} rows: time against ExcelJS's load`, measured: `${(time / excelTime).toFixed(2)}× (processor ${(cpu / excelCpu).toFixed(2)}×)`, bar: `${BAR}×`, met: time / excelTime <= BAR },
      { figure: `CLI validate, ${size} rows: peak memory against ExcelJS's load`, measured: `${(peak / excelPeak).toFixed(2)}×`, bar: `${BAR}×`, met: peak / excelPeak <= BAR },
    );
  }
  return { lines, figures };
}

if (require.main === module) {
  void run().then(({ lines }) => {
    for (const line of lines) console.log(line);
  });
}
