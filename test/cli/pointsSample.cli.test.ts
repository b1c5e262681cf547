import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/runCli";
import { writeSamples } from "../../src/cli/samples/writeSamples";

interface Captured {
  out: string[];
  err: string[];
}

// The second sample commune scores in points: its ranking and one village's points, by the command line.
describe("the points sample commune", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "thidua-points-"));
  const file = (name: string) => path.join(dir, name);
  const villages = ["tan-lap-thon-na-pong", "tan-lap-thon-khuoi-ngoa", "tan-lap-ban-pieng", "tan-lap-thon-pac-cap", "tan-lap-thon-lung-pang"];
  const common = ["--targets", file("tan-lap-chi-tieu-diem-2024.xlsx"), "--config", file("tan-lap-cau-hinh-diem-2024.json"), "--json"];

  beforeAll(async () => {
    await writeSamples(dir);
  }, 60_000);

  async function run(args: string[]): Promise<{ status: number; json: Record<string, unknown> }> {
    const captured: Captured = { out: [], err: [] };
    const status = await runCli(args, { out: (line: string) => captured.out.push(line), err: (line: string) => captured.err.push(line) });
    return { status, json: JSON.parse(captured.out.join("\n")) as Record<string, unknown> };
  }

  it("ranks in points with tiers, own points, a prize for two villages and the village that has not reported", async () => {
    const { status, json } = await run(["rank", ...villages.map((v) => file(`${v}.xlsx`)), ...common]);
    expect(status).toBe(0);
    expect(json).toMatchObject({ method: "points", missing: ["Cốc Lót"] });
    const ranked = json.villages as { village: string; score: number; tier: string | null; selfPoints: number | null; prize: string | null }[];
    expect(ranked.map((v) => [v.score, v.tier, v.prize])).toEqual([
      [108.75, "Xuất sắc", "Giải Nhất"],
      [96, "Tốt", null],
      [94.96, "Tốt", "Giải Nhì"],
      [88.63, "Tốt", "Giải khuyến khích"],
      [85.5, "Tốt", "Giải khuyến khích"],
    ]);
    expect(ranked[0].selfPoints).toBe(103.75);
  }, 60_000);

  it("validates one village's points with --config", async () => {
    const { json } = await run(["validate", file("tan-lap-ban-pieng.xlsx"), ...common]);
    const summary = json.summary as Record<string, unknown>;
    expect(summary).toMatchObject({ points: 88.63, selfPoints: 84.62 });
    const indicators = json.indicators as { name: string; points: number | null; selfPoints: number | null; verifiedPoints: number | null }[];
    // Thu nhập 40/45: 15 × 0,889 = 13,33, band < 95 % −2 clamped to −1 → 12,33; the village wrote 11,33
    expect(indicators[0]).toMatchObject({ points: 12.33, selfPoints: 11.33, verifiedPoints: null });
    const findings = json.findings as { code: string; cell: string }[];
    expect(findings).toContainEqual(expect.objectContaining({ code: "points/self-differs", cell: "G7" }));
    expect(findings).toContainEqual(expect.objectContaining({ code: "points/self-total", cell: "G15" }));
  }, 60_000);
});
