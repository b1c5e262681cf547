import { parseConfigJson } from "../../../src/core/config/parseConfigJson";
import { scanJson } from "../../../src/core/config/scanJson";
import { en } from "../../../src/core/messages/en";
import { vi } from "../../../src/core/messages/vi";

const TODAY = { year: 2024 };
const failures = (json: unknown) => {
  const parsed = parseConfigJson(json, "cauhinh.json", TODAY);
  return parsed.ok ? [] : parsed.failures;
};

describe("a hostile or careless configuration", () => {
  it.each([
    ["an array", (depth: number) => `{"cap": ${"[".repeat(depth)}${"]".repeat(depth)}}`],
    ["an object", (depth: number) => `{"indicators": [{"match": ${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}]}`],
    ["an unknown key", (depth: number) => `{"x": ${"[".repeat(depth)}${"]".repeat(depth)}}`],
  ])("nested 100 000 levels deep in %s gives the schema's error, not a stack overflow", (_, nested) => {
    const found = failures(nested(100_000));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.code === "config/invalid" || f.code === "config/unknown-key")).toBe(true);
    for (const f of found) expect(vi(f)).not.toMatch(/stack|undefined/u);
  });

  it.each([
    ['{"cap": 1e308, "indicators": [{"match": "a", "weight": 1e308}]}', "indicators[0].weight", "too-big"],
    ['{"prizes": [{"name": "Giải Nhất", "amount": 1e400}]}', "prizes[0].amount", "not-number"],
    ['{"cap": 1e308}', "cap", "too-big"],
  ])("bounds the numbers: %s", (json, field, problem) => {
    expect(failures(json)).toContainEqual(expect.objectContaining({ code: "config/invalid", details: expect.objectContaining({ field, problem }) }));
  });

  it("bounds text at Excel's 32 767 characters and does not repeat a megabyte back", () => {
    const name = "G".repeat(1_000_000);
    const [f] = failures({ prizes: [{ name, amount: 1 }] });
    expect(f).toMatchObject({ code: "config/invalid", details: { field: "prizes[0].name", problem: "too-long" }, expected: 32767 });
    expect(en(f).length).toBeLessThan(400);
    expect(en(f)).toContain("at most 32,767 characters");
  });

  it('tells "2024" written as text as text, in quotes', () => {
    const [f] = failures('{"year": "2024"}');
    expect(en(f)).toBe('Configuration "cauhinh.json": the setting "year" must be a number (found: "2024"). Correct the configuration.');
    expect(vi(f)).toContain('(đang ghi: "2024")');
    expect(en(failures('{"year": 2024.5}')[0])).toContain("(found: 2,024.5)");
  });

  it("warns of a key written twice, naming the key and its line; the later value is used", () => {
    const parsed = parseConfigJson('{\n  "cap": 1.5,\n  "indicators": [{ "match": "a",\n "weight": 1, "weight": 3 }],\n  "cap": 1.1\n}', "cauhinh.json", TODAY);
    expect(parsed.ok && parsed.value.cap).toBe(1.1);
    expect(parsed.warnings).toEqual([
      expect.objectContaining({ code: "config/duplicate-key", severity: "warning", details: { field: "indicators[0].weight", line: 4 } }),
      expect.objectContaining({ code: "config/duplicate-key", severity: "warning", details: { field: "cap", line: 5 } }),
    ]);
    expect(en(parsed.warnings![1])).toBe('Configuration "cauhinh.json": the setting "cap" is written twice (again at line 5); the later value is used. Delete one of them.');
  });

  it.each([
    ['{\n  "year": 2024,\n  "cap": tru,\n  "period": "year"\n}', 3, 10],
    ['{\n  "year": 2024,,\n  "cap": 1.2\n}', 2, 16],
    ['{\n  "year": 2024\n  "cap": 1.2\n}', 3, 3],
    ['{\n  "match": "a\tb"\n}', 2, 14],
  ])("places a JSON error where the bad character is: %j", (json, line, column) => {
    expect(failures(json)[0]).toMatchObject({ code: "config/invalid", details: { problem: "bad-json", line, column } });
  });

  it("says a UTF-16 file is UTF-16 and how to save it as UTF-8", () => {
    const utf16ReadAsUtf8 = Buffer.from('{"year": 2024}', "utf16le").toString("utf8");
    const [f] = failures(utf16ReadAsUtf8);
    expect(f).toMatchObject({ code: "config/invalid", details: { problem: "bad-json", encoding: "utf-16" } });
    expect(en(f)).toContain("UTF-16");
    expect(vi(f)).toContain("UTF-8");
  });

  it("scanJson agrees with JSON.parse on what is JSON", () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, "x\\"y\\u00e9"]}', "[]", "{}", ' "s" ', "1", '{"a": {}}']) {
      expect(scanJson(text).error).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
    for (const text of ["", "{", '{"a" 1}', "[1,]", "01", '"\\x"', "{} {}", "tru"]) {
      expect(scanJson(text).error).not.toBeNull();
      expect(() => JSON.parse(text)).toThrow();
    }
  });
});
