import { parseArgs } from "../../../src/cli/args/parseArgs";

const defaults = { sheet: null, village: null, targets: null, config: null, out: null, json: false, lang: "vi", villages: [], period: null, outDir: null, assign: false };

describe("parseArgs reads the commands of docs/outputs.md#command-line", () => {
  it.each([
    [["indicators", "chi-tieu.xlsx"], { command: "indicators", files: ["chi-tieu.xlsx"] }],
    [["indicators", "chi-tieu.xlsx", "--sheet", "Chỉ tiêu 2024", "--json"], { command: "indicators", files: ["chi-tieu.xlsx"], sheet: "Chỉ tiêu 2024", json: true }],
    [
      ["validate", "na-lau.xlsx", "--targets", "chi-tieu.xlsx", "--village", "Thôn Nà Lầu", "--lang", "en"],
      { command: "validate", files: ["na-lau.xlsx"], targets: "chi-tieu.xlsx", village: "Thôn Nà Lầu", lang: "en" },
    ],
    [["validate", "--json", "na-lau.xlsx", "--sheet=Nà Lầu"], { command: "validate", files: ["na-lau.xlsx"], sheet: "Nà Lầu", json: true }],
    [
      ["rank", "a.xlsx", "b.xlsx", "c.xlsx", "--config", "cau-hinh.json", "--out", "out/xep-hang.xlsx", "--targets", "t.xlsx", "--json"],
      { command: "rank", files: ["a.xlsx", "b.xlsx", "c.xlsx"], config: "cau-hinh.json", out: "out/xep-hang.xlsx", targets: "t.xlsx", json: true },
    ],
    [
      ["template", "--targets", "t.xlsx", "--village", "Nà Lầu", "--village=Bản Tát Mạ", "--period", "half", "--out-dir", "mau", "--json"],
      { command: "template", files: [], targets: "t.xlsx", village: "Bản Tát Mạ", villages: ["Nà Lầu", "Bản Tát Mạ"], period: "half", outDir: "mau", json: true },
    ],
    [
      ["template", "thon-na-lau.xlsx", "--assign", "--targets", "t.xlsx", "--village", "Nà Lầu", "--out-dir", "giao"],
      { command: "template", files: ["thon-na-lau.xlsx"], targets: "t.xlsx", village: "Nà Lầu", villages: ["Nà Lầu"], outDir: "giao", assign: true },
    ],
    [["validate", "--json", "--", "--bao-cao.xlsx"], { command: "validate", files: ["--bao-cao.xlsx"], json: true }],
    [["rank", "a.xlsx", "--", "--json", "-b.xlsx"], { command: "rank", files: ["a.xlsx", "--json", "-b.xlsx"] }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual({ ok: true, value: { ...defaults, ...expected } });
  });
});

describe("parseArgs names what is wrong with a command line", () => {
  it.each([
    [[], { kind: "help" }],
    [["--help"], { kind: "help" }],
    [["rank", "-h"], { kind: "help" }],
    [["--json", "rank"], { kind: "no-command", value: "--json" }],
    [["xephang", "a.xlsx"], { kind: "unknown-command", value: "xephang" }],
    [["indicators", "a.xlsx", "--out", "x.xlsx"], { kind: "unknown-option", value: "--out" }],
    [["indicators", "a.xlsx", "--config", "c.json"], { kind: "unknown-option", value: "--config" }],
    [["rank", "a.xlsx", "--colour"], { kind: "unknown-option", value: "--colour" }],
    [["rank", "a.xlsx", "--targets"], { kind: "missing-value", value: "--targets" }],
    [["rank", "a.xlsx", "--targets", "--json"], { kind: "missing-value", value: "--targets" }],
    [["rank", "a.xlsx", "--lang", "fr"], { kind: "bad-lang", value: "fr" }],
    [["rank", "--json"], { kind: "no-file", value: "rank" }],
    [["rank", "a.xlsx", "--assign"], { kind: "unknown-option", value: "--assign" }],
    [["validate", "a.xlsx", "b.xlsx"], { kind: "one-file", value: "b.xlsx" }],
    [["rank", "thon-na-lau.xlsx", "thon-pac-nam.xlsx", "--out", "thon-na-lau.xlsx"], { kind: "out-is-input", value: "thon-na-lau.xlsx" }],
    [["rank", "a.xlsx", "--out", "./mau/../a.xlsx"], { kind: "out-is-input", value: "./mau/../a.xlsx" }],
    [["rank", "a.xlsx", "--targets", "chi-tieu.xlsx", "--out", "chi-tieu.xlsx"], { kind: "out-is-input", value: "chi-tieu.xlsx" }],
    [["rank", "a.xlsx", "--config", "cau-hinh.json", "--out=cau-hinh.json"], { kind: "out-is-input", value: "cau-hinh.json" }],
  ])("%j", (argv, problem) => {
    expect(parseArgs(argv)).toEqual({ ok: false, problem: { lang: "vi", ...problem } });
  });

  it("speaks English about a problem when --lang en is given anywhere", () => {
    expect(parseArgs(["rank", "--lang", "en", "--bogus"])).toEqual({ ok: false, problem: { kind: "unknown-option", value: "--bogus", lang: "en" } });
  });
});
