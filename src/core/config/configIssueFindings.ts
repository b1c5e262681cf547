import type { z } from "zod";
import { finding, type Finding, type FindingFact } from "../model/finding";
import { configFieldPath, valueAtPath } from "./configFieldPath";

/** What is wrong with a configuration field (the `problem` detail of `config/invalid`). */
export type ConfigProblem =
  | "negative"
  | "below-one"
  | "not-number"
  | "not-integer"
  | "required"
  | "not-text"
  | "not-yes-no"
  | "not-allowed-value"
  | "bad-json"
  | "too-many"
  | "band-two-bounds"
  | "band-empty"
  | "band-order"
  | "band-overlap"
  | "tier-order"
  | "duplicate-village"
  | "points-need-max"
  | "ratio-needs-target"
  | "too-big"
  | "too-long";

/** Where a field's finding points: the file (JSON) or the sheet and cell (configuration sheet). */
export type LocateField = (field: string) => { sheet: string; cell: string | null };

const PROBLEM_OF_TYPE: Record<string, ConfigProblem> = {
  number: "not-number",
  int: "not-integer",
  string: "not-text",
  boolean: "not-yes-no",
};

/**
 * Turns the schema's issues into findings naming the field, its raw value and what was expected.
 *
 * @example configIssueFindings(issues, { cap: 0.5 }, () => ({ sheet: "cfg.json", cell: null }))
 * // [{ code: "config/invalid", details: { field: "cap", problem: "below-one" }, actual: 0.5, expected: 1, … }]
 */
export function configIssueFindings(issues: readonly z.core.$ZodIssue[], input: unknown, locate: LocateField): Finding[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const field = configFieldPath([...issue.path, key]);
        return finding("config/unknown-key", { ...locate(field), actual: key, details: { field } });
      });
    }
    const field = configFieldPath(issue.path);
    const raw = valueAtPath(input, issue.path);
    const { problem, expected } = describeIssue(issue, raw);
    const shown = problem === "too-many" && Array.isArray(raw) ? raw.length : raw;
    const made = configInvalid(field, problem, shown, locate, expected);
    const other = issue.code === "custom" ? (issue.params as { other?: unknown } | undefined)?.other : undefined;
    // The entry it clashes with ("bands[0]"), so the message can name both.
    if (typeof other === "number") return [{ ...made, details: { ...made.details, other: siblingField(issue.path, other) } }];
    return [made];
  });
}

// ["tiers", 1, "min"] with 0 → "tiers[0]": the entry of the same list another entry clashes with.
function siblingField(path: readonly PropertyKey[], index: number): string {
  let at = -1;
  path.forEach((key, position) => {
    if (typeof key === "number") at = position;
  });
  return configFieldPath(at < 0 ? path : [...path.slice(0, at), index]);
}

/** A `config/invalid` finding for one field. */
export function configInvalid(field: string, problem: ConfigProblem, raw: unknown, locate: LocateField, expected?: FindingFact): Finding {
  // Text is shown in quotes, so "2024" written as text is not mistaken for the number it looks like.
  const facts = { ...locate(field), actual: factOf(raw), details: { field, problem, ...(typeof raw === "string" ? { foundText: true } : {}) } };
  return finding("config/invalid", expected === undefined ? facts : { ...facts, expected });
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): { problem: ConfigProblem; expected?: FindingFact } {
  if (issue.code === "custom") {
    const problem = (issue.params as { problem?: ConfigProblem } | undefined)?.problem;
    if (problem) return { problem };
  }
  if (raw === undefined) return { problem: "required" };
  switch (issue.code) {
    case "invalid_type":
      return { problem: PROBLEM_OF_TYPE[issue.expected] ?? "not-allowed-value" };
    case "too_small":
      if (issue.origin === "string") return { problem: "required" };
      if (issue.minimum === 0) return { problem: "negative", expected: 0 };
      if (issue.minimum === 1) return { problem: "below-one", expected: 1 };
      return { problem: "not-allowed-value", expected: `≥ ${String(issue.minimum)}` };
    case "too_big":
      if (issue.origin === "array") return { problem: "too-many", expected: Number(issue.maximum) };
      if (issue.origin === "string") return { problem: "too-long", expected: Number(issue.maximum) };
      return { problem: "too-big", expected: Number(issue.maximum) };
    case "invalid_value":
      return { problem: "not-allowed-value", expected: issue.values.map(String).join(" | ") };
    default:
      return { problem: "not-allowed-value" };
  }
}

function factOf(raw: unknown): FindingFact {
  if (raw === undefined) return null;
  if (raw === null || typeof raw === "boolean") return raw;
  if (typeof raw === "string") return raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : String(raw);
  const text = safeJson(raw);
  // a whole list pasted in the wrong place would drown the message
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

// A value nested thousands of levels deep would overflow the stack in JSON.stringify.
function safeJson(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    return Array.isArray(raw) ? "[…]" : "{…}";
  }
}
