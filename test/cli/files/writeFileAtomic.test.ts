import { promises as fs, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { writeFileAtomic } from "../../../src/cli/files/writeFileAtomic";
import { runCli } from "../../../src/cli/runCli";
import { writeSamples } from "../../../src/cli/samples/writeSamples";
import { SAMPLE_VILLAGES } from "../../../src/core/samples";

const dir = mkdtempSync(path.join(tmpdir(), "thidua-atomic-"));

/** Makes every file opened for writing fail as a full disk does, after part of the bytes went out. */
function diskFullAfter(bytes: number): jest.SpyInstance {
  const open = fs.open.bind(fs);
  return jest.spyOn(fs, "open").mockImplementation(async (file, flags, mode) => {
    const handle = await open(file, flags, mode);
    if (flags !== "wx") return handle;
    handle.writeFile = async (data: unknown) => {
      await handle.write(Buffer.from(data as Uint8Array).subarray(0, bytes));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    return handle;
  });
}

afterEach(() => jest.restoreAllMocks());

describe("writeFileAtomic", () => {
  it("replaces the file whole and leaves nothing beside it", async () => {
    const file = path.join(dir, "xep-hang.xlsx");
    writeFileSync(file, "last year");
    await writeFileAtomic(file, Buffer.from("this year"));
    expect(readFileSync(file, "utf8")).toBe("this year");
    expect(readdirSync(dir).filter((name) => name.includes("xep-hang"))).toEqual(["xep-hang.xlsx"]);
  });

  it("on a full disk, throws ENOSPC and leaves the previous file exactly as it was, with no partial file", async () => {
    const file = path.join(dir, "xep-hang-2023.xlsx");
    writeFileSync(file, "last year's ranking");
    diskFullAfter(3);
    await expect(writeFileAtomic(file, Buffer.from("this year's ranking"))).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(file, "utf8")).toBe("last year's ranking");
    expect(readdirSync(dir).filter((name) => name.includes("xep-hang-2023"))).toEqual(["xep-hang-2023.xlsx"]);
  });
});

describe("thidua rank --out on a full disk", () => {
  it.each([
    ["en", /^Cannot write .*xep-hang\.xlsx: the disk is full\. The previous file, if any, is left as it was\./],
    ["vi", /^Không ghi được .*xep-hang\.xlsx: ổ đĩa đã đầy\. Tệp cũ \(nếu có\) vẫn giữ nguyên\./],
  ])("says the disk is full (%s), never blames Excel, exit 2, last year's file intact", async (lang, message) => {
    const samples = path.join(dir, `samples-${lang}`);
    await writeSamples(samples);
    const out = path.join(samples, "xep-hang.xlsx");
    writeFileSync(out, "last year's ranking");
    const err: string[] = [];
    diskFullAfter(100);
    const status = await runCli(["rank", path.join(samples, SAMPLE_VILLAGES[0].fileName), "--out", out, "--lang", lang], { out: () => undefined, err: (line) => err.push(line) });
    expect(status).toBe(2);
    expect(err).toEqual([expect.stringMatching(message)]);
    expect(err[0]).not.toMatch(/Excel/);
    expect(readFileSync(out, "utf8")).toBe("last year's ranking");
    expect(readdirSync(samples).filter((name) => name.includes("xep-hang.xlsx"))).toEqual(["xep-hang.xlsx"]);
  }, 60_000);
});
