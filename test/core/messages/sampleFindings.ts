import { type Finding, type FindingCode, finding, SEVERITY_OF } from "../../../src/core/model/finding";

/** The facts each code carries (see src/core/messages/vi.ts), at cell E12 of sheet "Nà Lầu". */
const FACTS: Record<FindingCode, Omit<Finding, "code" | "severity" | "sheet" | "cell">> = {
  "sheet/empty": { details: { columns: "TT, Chỉ tiêu, ĐVT, Mục tiêu, Thực hiện" } },
  "sheet/no-header": { details: { columns: "TT, Chỉ tiêu, ĐVT, Mục tiêu, Thực hiện" } },
  "sheet/missing-column": { details: { columns: "Thực hiện" } },
  "sheet/not-a-report": { details: { kind: "targets" } },
  "row/missing-indicator": { indicator: "Công tác tuyển quân", details: { targetSheet: "Chỉ tiêu 2024", targetCell: "B46" } },
  "row/unknown-indicator": { indicator: "Số con trâu bò", details: { targetSheet: "Chỉ tiêu 2024" } },
  "row/duplicate-indicator": { indicator: "Số hộ nghèo giảm trong năm", details: { firstCell: "B9" } },
  "target/missing": { indicator: "Số hộ nghèo giảm trong năm" },
  "target/changed": { indicator: "Số hộ nghèo giảm trong năm", expected: 40, actual: 35, details: { targetSheet: "Chỉ tiêu 2024" } },
  "unit/missing": { indicator: "Giá trị sản phẩm trồng trọt" },
  "unit/mismatch": { indicator: "Tổng sản lượng lương thực có hạt", expected: "Tấn", actual: "Ha" },
  "unit/converted": { indicator: "Tổng sản lượng lương thực có hạt", expected: "Tấn", actual: "kg", details: { factor: 0.001, from: 264000, to: 264 } },
  "value/missing": { indicator: "Thu nhập bình quân đầu người" },
  "value/invalid": { indicator: "Thu nhập bình quân đầu người", actual: "nhiều", details: { kind: "number" } },
  "value/excel-error": { indicator: "Thu nhập bình quân đầu người", actual: "#DIV/0!" },
  "value/negative": { indicator: "Số hộ nghèo giảm trong năm", actual: -3 },
  "value/percent-over-100": { indicator: "Tỷ lệ huy động trẻ 5 tuổi đến lớp", actual: 120 },
  "value/percent-as-fraction": { indicator: "Tỷ lệ huy động trẻ 5 tuổi đến lớp", actual: 0.95, expected: 97.5 },
  "value/suspect-separator": { indicator: "Tổng sản lượng lương thực có hạt", actual: 1.417, expected: 1417 },
  "value/decimal-point": { indicator: "Tỷ lệ hộ nghèo", actual: 15.4 },
  "value/rate-mismatch": { indicator: "Số hộ nghèo giảm trong năm", actual: 90, expected: 75 },
  "text/legacy-encoding": { details: { encoding: "tcvn3", cells: 12 } },
  "target/shortfall": { indicator: "Số hộ nghèo giảm trong năm", expected: 40, actual: 30, details: { ratio: 0.75, direction: "higher" } },
  "report/nothing-scored": { details: { targetSheet: "Chỉ tiêu 2024", village: "Nà Lầu" } },
  "rank/different-indicators": { indicator: "Công tác tuyển quân", details: { villages: "Nà Lầu, Khuôn Lùng" } },
  "value/uncalculated": { indicator: "Thu nhập bình quân đầu người", actual: "=SUM(E5:E9)" },
  "file/unreadable": { details: { reason: "protected" } },
  "config/invalid": { details: { field: "indicators[1].weight", problem: "negative" }, actual: -2 },
  "config/unknown-key": { details: { field: "giaiThuong" } },
  "config/rule-matches-nothing": { details: { field: "indicators[0].match", rule: "an ninh trật tự" } },
  "points/self-differs": { indicator: "Số hộ nghèo giảm trong năm", expected: 9, actual: 10, details: { verified: false } },
  "points/missing": { indicator: "Số hộ nghèo giảm trong năm" },
  "points/self-total": { expected: 97.5, actual: 98 },
  "village/missing-report": { details: { village: "Khuổi Khâm" } },
  "village/not-in-roster": { details: { village: "Khuoi Kham", closest: "Khuổi Khâm" } },
  "village/adjustment-without-report": { details: { village: "Bản Thử", points: 10 } },
  "village/duplicate-report": { details: { village: "Nà Lầu", otherSheet: "Nà Lầu (2)", otherCell: null, otherFile: null, more: 0 } },
  "village/report-left-out": { details: { village: "Nà Lầu", keptSheet: "Nà Lầu", keptCell: null, keptFile: null, reason: "own-report" } },
  "config/duplicate-key": { details: { field: "cap", line: 4 } },
};

/** One finding of every code, each at cell E12 (a file has no cell). */
export const SAMPLE_FINDINGS: Finding[] = (Object.keys(SEVERITY_OF) as FindingCode[]).map((code) =>
  code === "file/unreadable" ? finding(code, { sheet: "Na Lau.xlsx", cell: null, ...FACTS[code] }) : finding(code, { sheet: "Nà Lầu", cell: "E12", ...FACTS[code] }),
);
