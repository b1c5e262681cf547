import type { SheetTitle } from "../table/readTitle";
import { villageName } from "../table/villageName";
import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";

// Names Excel and staff give sheets that say nothing about the village.
const GENERIC_SHEET = /^(sheet|trang tinh|bang tinh|bao cao|bieu|bieu mau|mau|bang|du lieu|data|tong hop|ket qua|chi tieu|thi dua)( ?\d+)?$/u;

/**
 * Whether a sheet name says nothing about the village ("Sheet1", "Báo cáo", "Trang tính1").
 *
 * @example isGenericSheetName("Trang tính1") === true; isGenericSheetName("Nà Lầu") === false
 */
export function isGenericSheetName(name: string): boolean {
  const folded = foldText(name);
  return folded === "" || GENERIC_SHEET.test(folded);
}

/**
 * A report's village (docs/reading-tables.md#layouts item 2): what the user named; the title block's (a labelled line "Thôn: …",
 * "Ấp: …" before a title cell naming it: `readTitle`); the sheet name unless generic; the file name
 * without its extension; the sheet name as a last resort.
 *
 * @example villageOf({ sheet: "Sheet1", title: { village: null, … }, fileName: "Thôn Nà Lầu.xlsx" }) === "Nà Lầu"
 */
export function villageOf(facts: { named?: string; title: Pick<SheetTitle, "village">; sheet: string; fileName?: string }): string {
  const named = facts.named === undefined ? "" : normalizeText(facts.named);
  if (named !== "") return named;
  if (facts.title.village !== null) return facts.title.village;
  if (!isGenericSheetName(facts.sheet)) return villageName(facts.sheet) ?? facts.sheet;
  const file = fileStem(facts.fileName ?? "");
  if (file !== "") return villageName(file) ?? file;
  return facts.sheet;
}

function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? "";
  return normalizeText(base.replace(/\.[^.]{1,5}$/u, "").replace(/_/gu, " "));
}
