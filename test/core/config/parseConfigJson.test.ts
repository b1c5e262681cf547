import { parseConfigJson } from "../../../src/core/config/parseConfigJson";
import { defaultConfig } from "../../../src/core/config/rankingConfig";
import { en } from "../../../src/core/messages/en";
import { vi } from "../../../src/core/messages/vi";

const TODAY = { year: 2026 };
const SPEC_EXAMPLE = {
  year: 2024,
  period: "year",
  cap: 1.2,
  prizes: [
    { name: "Giải Nhất", amount: 5000000 },
    { name: "Giải Nhì", amount: 3000000 },
    { name: "Giải Ba", amount: 1000000 },
  ],
  indicators: [
    { match: "an toàn về an ninh, trật tự", mandatory: true, weight: 2 },
    { match: "suy dinh dưỡng", direction: "lower" },
    { match: "thu ngân sách", exclude: true },
  ],
};

function failures(json: unknown) {
  const result = parseConfigJson(json, "cauhinh.json", TODAY);
  if (result.ok) throw new Error("expected failures");
  return result.failures;
}

describe("parseConfigJson", () => {
  it("reads the reference's example configuration as written", () => {
    expect(parseConfigJson(SPEC_EXAMPLE, "cauhinh.json", TODAY)).toEqual({ ok: true, value: SPEC_EXAMPLE });
  });

  it("fills missing keys with the seed's defaults and the current year", () => {
    expect(parseConfigJson({}, "cauhinh.json", TODAY)).toEqual({ ok: true, value: defaultConfig(2026) });
    expect(defaultConfig(2024).prizes.map((p) => p.amount)).toEqual([5_000_000, 3_000_000, 1_000_000]);
  });

  it("reads JSON text too", () => {
    expect(parseConfigJson('{ "year": 2024, "period": "half" }', "cauhinh.json", TODAY)).toEqual({ ok: true, value: { ...defaultConfig(2024), period: "half" } });
  });

  it.each([
    [{ indicators: [{ match: "a" }, { match: "b", weight: -1 }] }, "indicators[1].weight", "negative", -1],
    [{ cap: 0.9 }, "cap", "below-one", 0.9],
    [{ cap: "1,2" }, "cap", "not-number", "1,2"],
    [{ year: 2024.5 }, "year", "not-integer", 2024.5],
    [{ indicators: [{ weight: 2 }] }, "indicators[0].match", "required", null],
    [{ indicators: [{ match: "  " }] }, "indicators[0].match", "required", "  "],
    [{ indicators: [{ match: 7 }] }, "indicators[0].match", "not-text", 7],
    [{ indicators: [{ match: "a", mandatory: "có" }] }, "indicators[0].mandatory", "not-yes-no", "có"],
    [{ period: "quý" }, "period", "not-allowed-value", "quý"],
    [{ indicators: [{ match: "a", direction: "down" }] }, "indicators[0].direction", "not-allowed-value", "down"],
    [{ prizes: [{ name: "Giải Nhất", amount: -5 }] }, "prizes[0].amount", "negative", -5],
    [{ prizes: "21 giải" }, "prizes", "not-allowed-value", "21 giải"],
    [{ indicators: "suy dinh dưỡng" }, "indicators", "not-allowed-value", "suy dinh dưỡng"],
  ])("%j gives config/invalid on %s (%s)", (json, field, problem, actual) => {
    expect(failures(json)).toEqual([
      expect.objectContaining({
        code: "config/invalid",
        severity: "error",
        sheet: "cauhinh.json",
        cell: null,
        actual,
        details: { field, problem, ...(typeof actual === "string" ? { foundText: true } : {}) },
      }),
    ]);
  });

  it("refuses more than 20 prizes", () => {
    const prizes = Array.from({ length: 21 }, (_, i) => ({ name: `Giải ${i + 1}`, amount: 1 }));
    expect(failures({ prizes })).toEqual([expect.objectContaining({ details: { field: "prizes", problem: "too-many" }, actual: 21, expected: 20 })]);
  });

  it("says what was expected where it helps", () => {
    expect(failures({ cap: 0.5 })[0]).toMatchObject({ expected: 1 });
    expect(failures({ period: "quý" })[0]).toMatchObject({ expected: "year | half" });
  });

  it("names each unknown key with its place", () => {
    expect(failures({ years: 2024, indicators: [{ match: "a", wieght: 2 }] })).toEqual([
      { code: "config/unknown-key", severity: "error", sheet: "cauhinh.json", cell: null, actual: "wieght", details: { field: "indicators[0].wieght" } },
      { code: "config/unknown-key", severity: "error", sheet: "cauhinh.json", cell: null, actual: "years", details: { field: "years" } },
    ]);
  });

  it("reports every problem at once", () => {
    expect(failures({ cap: 0, indicators: [{ match: "a", weight: -1 }] }).map((f) => f.details?.field)).toEqual(["cap", "indicators[0].weight"]);
  });

  it.each([[[1, 2]], [null], [42]])("gives bad-json for %j", (json) => {
    expect(failures(json)).toEqual([expect.objectContaining({ code: "config/invalid", details: { field: "", problem: "bad-json" } })]);
  });

  it.each([
    ['{"year": 2024,\n', 2, 1],
    ["{ year: 2024 ", 1, 3],
    ['{"cap": 1.2}\n}', 2, 1],
    ['{"cap": 1.2', 1, 12],
  ])("says where text that is not JSON goes wrong: %j at line %d, column %d", (json, line, column) => {
    const [bad] = failures(json);
    expect(bad).toMatchObject({ code: "config/invalid", details: { field: "", problem: "bad-json", line, column } });
    expect(vi(bad)).toBe(
      `Cấu hình "cauhinh.json": tệp không đúng định dạng JSON, lỗi ở dòng ${line}, cột ${column}. Hãy sửa lại cấu hình (thường là thiếu hoặc thừa dấu phẩy, dấu ngoặc kép).`,
    );
    expect(en(bad)).toContain(`line ${line}, column ${column}`);
  });
});
