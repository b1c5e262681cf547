// Reading a workbook of about 1 MB as .xls (SheetJS) against the same data as .xlsx (ExcelJS), through the
// command line's reader into the core's cells, then the core's table reader on the result.
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import { readWorkbookFile } from "../src/cli/xlsx/readWorkbookFile";
import { readIndicatorTable } from "../src/core/table/readIndicatorTable";
import type { BenchResult } from "./figures";

const ROUNDS = 7;
// About 1 MB as .xls.
const ROWS = 4_300;

function rows(count: number): unknown[][] {
  const values: unknown[][] = [["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024"], ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"]];
  for (let index = 1; index <= count; index++) {
    values.push([index, `Số hộ tham gia mô hình sản xuất hàng hóa số ${index}`, "Hộ", 40 + (index % 50), 38 + (index % 55), 95, "Đã kiểm tra"]);
  }
  return values;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time(file: string): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(`unreadable: ${file}`);
    readIndicatorTable(read.value[0]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** The two formats' reading times; CONTRIBUTING.md#quality-bars sets no bar for them. */
export async function run(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-bench-formats-"));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows(ROWS)), "Báo cáo");
  const xls = path.join(dir, "bao-cao.xls");
  const xlsx = path.join(dir, "bao-cao.xlsx");
  writeFileSync(xls, XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer);
  writeFileSync(xlsx, XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
  const [xlsMs, xlsxMs] = [await time(xls), await time(xlsx)];
  const size = (file: string) => `${(statSync(file).size / 1e6).toFixed(2)} MB`;
  const lines = [
    `formats: ${ROWS} rows as .xls (${size(xls)}, SheetJS) read in ${xlsMs.toFixed(0)} ms (median of ${ROUNDS})`,
    `formats: the same as .xlsx (${size(xlsx)}, ExcelJS) read in ${xlsxMs.toFixed(0)} ms (median of ${ROUNDS}); .xls/.xlsx = ${(xlsMs / xlsxMs).toFixed(2)}`,
  ];
  return { lines, figures: [] };
}
