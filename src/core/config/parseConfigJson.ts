import type { Result } from "../model/cells";
import type { Finding } from "../model/finding";
import { configInvalid, configIssueFindings } from "./configIssueFindings";
import { rankingConfigSchema, type RankingConfig } from "./rankingConfig";

/**
 * Reads a ranking configuration from parsed JSON (or its text). Missing keys take the defaults; `year`,
 * when absent, is `today.year`. Every problem is a finding naming the field; `sheet` is `source`.
 *
 * @example parseConfigJson({ year: 2024, cap: 0.5 }, "cauhinh.json")
 * // { ok: false, failures: [{ code: "config/invalid", sheet: "cauhinh.json", details: { field: "cap", problem: "below-one" }, … }] }
 */
export function parseConfigJson(
  json: unknown,
  source: string,
  today: { year: number } = { year: new Date().getFullYear() },
): Result<RankingConfig, Finding[]> {
  const locate = () => ({ sheet: source, cell: null });
  let input = json;
  if (typeof json === "string") {
    try {
      input = JSON.parse(json) as unknown;
    } catch (error) {
      const bad = configInvalid("", "bad-json", null, locate);
      return { ok: false, failures: [{ ...bad, details: { ...bad.details, ...jsonErrorPlace(json, error) } }] };
    }
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, failures: [configInvalid("", "bad-json", input, locate, "{ … }")] };
  }
  const withYear = "year" in input ? input : { ...input, year: today.year };
  const parsed = rankingConfigSchema.safeParse(withYear);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, failures: configIssueFindings(parsed.error.issues, withYear, locate) };
}

/**
 * Line and column (from 1) where the JSON parser stopped, so staff can find the stray comma.
 *
 * @example jsonErrorPlace('{"year": 2024,\n', new SyntaxError("… in JSON at position 15")) // { line: 2, column: 1 }
 */
function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  const before = text.slice(0, position ? Number(position[1]) : text.length);
  const lines = before.split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
