import { parseConfigJson } from "../../core/config/parseConfigJson";
import type { RankingConfig } from "../../core/config/rankingConfig";
import { formatFinding } from "../../core/messages";
import { finding, type Finding, type FindingFact } from "../../core/model";
import { readRegularFile } from "../files/readRegularFile";

// A configuration is a few kilobytes; anything near this size is not one.
const MAX_CONFIG_BYTES = 16 * 2 ** 20;
import type { Lang } from "../args/parseArgs";
import type { CliIo } from "../io";

/**
 * Reads a ranking configuration from a JSON file; each problem (missing file, bad JSON, a field the
 * schema rejects) is a finding, and one line on stderr naming the file and the field.
 *
 * @example const config = await loadConfig("samples/cau-hinh-xep-hang-2024.json", io, "vi");
 */
export async function loadConfig(
  file: string,
  io: CliIo,
  lang: Lang,
): Promise<{ ok: true; config: RankingConfig; warnings: Finding[] } | { ok: false; findings: Finding[] }> {
  const read = await readConfig(file);
  if (!Array.isArray(read)) {
    // A key written twice is said, and the configuration is still used.
    for (const f of read.warnings) io.err(formatFinding(f, lang));
    return { ok: true, config: read.config, warnings: read.warnings };
  }
  for (const f of read) io.err(formatFinding(f, lang));
  return { ok: false, findings: read };
}

async function readConfig(file: string): Promise<{ config: RankingConfig; warnings: Finding[] } | Finding[]> {
  const read = await readRegularFile(file, MAX_CONFIG_BYTES);
  if (!read.ok) return [unreadable(file, read.problem.reason === "directory" ? "config-directory" : read.problem.reason, { ...read.problem })];
  const bytes = read.bytes;
  // Notepad saves "Unicode" as UTF-16 with a byte order mark: read it as such rather than refuse it.
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString("utf16le", 2) : bytes.toString("utf8");
  // Notepad on Windows saves UTF-8 with a byte order mark, which JSON.parse refuses.
  const parsed = parseConfigJson(text.replace(/^\uFEFF/, ""), file);
  return parsed.ok ? { config: parsed.value, warnings: parsed.warnings ?? [] } : parsed.failures;
}

function unreadable(file: string, reason: string, facts: Record<string, FindingFact>): Finding {
  return finding("file/unreadable", { sheet: file, cell: null, details: { ...facts, reason } });
}
