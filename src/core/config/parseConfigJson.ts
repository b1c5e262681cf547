import type { Result } from "../model/cells";
import { finding, type Finding } from "../model/finding";
import { configInvalid, configIssueFindings } from "./configIssueFindings";
import { rankingConfigSchema, type RankingConfig } from "./rankingConfig";
import { scanJson } from "./scanJson";

/**
 * Reads a ranking configuration from parsed JSON (or its text). Missing keys take the defaults; `year`,
 * when absent, is `today.year`. Every problem is a finding naming the field; `sheet` is `source`. Text that
 * is not JSON is located by line and column; a key written twice is a `config/duplicate-key` warning
 * (in `warnings`, the later value is used).
 *
 * @example parseConfigJson({ year: 2024, cap: 0.5 }, "cauhinh.json")
 * // { ok: false, failures: [{ code: "config/invalid", sheet: "cauhinh.json", details: { field: "cap", problem: "below-one" }, … }] }
 */
export function parseConfigJson(
  json: unknown,
  source: string,
  today: { year: number } = { year: new Date().getFullYear() },
): Result<RankingConfig, Finding[]> & { warnings?: Finding[] } {
  const locate = () => ({ sheet: source, cell: null });
  let input = json;
  const warnings: Finding[] = [];
  if (typeof json === "string") {
    const bad = configInvalid("", "bad-json", null, locate);
    // Saved as UTF-16 ("Unicode" in Notepad) and read as UTF-8, every other character is a NUL.
    if (json.includes("\u0000")) return { ok: false, failures: [{ ...bad, details: { ...bad.details, encoding: "utf-16" } }] };
    const scan = scanJson(json);
    if (scan.error !== null) return { ok: false, failures: [{ ...bad, details: { ...bad.details, ...placeOf(json, scan.error) } }] };
    for (const { field, position } of scan.duplicates) {
      warnings.push(finding("config/duplicate-key", { ...locate(), actual: field.replace(/^.*[.\]]/u, ""), details: { field, line: placeOf(json, position).line } }));
    }
    input = JSON.parse(json) as unknown;
  }
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, failures: [...warnings, configInvalid("", "bad-json", input, locate, "{ … }")] };
  }
  const withYear = "year" in input ? input : { ...input, year: today.year };
  const parsed = rankingConfigSchema.safeParse(withYear);
  if (parsed.success) return warnings.length === 0 ? { ok: true, value: parsed.data } : { ok: true, value: parsed.data, warnings };
  return { ok: false, failures: [...warnings, ...configIssueFindings(parsed.error.issues, withYear, locate)] };
}

/**
 * Line and column (from 1) of an offset in the text, so staff can find the stray comma.
 *
 * @example placeOf('{"year": 2024,\n', 15) // { line: 2, column: 1 }
 */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}
