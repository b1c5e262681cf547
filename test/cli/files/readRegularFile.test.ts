import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileProblem } from "../../../src/cli/files/fileProblem";
import { readRegularFile } from "../../../src/cli/files/readRegularFile";
import { formatFinding } from "../../../src/core/messages";
import { finding } from "../../../src/core/model";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-files-"));

describe("fileProblem names the real cause of each system error", () => {
  it.each([
    ["ENOENT", "missing", /does not exist/],
    ["EACCES", "permission", /permission to read it is denied/],
    ["EPERM", "permission", /permission to read it is denied/],
    ["ELOOP", "link-loop", /loops back on itself/],
    ["ENOTDIR", "not-a-folder", /part of its path is a file/],
    ["ENAMETOOLONG", "name-too-long", /name or path that is too long/],
    ["EBUSY", "busy", /held by another program/],
    ["EISDIR", "directory", /is a folder/],
    ["EIO", "io", /system error \(EIO\)/],
  ])("%s → %s", (code, reason, message) => {
    const problem = fileProblem(Object.assign(new Error(code), { code }));
    expect(problem.reason).toBe(reason);
    const text = formatFinding(finding("file/unreadable", { sheet: "bao-cao.xlsx", cell: null, details: { ...problem } }), "en");
    expect(text).toMatch(message);
  });
});

describe("readRegularFile", () => {
  it("reads a regular file whole", async () => {
    const file = path.join(dir, "a.xlsx");
    writeFileSync(file, "abc");
    expect(await readRegularFile(file, 10)).toEqual({ ok: true, bytes: Buffer.from("abc") });
  });

  it("refuses a file larger than the bound before reading it", async () => {
    const file = path.join(dir, "b.xlsx");
    writeFileSync(file, "abcdef");
    expect(await readRegularFile(file, 5)).toEqual({ ok: false, problem: { reason: "too-large", size: 6, limit: 5 } });
  });

  it.each([
    ["a folder", () => dir, "directory"],
    ["a character device", () => "/dev/null", "not-regular"],
    ["a missing file", () => path.join(dir, "none.xlsx"), "missing"],
  ])("%s: %s", async (_, file, reason) => {
    const read = await readRegularFile(file(), 1024);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.reason).toBe(reason);
  });
});
