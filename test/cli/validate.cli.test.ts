import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;

beforeAll(async () => {
  await ensureBuiltCli();
  samples = await sampleFiles();
}, 180_000);

type IndicatorJson = { name: string; status: string; actual: unknown; target: unknown; completion: number | null; cell: string; unit: string | null };
type FindingJson = { code: string; severity: string; sheet: string; cell: string | null; indicator: string | null; message: string };

describe("thidua validate", () => {
  it("gives the JSON of docs/outputs.md#command-line and exits 0 for a report without errors", () => {
    const run = thidua("validate", samples.village["Thôn Nà Lầu"], "--targets", samples.targets, "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const json = run.json();
    expect(Object.keys(json)).toEqual(["village", "indicators", "findings", "summary"]);
    expect(json.village).toBe("Nà Lầu");
    expect(json.indicators).toHaveLength(16);
    expect(Object.keys(json.indicators[0]).sort()).toEqual(
      ["actual", "cell", "completion", "id", "kind", "name", "sheet", "status", "target", "unit"].sort(),
    );
    expect(json.indicators[0]).toMatchObject({ name: "Tổng diện tích gieo trồng cây hàng năm", unit: "Ha", kind: "number", target: 72, actual: 80, status: "exceeded", sheet: "Nà Lầu", cell: "E8" });
    expect(json.indicators.every((i: IndicatorJson) => i.status === "met" || i.status === "exceeded")).toBe(true);
    expect(json.summary).toEqual({ indicators: 16, met: expect.any(Number), exceeded: expect.any(Number), shortfall: 0, unknown: 0, errors: 0, warnings: 0 });
    expect(json.summary.met + json.summary.exceeded).toBe(16);
  });

  it("exits 1 when the report has an error, and says where: the missing value, the converted unit", () => {
    const run = thidua("validate", samples.village["Thôn Lũng Vài"], "--targets", samples.targets, "--json");
    expect(run.status).toBe(1);
    const json = run.json();
    expect(json.village).toBe("Lũng Vài");
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "value/missing", severity: "error", sheet: "Sheet1", cell: "E25", indicator: "Số lao động được giải quyết việc làm trong năm" }));
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "unit/converted", severity: "info", cell: "E9" }));
    const grain = json.indicators.find((i: IndicatorJson) => i.name === "Tổng sản lượng lương thực có hạt");
    expect(grain).toMatchObject({ actual: 264, target: 230, status: "exceeded" });
    expect(json.summary).toMatchObject({ indicators: 16, unknown: 1, errors: 1 });
    for (const f of json.findings as FindingJson[]) expect(f.message.length).toBeGreaterThan(10);
  });

  it("reads numbers typed as Vietnamese text and rates kept as percent-formatted fractions as the same values", () => {
    const values = (village: string) =>
      thidua("validate", samples.village[village], "--targets", samples.targets, "--json").json().indicators.map((i: IndicatorJson) => [i.name, i.actual, i.status]);
    const tatMa = values("Bản Tát Mạ");
    expect(tatMa).toEqual(values("Thôn Pác Nặm"));
    expect(tatMa).toContainEqual(["Tổng sản lượng lương thực có hạt", 205.5, "shortfall"]);
    expect(tatMa).toContainEqual(["Tỷ lệ huy động trẻ 5 tuổi đến lớp", 98, "exceeded"]);
    expect(tatMa).toContainEqual(["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)", 15.5, "exceeded"]);
  });

  it("flags the row a village added that the commune never asked for", () => {
    const json = thidua("validate", samples.village["Thôn Khuổi Khâm"], "--targets", samples.targets, "--json").json();
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "row/unknown-indicator", indicator: "Số hộ sử dụng nước sạch hợp vệ sinh" }));
  });

  it("still matches a row the village renamed", () => {
    const json = thidua("validate", samples.village["Thôn Nặm Đin"], "--targets", samples.targets, "--json").json();
    expect(json.findings.filter((f: FindingJson) => f.code === "row/unknown-indicator")).toEqual([]);
    expect(json.indicators).toHaveLength(16);
  });

  it("uses the village name given with --village", () => {
    expect(thidua("validate", samples.village["Thôn Lũng Vài"], "--village", "Thôn Lũng Vài", "--json").json().village).toBe("Thôn Lũng Vài");
  });

  it("writes the messages in English with --lang en", () => {
    const vi = thidua("validate", samples.village["Thôn Lũng Vài"], "--json").json().findings as FindingJson[];
    const en = thidua("validate", samples.village["Thôn Lũng Vài"], "--json", "--lang", "en").json().findings as FindingJson[];
    expect(en.map((f) => f.code)).toEqual(vi.map((f) => f.code));
    expect(en[0].message).not.toEqual(vi[0].message);
  });

  it("prints a readable table, the findings and a summary without --json", () => {
    const run = thidua("validate", samples.village["Thôn Lũng Vài"], "--targets", samples.targets);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Lũng Vài");
    expect(run.stdout).toContain("Chưa đạt");
    expect(run.stdout).toContain("E25");
    expect(run.stdout).toMatch(/Tổng cộng 16 chỉ tiêu/);
  });

  it("checks one village's columns of a consolidated sheet, chosen with --village", () => {
    const run = thidua("validate", samples.consolidated, "--village", "Thôn Lũng Vài", "--targets", samples.targets, "--json");
    expect(run.status).toBe(1);
    const json = run.json();
    expect(json.village).toBe("Lũng Vài");
    expect(json.findings).toContainEqual(expect.objectContaining({ code: "value/missing", sheet: "Tổng hợp 2024", cell: "M25" }));
  });

  it("names the villages of a consolidated sheet when none is chosen (exit 2)", () => {
    const run = thidua("validate", samples.consolidated, "--json");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    for (const village of ["Nà Lầu", "Khuổi Khâm", "Tát Mạ", "Pác Nặm", "Lũng Vài", "Nặm Đin"]) expect(run.errLines[0]).toContain(village);
    expect(run.json()).toMatchObject({ village: null, indicators: [] });
  });
});
