import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { ensureBuiltCli, ROOT } from "./helpers/builtCli";

let output = "";
let status: number | null = null;

beforeAll(async () => {
  await ensureBuiltCli();
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts/demo.mjs")], { cwd: ROOT, encoding: "utf8", timeout: 170_000 });
  output = `${run.stdout}${run.stderr}`;
  status = run.status;
}, 180_000);

describe("npm run demo", () => {
  it("ends well and still ranks the sample commune and Tân Lập, which scores in points", () => {
    expect(status).toBe(0);
    expect(output).toContain("=== Xếp hạng sáu thôn");
    expect(output).toContain("=== Xếp hạng theo thang điểm (Cốc Lót chưa nộp báo cáo)");
  });

  it("ranks the six units of Thôn, tổ dân phố văn hóa with their tiers; Hợp Nhất (below standard IV's floor) and Nam Sơn get none", () => {
    const tier = "Thôn, tổ dân phố văn hóa";
    // each unit's subtotal per standard (I–V) stands before its total, and no count of criteria at full points after it
    const standards = "(?:\\d+,\\d\\d +){5}";
    expect(output).toMatch(new RegExp(`^ +1 +Đồng Tâm +${standards}92,00 .*${tier}$`, "mu"));
    expect(output).toMatch(new RegExp(`^ +2 +Hợp Nhất +24,00 +24,00 +19,00 +7,00 +15,00 +89,00$`, "mu"));
    expect(output).toContain(`Hợp Nhất: Không xếp loại "${tier}": Tiêu chuẩn IV: 7/15 điểm, dưới mức tối thiểu 7,5`);
    expect(output).toMatch(new RegExp(`^ +3 +Bắc Sơn +${standards}88,00 .*${tier}$`, "mu"));
    expect(output).toMatch(new RegExp(`^ +6 +Nam Sơn +${standards}73,00$`, "mu"));
  });

  it("ranks the nông thôn mới units as Đạt chuẩn and Cơ bản đạt", () => {
    // each criterion's points (1–4) stand before the total
    expect(output).toMatch(/^ +1 +Chiềng +(?:\d+,\d\d +){4}381,00 .*Đạt chuẩn$/mu);
    expect(output).toMatch(/^ +2 +Nà Hin +(?:\d+,\d\d +){4}370,00 .*Đạt chuẩn$/mu);
    expect(output).toMatch(/^ +3 +Phiêng Luông +82,00 +88,00 +80,00 +85,00 +335,00 .*Cơ bản đạt$/mu);
    expect(output).toMatch(/^ +4 +Co Muông +(?:\d+,\d\d +){4}285,00$/mu);
  });
});
