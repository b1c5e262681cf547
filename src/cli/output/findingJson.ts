import { formatFinding } from "../../core/messages";
import type { Finding } from "../../core/model";
import type { Lang } from "../args/parseArgs";

/** A finding as the command line's JSON gives it (docs/outputs.md#command-line): `expected`, `actual` and `details` where the finding has them. */
export interface FindingJson {
  code: string;
  severity: string;
  sheet: string;
  /** The workbook the sheet is in, in a batch (`rank`); null where the command reads one file. */
  file: string | null;
  cell: string | null;
  indicator: string | null;
  message: string;
  /** Where docs/reading-tables.md#checks-and-findings gives them: the expected and actual figures, and the facts of the code. */
  expected?: unknown;
  actual?: unknown;
  details?: Record<string, unknown>;
}

/**
 * Turns a finding into its JSON form, with the message in the chosen language.
 *
 * @example findingJson(finding("value/missing", { sheet: "Nà Lầu", cell: "E12" }), "vi").message
 */
export function findingJson(f: Finding, lang: Lang): FindingJson {
  const json: FindingJson = { code: f.code, severity: f.severity, sheet: f.sheet, file: f.file ?? null, cell: f.cell, indicator: f.indicator ?? null, message: formatFinding(f, lang) };
  if (f.expected !== undefined) json.expected = f.expected;
  if (f.actual !== undefined) json.actual = f.actual;
  if (f.details !== undefined) json.details = f.details;
  return json;
}
