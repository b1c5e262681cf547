import type { Lang } from "../../shell/lang";
import { stringsFor } from "../../strings";
import type { ExcelPort } from "../excelPort";
import { failureNotice } from "../failureNotice";
import type { Outcome, Progress } from "../outcome";
import { readBytes } from "./readBytes";
import { toBase64 } from "./toBase64";

/** A picked file: a browser `File` is one. */
export type PickedFile = Blob & { name: string };

/**
 * Copies the report sheets of the villages' workbooks into this one; gives the names of the new sheets.
 * Files that are not .xlsx are refused before anything is inserted, so nothing is half done.
 *
 * @example await importFiles(excel, "vi", [naLau, khuonLung], progress) → { ok: true, value: ["Nà Lầu", "Khuôn Lùng"] }
 */
export async function importFiles(
  excel: ExcelPort,
  lang: Lang,
  files: PickedFile[],
  progress: Progress,
): Promise<Outcome<string[]>> {
  const strings = stringsFor(lang);
  const wrong = files.filter((f) => !/\.xlsx$/i.test(f.name)).map((f) => f.name);
  if (wrong.length > 0) return { ok: false, notice: { intent: "error", text: strings.import.notXlsx(wrong.join(", ")) } };
  const total = files.length + 1;
  const encoded: { fileName: string; base64: string }[] = [];
  for (const file of files) {
    encoded.push({ fileName: file.name, base64: toBase64(await readBytes(file)) });
    progress(encoded.length, total);
  }
  const inserted = await excel.insertWorkbooks(encoded);
  progress(total, total);
  return inserted.ok ? inserted : { ok: false, notice: failureNotice(excel, inserted.failures, lang) };
}
