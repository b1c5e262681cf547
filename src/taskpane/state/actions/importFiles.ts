import { classifySheet } from "../../../core/checks/classifySheet";
import { isGenericSheetName } from "../../../core/checks/villageOf";
import { formatFinding } from "../../../core/messages";
import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { runEngine } from "../../engine/runEngine";
import { type FileKind, fileKind } from "./convertWorkbook";
import { readBytes } from "./readBytes";
import { toBase64 } from "./toBase64";

/** A picked file: a browser `File` is one. */
export type PickedFile = Blob & { name: string };

/**
 * Copies the sheets of the villages' workbooks into this one and names each report after its village
 * when its own name says nothing ("Báo cáo", "Sheet1"); gives the names of the new sheets.
 * Each file's format is told by its content (see `fileKind`): .xls, .xlsb, .ods and HTML tables are
 * converted to .xlsx first; a file that cannot be imported (a .csv, a protected or damaged workbook, no
 * spreadsheet, one Excel refuses) is named with what to do, and the others are still imported.
 *
 * @example await importFiles(excel, "vi", [naLau, broken], progress) → { ok: true, value: { names: ["Nà Lầu"], skipped: ["Tệp "x.xlsx" bị hỏng …"] } }
 */
export async function importFiles(
  excel: ExcelPort,
  lang: Lang,
  files: PickedFile[],
  progress: Progress,
): Promise<Outcome<{ names: string[]; skipped: string[] }>> {
  const strings = stringsFor(lang);
  const picked: { file: PickedFile; bytes: Uint8Array; kind: FileKind }[] = [];
  for (const file of files) {
    const bytes = await readBytes(file);
    picked.push({ file, bytes, kind: fileKind(bytes) });
  }
  const skipped: string[] = [];
  const namesOf = (kind: FileKind) => picked.filter((p) => p.kind === kind).map((p) => p.file.name);
  if (namesOf("csv").length > 0) skipped.push(strings.import.csv(namesOf("csv").join(", ")));
  if (namesOf("other").length > 0) skipped.push(strings.import.notXlsx(namesOf("other").join(", ")));
  for (const p of picked) {
    if (p.kind === "protected") skipped.push(strings.import.protectedFile(p.file.name));
    else if (p.kind === "damaged") skipped.push(strings.import.unreadable(p.file.name));
  }
  const usable = picked.filter((p) => p.kind === "convert" || p.kind === "xlsx");
  const total = usable.length + 2;
  const encoded: { fileName: string; base64: string }[] = [];
  for (const [index, { file, bytes, kind }] of usable.entries()) {
    if (kind === "convert") {
      const run = await runEngine("convert", { bytes, fileName: file.name });
      const converted = run.ok ? run.value : ({ ok: false, reason: "unreadable" } as const);
      if (converted.ok) encoded.push({ fileName: file.name, base64: toBase64(converted.bytes) });
      else if (converted.reason === "guarded") skipped.push(formatFinding(converted.found, lang));
      else skipped.push(converted.reason === "protected" ? strings.import.protectedFile(file.name) : strings.import.unreadable(file.name));
    } else encoded.push({ fileName: file.name, base64: toBase64(bytes) });
    progress(index + 1, total);
  }
  if (encoded.length === 0) return { ok: false, notice: { intent: "error", text: skipped.join(" "), items: skipped.length > 1 ? skipped : undefined } };
  let inserted = await excel.insertWorkbooks(encoded);
  // Excel refuses the whole lot for one bad file: each file on its own, so the bad one is named and the others go in.
  if (!inserted.ok && encoded.length > 1) {
    const names: string[] = [];
    for (const file of encoded) {
      const one = await excel.insertWorkbooks([file]);
      if (one.ok) names.push(...one.value);
      else skipped.push(strings.import.refused(file.fileName));
    }
    inserted = names.length > 0 ? { ok: true, value: names } : inserted;
  }
  if (!inserted.ok) return { ok: false, notice: failureNotice(excel, inserted.failures, lang) };
  progress(usable.length + 1, total);
  const named = await nameAfterVillages(excel, inserted.value);
  progress(total, total);
  return { ok: true, value: { names: named, skipped } };
}

/**
 * Renames inserted reports with generic names to their village (from the title cell), where that name is
 * free. The sheets are in already: if Excel refuses the renaming, they keep the names Excel gave them.
 */
async function nameAfterVillages(excel: ExcelPort, names: string[]): Promise<string[]> {
  const listed = await excel.listWorksheets();
  const read = await excel.readWorksheets(names);
  if (!listed.ok || !read.ok) return names;
  const taken = new Set(listed.value.map((s) => s.name.toLowerCase()));
  const renames: { from: string; to: string }[] = [];
  for (const cells of read.value) {
    // "Sheet1 (2)": Excel's way of avoiding a name in use says nothing about the village either.
    if (!isGenericSheetName(cells.name.replace(/ \(\d+\)$/, ""))) continue;
    const { layout, village } = classifySheet(cells);
    if (layout !== "report" || !village || taken.has(village.toLowerCase())) continue;
    taken.add(village.toLowerCase());
    renames.push({ from: cells.name, to: village });
  }
  if (renames.length === 0) return names;
  const renamed = await excel.renameSheets(renames);
  if (!renamed.ok) return names;
  return names.map((name) => renames.find((r) => r.from === name)?.to ?? name);
}
