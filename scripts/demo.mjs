// `npm run demo`: builds the command line if needed, writes the sample workbooks into samples/, checks one
// village's report, writes the six villages' report templates into out/, then ranks the six villages and writes
// out/xep-hang-thi-dua-2024.xlsx (the ranking and, as its second sheet, the results across the villages); then
// does the same for the second commune, Tân Lập, which scores in points (out/tan-lap-xep-hang-diem-2024.xlsx); then
// ranks the two programmes scored on forms of xã Quang Minh with their tiers: "Thôn, tổ dân phố văn hóa"
// (out/quang-minh-xep-hang-van-hoa-2024.xlsx) and the nông thôn mới criteria (out/quang-minh-xep-hang-ntm-2024.xlsx).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const CLI = "build/src/cli/main.js";
const SAMPLES = "samples";
const OUT = "out/xep-hang-thi-dua-2024.xlsx";
const VILLAGES = ["thon-na-lau", "thon-khuoi-kham", "ban-tat-ma", "thon-pac-nam", "thon-lung-vai", "thon-nam-din"];
const TARGETS = path.join(SAMPLES, "chi-tieu-xa-2024.xlsx");
const CONFIG = path.join(SAMPLES, "cau-hinh-xep-hang-2024.json");
const TEMPLATE_VILLAGES = ["Thôn Nà Lầu", "Thôn Khuổi Khâm", "Bản Tát Mạ", "Thôn Pác Nặm", "Thôn Lũng Vài", "Thôn Nặm Đin"];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function run(title, command, args, okStatuses = [0]) {
  if (title) console.log(`\n=== ${title}\n$ ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (!okStatuses.includes(result.status)) {
    console.error(`Bước "${title || command}" không thành công (mã thoát ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

const stale = !existsSync(CLI) || statSync(CLI).mtimeMs < Math.max(newestSource("src/core"), newestSource("src/cli"));
if (stale) {
  console.log("\n=== Dịch chương trình dòng lệnh\n$ npx tsc -p tsconfig.cli.json");
  // tsc still writes the JavaScript when it reports a type error; the demo goes on if the program is there.
  const build = spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { stdio: "inherit" });
  if (!existsSync(CLI)) process.exit(build.status || 1);
  if (build.status !== 0) console.error("Cảnh báo: trình dịch báo lỗi kiểu dữ liệu ở trên; bản dựng vẫn được dùng.");
}

run("Tạo các tệp mẫu", "node", ["build/src/cli/samples/main.js", SAMPLES]);

// A report with findings exits 1: that is the expected outcome of checking this village, not a failure.
run("Kiểm tra báo cáo của Thôn Lũng Vài", "node", [CLI, "validate", path.join(SAMPLES, "thon-lung-vai.xlsx"), "--targets", TARGETS], [0, 1]);

run("Tạo mẫu báo cáo cho sáu thôn", "node", [
  CLI,
  "template",
  "--targets",
  // The consolidated sheet gives each village its own targets (its KH column).
  path.join(SAMPLES, "tong-hop-2024.xlsx"),
  ...TEMPLATE_VILLAGES.flatMap((village) => ["--village", village]),
  "--config",
  CONFIG,
  "--out-dir",
  path.dirname(OUT),
]);

run("Xếp hạng sáu thôn", "node", [
  CLI,
  "rank",
  ...VILLAGES.map((village) => path.join(SAMPLES, `${village}.xlsx`)),
  "--targets",
  TARGETS,
  "--config",
  CONFIG,
  "--out",
  OUT,
]);
const POINTS_OUT = "out/tan-lap-xep-hang-diem-2024.xlsx";
const POINTS_VILLAGES = ["tan-lap-thon-na-pong", "tan-lap-thon-khuoi-ngoa", "tan-lap-ban-pieng", "tan-lap-thon-pac-cap", "tan-lap-thon-lung-pang"];
const POINTS_TARGETS = path.join(SAMPLES, "tan-lap-chi-tieu-diem-2024.xlsx");
const POINTS_CONFIG = path.join(SAMPLES, "tan-lap-cau-hinh-diem-2024.json");
run("Xã Tân Lập chấm theo thang điểm: kiểm tra điểm của Bản Piềng", "node", [
  CLI,
  "validate",
  path.join(SAMPLES, "tan-lap-ban-pieng.xlsx"),
  "--targets",
  POINTS_TARGETS,
  "--config",
  POINTS_CONFIG,
], [0, 1]);
run("Xếp hạng theo thang điểm (Cốc Lót chưa nộp báo cáo)", "node", [
  CLI,
  "rank",
  ...POINTS_VILLAGES.map((village) => path.join(SAMPLES, `${village}.xlsx`)),
  "--targets",
  POINTS_TARGETS,
  "--config",
  POINTS_CONFIG,
  "--out",
  POINTS_OUT,
]);
// The programmes scored on forms: the commune's bảng chấm điểm and each unit's form with its own and verified points.
const CULTURE_OUT = "out/quang-minh-xep-hang-van-hoa-2024.xlsx";
const CULTURE_UNITS = ["thon-dong-tam", "thon-tan-tien", "thon-hop-nhat", "to-dan-pho-bac-son", "to-dan-pho-nam-son", "thon-khe-ma"];
const CULTURE_TABLE = path.join(SAMPLES, "quang-minh-bang-cham-diem-2024.xlsx");
run("Thôn, tổ dân phố văn hóa (xã Quang Minh): kiểm tra bảng chấm điểm của Thôn Hợp Nhất", "node", [
  CLI,
  "validate",
  path.join(SAMPLES, "quang-minh-thon-hop-nhat.xlsx"),
  "--targets",
  CULTURE_TABLE,
], [0, 1]);
run("Xếp loại sáu thôn, tổ dân phố (Bắc Sơn chưa được thẩm định; mỗi tiêu chuẩn phải đạt 50% điểm tối đa)", "node", [
  CLI,
  "rank",
  ...CULTURE_UNITS.map((unit) => path.join(SAMPLES, `quang-minh-${unit}.xlsx`)),
  "--targets",
  CULTURE_TABLE,
  "--config",
  path.join(SAMPLES, "quang-minh-cau-hinh-van-hoa-2024.json"),
  "--out",
  CULTURE_OUT,
]);
const COUNTRYSIDE_OUT = "out/quang-minh-xep-hang-ntm-2024.xlsx";
const COUNTRYSIDE_UNITS = ["thon-na-hin", "thon-phieng-luong", "thon-co-muong", "ban-chieng"];
run("Thôn nông thôn mới: mỗi tiêu chí từ 85 điểm là đạt chuẩn, từ 75 điểm là cơ bản đạt", "node", [
  CLI,
  "rank",
  ...COUNTRYSIDE_UNITS.map((unit) => path.join(SAMPLES, `quang-minh-ntm-${unit}.xlsx`)),
  "--targets",
  path.join(SAMPLES, "quang-minh-tieu-chi-ntm-2024.xlsx"),
  "--config",
  path.join(SAMPLES, "quang-minh-cau-hinh-ntm-2024.json"),
  "--out",
  COUNTRYSIDE_OUT,
]);
console.log(`Hai bảng xếp loại theo bảng chấm điểm: ${CULTURE_OUT} và ${COUNTRYSIDE_OUT}.`);
console.log(`\nMở ${OUT} và ${POINTS_OUT} bằng Excel hoặc LibreOffice để xem hai bảng xếp hạng và trang "Tổng hợp kết quả 2024"; các mẫu báo cáo thôn nằm trong ${path.dirname(OUT)}/.`);
