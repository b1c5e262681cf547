import type { GuardedZip, ZipProblem } from "../zip/guardZip";
import { storedZip } from "../zip/storedZip";
import type { CellRange } from "../../core/cells/cellAddress";
import { hasReferences, sheetMerges, withReferences } from "./sheetXml";
import { startTags } from "./xmlText";

/** The parts ExcelJS needs, in a zip of their own, and each sheet's merges by its sheetId. */
export interface SlimWorkbook {
  zip: Buffer;
  merges: Map<number, CellRange[]>;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const SHARED_PARTS = ["xl/sharedStrings.xml", "xl/styles.xml"];
// ExcelJS reads a worksheet only from a part of this name.
const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * Takes from an .xlsx package only what reading cell values needs: the workbook, its relationships, the
 * shared strings, the styles (number formats) and the worksheets the workbook refers to. Pictures,
 * printer settings, themes, comments and unreferenced parts are never inflated. Each sheet's merges are
 * read here (the reader is told to skip them), a sheet written without `r=` references gets them, and a
 * sheet name longer than Excel allows is cut to its 31 characters.
 * `repair` gives every sheet its references, for a sheet whose later rows or cells lack them.
 *
 * @example const slim = slimXlsx(zip, false); if (slim.ok) await workbook.xlsx.load(slim.value.zip)
 */
export function slimXlsx(zip: GuardedZip, repair: boolean): { ok: true; value: SlimWorkbook } | { ok: false; problem: ZipProblem } {
  const head = zip.take([WORKBOOK, WORKBOOK_RELS]);
  if (!head.ok) return head;
  const sheets = referencedSheets(head.parts.get(WORKBOOK), head.parts.get(WORKBOOK_RELS)).filter((sheet) => zip.has(sheet.part));
  const rest = zip.take([...SHARED_PARTS, ...sheets.map((sheet) => sheet.part)]);
  if (!rest.ok) return rest;
  const merges = new Map<number, CellRange[]>();
  for (const { id, part } of sheets) {
    const xml = rest.parts.get(part)!;
    const ranges = sheetMerges(xml);
    if (ranges === null) return { ok: false, problem: { reason: "corrupt" } };
    merges.set(id, ranges);
    if (repair || !hasReferences(xml)) rest.parts.set(part, withReferences(xml));
  }
  const workbook = head.parts.get(WORKBOOK);
  if (workbook !== undefined) head.parts.set(WORKBOOK, withShortSheetNames(workbook));
  return { ok: true, value: { zip: storedZip(new Map([...head.parts, ...rest.parts])), merges } };
}

// Excel's longest sheet name. ExcelJS cuts a longer one, warning on the console, then refuses its own cut
// name as a duplicate of itself: cut here first, as Excel would show it.
const MAX_SHEET_NAME = 31;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function withShortSheetNames(workbook: Buffer): Buffer {
  const xml = workbook.toString("utf8");
  const pieces: string[] = [];
  let kept = 0;
  for (const { at, attributes } of startTags(xml, "sheet") ?? []) {
    const written = /\sname="([^"]*)"/.exec(attributes);
    if (written === null) continue;
    const name = written[1].replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (entity, body: string) =>
      body.startsWith("#x") ? String.fromCodePoint(Number.parseInt(body.slice(2), 16)) : body.startsWith("#") ? String.fromCodePoint(Number(body.slice(1))) : (ENTITIES[body] ?? entity),
    );
    if (name.length <= MAX_SHEET_NAME) continue;
    const cut = name.slice(0, MAX_SHEET_NAME).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    const from = at + "<sheet".length + written.index + written[0].length - written[1].length - 1;
    pieces.push(xml.slice(kept, from), cut);
    kept = from + written[1].length;
  }
  return pieces.length === 0 ? workbook : Buffer.from(pieces.join("") + xml.slice(kept), "utf8");
}

/** The workbook's sheets (id and part name), found as ExcelJS finds them: sheet → r:id → relationship target. */
function referencedSheets(workbook: Buffer | undefined, rels: Buffer | undefined): { id: number; part: string }[] {
  if (workbook === undefined || rels === undefined) return [];
  const targets = new Map<string, string>();
  for (const { attributes: tag } of startTags(rels.toString("utf8"), "Relationship") ?? []) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id !== null && target !== null) targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`);
  }
  const sheets: { id: number; part: string }[] = [];
  for (const { attributes: tag } of startTags(workbook.toString("utf8"), "sheet") ?? []) {
    const part = targets.get(attribute(tag, "r:id") ?? "");
    const id = Number.parseInt(attribute(tag, "sheetId") ?? "", 10);
    if (part !== undefined && SHEET_PART.test(part)) sheets.push({ id, part });
  }
  return sheets;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return match === null ? null : match[1];
}
