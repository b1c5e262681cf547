import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
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
