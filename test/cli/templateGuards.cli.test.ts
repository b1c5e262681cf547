import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { writeSamples } from "../../src/cli/samples/writeSamples";
import { SAMPLE_TARGETS_FILE } from "../../src/core/samples";
import * as guards from "../../src/cli/writeWorkbook/renderGuards";

// A library that refuses a template's data validation and protection: the file is still written whole,
// and the command says which sheet lacks them.
describe("thidua template when the guards of a sheet are refused", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-guards-"));

  beforeAll(async () => {
    await writeSamples(dir);
  }, 60_000);

  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["vi", 'bao-cao-na-lau-2024.xlsx: trang tính "Mẫu Nà Lầu" được ghi đầy đủ nhưng không áp dụng được kiểm tra dữ liệu nhập và khóa trang; hãy chạy lại hoặc báo cho người quản trị.'],
    ["en", 'bao-cao-na-lau-2024.xlsx: the sheet "Mẫu Nà Lầu" is written whole, but its data validation and protection could not be applied; run again or tell the administrator.'],
  ])("says so on stderr and in the JSON's notices (%s)", async (lang, line) => {
    jest.spyOn(guards, "renderGuards").mockImplementation(() => {
      throw new Error("refused");
    });
    const out: string[] = [];
    const err: string[] = [];
    const args = ["template", "--targets", path.join(dir, SAMPLE_TARGETS_FILE), "--village", "Nà Lầu", "--out-dir", path.join(dir, `mau-${lang}`), "--json", "--lang", lang];
    const status = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
    expect(status).toBe(0);
    expect(err).toContain(line);
    const json = JSON.parse(out.join("\n"));
    expect(json.notices).toContain(line);
    expect(json.files).toEqual([expect.objectContaining({ village: "Nà Lầu", replaced: false })]);
  });
});
