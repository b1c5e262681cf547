import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CLI, ensureBuiltCli, ROOT } from "./helpers/builtCli";

beforeAll(() => ensureBuiltCli(), 180_000);

describe("the package's thidua command", () => {
  it("is the built command line, a file node runs directly", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(path.join(ROOT, pkg.bin.thidua)).toBe(CLI);
    expect(readFileSync(CLI, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
    const run = spawnSync(process.execPath, [CLI, "--help", "--lang", "en"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage:");
  });
});

describe("thidua piped into a reader that stops early (| head)", () => {
  let file: string;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Báo cáo");
    sheet.addRow(["THÔN NÀ LẦU"]);
    sheet.addRow(["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Thực hiện"]);
    // Far more output than a pipe holds, so that writing goes on after the reader has gone.
    for (let i = 1; i <= 3000; i++) sheet.addRow([i, `Số hộ được hỗ trợ đợt ${i}`, "Hộ", 10, i % 20]);
    file = path.join(mkdtempSync(path.join(tmpdir(), "thidua-pipe-")), "thon-na-lau.xlsx");
    await workbook.xlsx.writeFile(file);
  }, 60_000);

  it.each([[[]], [["--json"]]])("ends quietly with its own status, no stack trace (%j)", async (extra) => {
    const child = spawn(process.execPath, [CLI, "validate", file, ...extra], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  }, 60_000);
});
