import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { ensureBuiltCli, thidua } from "./helpers/builtCli";

// Issue 28 cause 1 and issue 23 "direction" / "targets dropped or misread", through the command line, with
// workbooks typed the way a clerk types them: the commune and the village in merged title cells, numbered rows.

let dir: string;
const file = (name: string) => path.join(dir, name);

type Row = [name: string, unit: string, target: unknown, actual?: unknown];

async function writeSheet(name: string, titles: string[], header: string[], rows: unknown[][]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.replace(/\.xlsx$/u, "").slice(0, 31));
  const last = String.fromCharCode(64 + header.length);
  titles.forEach((title, index) => {
    sheet.addRow([title]);
    sheet.mergeCells(`A${index + 1}:${last}${index + 1}`);
  });
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(file(name));
}

const targetsFile = (name: string, rows: readonly Row[]) =>
  writeSheet(name, ["UBND XÃ NÀ PHẶC", "CHỈ TIÊU THI ĐUA CÁC THÔN NĂM 2024"], ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024"], rows.map(([n, u, t], i) => [i + 1, n, u, t]));
const villageFile = (name: string, village: string, rows: readonly Row[]) =>
  writeSheet(
    name,
    ["UBND XÃ NÀ PHẶC", `THÔN ${village.toUpperCase()}`, "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2024"],
    ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024"],
    rows.map(([n, u, t, a], i) => [i + 1, n, u, t, a]),
  );

const INSURANCE = "Tỷ lệ hộ dân tham gia bảo hiểm y tế";
const PRIZE_ROWS: Row[] = [
  [INSURANCE, "%", "trên 95%"],
  ["Số hộ nghèo giảm trong năm", "Hộ", 6],
  ["Số lao động được giải quyết việc làm", "Lao động", 10],
];
const withActuals = (actuals: unknown[]): Row[] => PRIZE_ROWS.map(([n, u, t], i) => [n, u, t, actuals[i]]);

beforeAll(async () => {
  await ensureBuiltCli();
  dir = mkdtempSync(path.join(tmpdir(), "thidua-targets-"));
  await targetsFile("chi-tieu.xlsx", PRIZE_ROWS);
  await villageFile("na-lau.xlsx", "Nà Lầu", withActuals([95, 8, 12]));
  await villageFile("khuoi-kham.xlsx", "Khuổi Khâm", withActuals([95, 7, 12]));
  await villageFile("pac-nam.xlsx", "Pác Nặm", withActuals([96, 6, 10]));
  await villageFile("tat-ma.xlsx", "Tát Mạ", withActuals([97, 5, 9]));
  writeFileSync(file("diem-liet.json"), JSON.stringify({ year: 2024, indicators: [{ match: "bảo hiểm y tế", mandatory: true }] }));

  await villageFile("dan-so.xlsx", "Nà Lầu", [
    ["Tỷ lệ tăng dân số tự nhiên", "%", "0,9%", "0,85%"],
    ["Tỷ lệ hộ nghèo", "%", "5%", "4%"],
  ]);
  writeFileSync(file("chieu.json"), JSON.stringify({ year: 2024, indicators: [{ match: "tăng dân số tự nhiên", direction: "lower" }, { match: "tỷ lệ hộ nghèo", direction: "lower" }] }));

  await villageFile("cum-tu.xlsx", "Nà Lầu", [
    ["Tỷ lệ người dân tham gia bảo hiểm y tế", "%", "duy trì đạt từ 98,4% trở lên", "98,4%"],
    ["Tỷ lệ hộ dùng nước hợp vệ sinh", "%", "giữ vững 100%", "100%"],
    ["Xếp loại chi bộ", "Xếp loại", "Hoàn thành tốt nhiệm vụ trở lên", "Hoàn thành xuất sắc nhiệm vụ"],
    ["Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "%", "bằng hoặc cao hơn tỷ lệ chung của xã", "93%"],
    ["Cơ cấu kinh tế: nông nghiệp", "%", "75%", "70%"],
  ]);
  writeFileSync(file("muc-tieu-xa.json"), JSON.stringify({ year: 2024, indicators: [{ match: "gia đình văn hóa", target: 92.5 }] }));

  await targetsFile("san-luong.xlsx", [
    ["Tổng sản lượng lương thực có hạt", "Tấn", "trên 3,098"],
    ["- Lúa", "Tấn", "2.898"],
    ["- Ngô", "Tấn", 200],
  ]);
  await villageFile("san-luong-thon.xlsx", "Nà Lầu", [
    ["Tổng sản lượng lương thực có hạt", "Tấn", "", 3150],
    ["Lúa", "Tấn", "", 2950],
    ["Ngô", "Tấn", "", 200],
  ]);
}, 180_000);

describe("an actual exactly at a strict mandatory target (issue 28, cause 1)", () => {
  it("validate: a shortfall", () => {
    const run = thidua("validate", file("na-lau.xlsx"), "--targets", file("chi-tieu.xlsx"), "--json");
    const json = run.json();
    expect(json.indicators[0]).toMatchObject({ name: INSURANCE, target: 95, actual: 95, status: "shortfall", completion: 1 });
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "target/shortfall", cell: "E5" }));
  });

  it("rank: the two villages at exactly 95 take no prize, and count the indicator as not met", () => {
    const run = thidua("rank", file("na-lau.xlsx"), file("khuoi-kham.xlsx"), file("pac-nam.xlsx"), file("tat-ma.xlsx"), "--targets", file("chi-tieu.xlsx"), "--config", file("diem-liet.json"), "--json");
    expect(run.status).toBe(0);
    const villages: { village: string; eligible: boolean; prize: string | null; met: number; scored: number; reason: string | null }[] = run.json().villages;
    const by = Object.fromEntries(villages.map((v) => [v.village, v]));
    expect(by["Nà Lầu"]).toMatchObject({ eligible: false, prize: null, met: 2, scored: 3 });
    expect(by["Nà Lầu"].reason).toContain(INSURANCE);
    expect(by["Khuổi Khâm"]).toMatchObject({ eligible: false, prize: null, met: 2 });
    expect(by["Pác Nặm"]).toMatchObject({ eligible: true, prize: "Giải Nhất", met: 3 });
    expect(by["Tát Mạ"]).toMatchObject({ eligible: true, prize: "Giải Nhì" });
  });
});

describe("a rule's direction holds everywhere (issue 23)", () => {
  it("validate with the rule: 0,85 % against 0,9 % and 4 % against 5 % are exceeded, with no shortfall", () => {
    const json = thidua("validate", file("dan-so.xlsx"), "--config", file("chieu.json"), "--json").json();
    expect(json.indicators.map((i: { status: string }) => i.status)).toEqual(["exceeded", "exceeded"]);
    expect(json.findings.filter((f: { code: string }) => f.code === "target/shortfall")).toEqual([]);
    expect(json.summary).toMatchObject({ exceeded: 2, shortfall: 0 });
  });

  it("validate without a configuration: growth is a ceiling by nature, the poverty rate follows its name", () => {
    const json = thidua("validate", file("dan-so.xlsx"), "--json").json();
    expect(json.indicators.map((i: { status: string }) => i.status)).toEqual(["exceeded", "shortfall"]);
  });

  it("rank with the rule counts both as met", () => {
    const run = thidua("rank", file("dan-so.xlsx"), "--config", file("chieu.json"), "--json");
    expect(run.json().villages[0]).toMatchObject({ met: 2, scored: 2 });
    expect(run.json().findings.filter((f: { code: string }) => f.code === "target/shortfall")).toEqual([]);
  });
});

describe("targets dropped or misread (issue 23)", () => {
  it("validate reads leading words, ratings 'trở lên', and says what to fill for the commune's own rate", () => {
    const json = thidua("validate", file("cum-tu.xlsx"), "--json").json();
    expect(json.indicators.map((i: { target: unknown; status: string }) => [i.target, i.status])).toEqual([
      [98.4, "met"],
      [100, "met"],
      ["Tốt", "met"],
      [null, "unknown"],
      [75, "unknown"],
    ]);
    const missing = json.findings.find((f: { code: string }) => f.code === "target/missing");
    expect(missing).toMatchObject({ cell: "D8", indicator: "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa" });
    expect(missing.message).toContain("Cấu hình xếp hạng");
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "indicator/context", severity: "info", cell: "E9" }));
  });

  it("validate takes the commune's rate from the configuration's rule", () => {
    const json = thidua("validate", file("cum-tu.xlsx"), "--config", file("muc-tieu-xa.json"), "--json").json();
    expect(json.indicators[3]).toMatchObject({ target: 92.5, status: "exceeded" });
    expect(json.findings.filter((f: { code: string }) => f.code === "target/missing")).toEqual([]);
  });

  it("validate --lang en says it in English", () => {
    const json = thidua("validate", file("cum-tu.xlsx"), "--json", "--lang", "en").json();
    expect(json.findings.find((f: { code: string }) => f.code === "target/missing").message).toContain("the commune's own rate");
  });

  it("validate warns of a target 1 000× below its parts, and reads it as written", () => {
    const run = thidua("validate", file("san-luong-thon.xlsx"), "--targets", file("san-luong.xlsx"), "--json");
    const json = run.json();
    const suspect = json.findings.find((f: { code: string }) => f.code === "target/suspect-separator");
    expect(suspect).toMatchObject({ severity: "warning", sheet: "san-luong", cell: "D4", indicator: "Tổng sản lượng lương thực có hạt" });
    // as written: 3,098 tấn, beside the sum of its parts
    expect(suspect.message).toContain("3,098");
    expect(suspect.message).toContain("3.098");
  });
});
