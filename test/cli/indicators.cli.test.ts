import { ensureBuiltCli, thidua } from "./helpers/builtCli";
import { sampleFiles, type SampleFiles } from "./helpers/sampleFiles";

let samples: SampleFiles;

beforeAll(async () => {
  await ensureBuiltCli();
  samples = await sampleFiles();
}, 180_000);

describe("thidua indicators", () => {
  it("lists the commune's 46 indicators in 7 groups and 3 sub-groups as JSON, and nothing else on stdout", () => {
    const run = thidua("indicators", samples.targets, "--json");
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const json = run.json();
    expect(Object.keys(json)).toEqual(["groups", "indicators", "findings"]);
    expect(json.indicators).toHaveLength(46);
    expect(json.groups).toHaveLength(10);
    expect(json.groups[0]).toEqual({ tt: "8", name: "Chỉ tiêu về cải tạo vườn tạp", path: ["Chỉ tiêu về cải tạo vườn tạp"] });
  });

  it("gives each indicator the fields of docs/outputs.md#command-line, units as written and null where the sheet has none", () => {
    const { indicators, findings } = thidua("indicators", samples.targets, "--json").json();
    expect(Object.keys(indicators[0]).sort()).toEqual(
      ["cumulative", "direction", "id", "kind", "name", "path", "row", "sheet", "target", "tt", "unit"].sort(),
    );
    expect(indicators[0]).toMatchObject({
      tt: "1", path: [], name: "Thu ngân sách nhà nước trên địa bàn", unit: "Triệu đồng", kind: "number", target: 54,
      direction: "higher", cumulative: true, sheet: "Chỉ tiêu 2024", row: 8,
    });
    expect(indicators[6]).toMatchObject({ tt: "7", unit: null, target: 59 });
    expect(findings).toContainEqual(expect.objectContaining({ code: "unit/missing", severity: "warning", sheet: "Chỉ tiêu 2024", cell: "C14" }));
    const malnutrition = indicators.find((i: { name: string }) => i.name.includes("suy dinh dưỡng"));
    expect(malnutrition).toMatchObject({ unit: "%", target: 15.9, direction: "lower", cumulative: false, path: ["Chỉ tiêu về văn hóa - xã hội", "Chỉ tiêu y tế"] });
    const kinds = new Set(indicators.map((i: { kind: string }) => i.kind));
    expect(kinds).toEqual(new Set(["number", "pass", "none", "rating"]));
  });

  it("joins the name continued on the next row", () => {
    const { indicators } = thidua("indicators", samples.targets, "--json").json();
    expect(indicators.map((i: { name: string }) => i.name)).toContain(
      "Số lượng thực phẩm, rau xanh cải tạo vườn tạp cung cấp cho các đơn vị trường học trên địa bàn",
    );
  });

  it("reads the sheet named with --sheet, ignoring case and diacritics", () => {
    const run = thidua("indicators", samples.village["Thôn Nà Lầu"], "--sheet", "na lau", "--json");
    expect(run.status).toBe(0);
    expect(run.json().indicators).toHaveLength(16);
  });

  it("names the sheets of the file when --sheet names none of them (exit 2)", () => {
    const run = thidua("indicators", samples.targets, "--sheet", "Trang 9");
    expect(run.status).toBe(2);
    expect(run.errLines).toHaveLength(1);
    expect(run.errLines[0]).toContain("Trang 9");
    expect(run.errLines[0]).toContain("Chỉ tiêu 2024");
  });

  it("prints a readable table without --json", () => {
    const run = thidua("indicators", samples.targets);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("46 chỉ tiêu");
    expect(run.stdout).toContain("1.417");
    expect(run.stdout).toContain("400,5");
  });
});
