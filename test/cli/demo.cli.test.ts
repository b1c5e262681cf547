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
    expect(output).toMatch(new RegExp(`^ +1 +Đồng Tâm +92,00 .*${tier}$`, "mu"));
    expect(output).toMatch(/^ +2 +Hợp Nhất +89,00 +\d+\/14$/mu);
    expect(output).toMatch(new RegExp(`^ +3 +Bắc Sơn +88,00 .*${tier}$`, "mu"));
    expect(output).toMatch(/^ +6 +Nam Sơn +73,00 +\d+\/14$/mu);
  });

  it("ranks the nông thôn mới units as Đạt chuẩn and Cơ bản đạt", () => {
    expect(output).toMatch(/^ +1 +Chiềng +381,00 .*Đạt chuẩn$/mu);
    expect(output).toMatch(/^ +2 +Nà Hin +370,00 .*Đạt chuẩn$/mu);
    expect(output).toMatch(/^ +3 +Phiêng Luông +335,00 .*Cơ bản đạt$/mu);
    expect(output).toMatch(/^ +4 +Co Muông +285,00 +\d+\/10$/mu);
  });
});
