import { ODS_MAX_CELLS, boundOdsRepeats, type OdsRepeatProblem } from "../../../core/files/boundOdsRepeats";
import { readZipDirectory, type ZipEntry } from "../../../core/files/readZipDirectory";
import { sheetJsPartNames } from "../../../core/files/sheetJsParts";
import { utf8Bytes, utf8Text } from "../../../core/files/utf8";
import { workbookFormat } from "../../../core/files/workbookFormat";
import { MAX_ZIP_ENTRIES, declaredTooLarge, type ZipProblem } from "../../../core/files/zipLimits";
import { rawPart, zipOf, type ZipPartBytes } from "../../../core/files/zipOf";
import { finding, type Finding, type FindingFact } from "../../../core/model";

/** What the guard uses of SheetJS: its zip reader (CFB), which inflates each part into the size written beside it. */
export interface ZipReader {
  CFB: { read(data: Uint8Array, options: { type: "array" }): { FileIndex: { content: ArrayLike<number> | null }[]; FullPaths: string[] } };
}

/** Why a workbook is not given to SheetJS: a damaged zip, a part past the zip's limits, or an .ods repeating past the cells read. */
export type ConversionProblem = ZipProblem | { reason: "ods-repeat"; repeat: OdsRepeatProblem };

/**
 * The bytes SheetJS may be given to convert a workbook, under the same limits the command line reads with
 * (docs/excel-adapter.md#files-the-pane-converts): of an .ods or .xlsb only the parts cells need, each
 * part's declared size checked before anything is inflated, and every size written where SheetJS reads it,
 * so no part can inflate past what was checked; an .ods's repeated cells bounded (`boundOdsRepeats`). An
 * .xls or an HTML table is no zip and passes as it is. Never throws.
 *
 * @example const safe = guardConversion(bytes, XLSX); safe.ok ? XLSX.read(safe.bytes, { type: "array" }) : formatFinding(conversionFinding(name, safe.problem), "vi")
 */
export function guardConversion(bytes: Uint8Array, xlsx: ZipReader): { ok: true; bytes: Uint8Array } | { ok: false; problem: ConversionProblem } {
  const format = workbookFormat(bytes);
  if (format !== "ods" && format !== "xlsb") return { ok: true, bytes };
  const entries = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  if (entries === null) return { ok: false, problem: { reason: "corrupt" } };
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) if (!entry.name.endsWith("/")) byName.set(entry.name.replace(/^\/+/, ""), entry);
  const wanted = sheetJsPartNames([...byName.keys()], format).map((name) => ({ name, entry: byName.get(name) as ZipEntry }));
  const tooLarge = declaredTooLarge(wanted.map(({ name, entry }) => ({ name, size: entry.size })));
  if (tooLarge) return { ok: false, problem: tooLarge };
  const parts: ZipPartBytes[] = [];
  for (const { name, entry } of wanted) {
    const raw = rawPart(bytes, entry);
    if (raw === null) return { ok: false, problem: { reason: "corrupt" } };
    parts.push({ name, ...raw });
  }
  // SheetJS inflates each part into the size written beside it, and never further.
  const slim = zipOf(parts);
  if (format === "xlsb") return { ok: true, bytes: slim };
  return boundOds(slim, xlsx);
}

/** The slim .ods inflated (within its checked sizes), its content's repeats bounded, stored uncompressed. */
function boundOds(slim: Uint8Array, xlsx: ZipReader): { ok: true; bytes: Uint8Array } | { ok: false; problem: ConversionProblem } {
  let inflated: Map<string, Uint8Array>;
  try {
    const container = xlsx.CFB.read(slim, { type: "array" });
    inflated = new Map(container.FileIndex.map((file, i) => [container.FullPaths[i].replace(/^[^/]*\//, ""), Uint8Array.from(file.content ?? [])]));
  } catch {
    return { ok: false, problem: { reason: "corrupt" } };
  }
  const content = inflated.get("content.xml");
  if (content !== undefined) {
    const bounded = boundOdsRepeats(utf8Text(content));
    if (!bounded.ok) return { ok: false, problem: { reason: "ods-repeat", repeat: bounded.problem } };
    inflated.set("content.xml", utf8Bytes(bounded.xml));
  }
  const stored = [...inflated].filter(([name]) => name !== "").map(([name, data]) => ({ name, method: 0 as const, data, size: data.length }));
  return { ok: true, bytes: zipOf(stored) };
}

/**
 * The finding the command line gives for the same file (`file/unreadable`), so the pane says the same:
 * which part or which cell, and what to do.
 *
 * @example formatFinding(conversionFinding("Nà Lầu.ods", problem), "vi")
 */
export function conversionFinding(file: string, problem: ConversionProblem): Finding {
  const details: Record<string, FindingFact> =
    problem.reason === "ods-repeat"
      ? { reason: problem.reason, sheetName: problem.repeat.sheet, at: problem.repeat.cell, rows: problem.repeat.rows, columns: problem.repeat.columns, most: ODS_MAX_CELLS }
      : problem.reason === "unzipped-too-large"
        ? { reason: problem.reason, part: problem.part, size: problem.size, limit: problem.limit }
        : { reason: "corrupt" };
  return finding("file/unreadable", { sheet: file, cell: null, details });
}
