import type { GuardedZip, ZipProblem } from "../zip/guardZip";
import { storedZip } from "../zip/storedZip";
import { attributeOf, startTags } from "../xlsx/xmlText";
import { boundOdsRepeats, type OdsRepeatProblem } from "../../core/files/boundOdsRepeats";
import { ODS_PARTS } from "../../core/files/sheetJsParts";

/** Why a zip-based workbook is not handed to SheetJS: a part past the zip's limits, or an .ods repeating past the cells read. */
export type SheetJsZipProblem = ZipProblem | { reason: "ods-repeat"; repeat: OdsRepeatProblem };

const CONTENT_TYPES = "[Content_Types].xml";
const XLSB_WORKBOOK = "xl/workbook.bin";
const XLSB_RELS = "xl/_rels/workbook.bin.rels";
// Parts SheetJS reads without checking they exist when the content types name them; the others it reads only if there.
const XLSB_NAMED = /\.(?:sharedStrings|styles|sheetMetadata|person)\b/i;

/**
 * The zip SheetJS is given for an .ods or an .xlsb: only the parts reading cells needs, taken through the
 * zip guard (sizes checked before inflating, as for an .xlsx), stored uncompressed so SheetJS inflates
 * nothing. SheetJS would otherwise inflate every part of the file, a picture or an unreferenced 1 GiB part
 * alike. An .ods's repeated cells are bounded first (see `boundOdsRepeats`).
 *
 * @example const slim = sheetJsZip(zip, "ods"); if (slim.ok) XLSX.read(slim.bytes, { type: "buffer" })
 */
export function sheetJsZip(zip: GuardedZip, format: "ods" | "xlsb"): { ok: true; bytes: Buffer } | { ok: false; problem: SheetJsZipProblem } {
  const taken = format === "ods" ? odsParts(zip) : xlsbParts(zip);
  if (!taken.ok) return taken;
  return { ok: true, bytes: storedZip(taken.parts) };
}

function odsParts(zip: GuardedZip): { ok: true; parts: Map<string, Buffer> } | { ok: false; problem: SheetJsZipProblem } {
  const taken = zip.take(ODS_PARTS);
  if (!taken.ok) return taken;
  const content = taken.parts.get("content.xml");
  if (content === undefined) return taken;
  const bounded = boundOdsRepeats(content.toString("utf8"));
  if (!bounded.ok) return { ok: false, problem: { reason: "ods-repeat", repeat: bounded.problem } };
  taken.parts.set("content.xml", Buffer.from(bounded.xml, "utf8"));
  return taken;
}

/** The content types, the workbook and its relationships, the parts they name that cells need, and the worksheets. */
function xlsbParts(zip: GuardedZip): { ok: true; parts: Map<string, Buffer> } | { ok: false; problem: ZipProblem } {
  const head = zip.take([CONTENT_TYPES, "_rels/.rels", XLSB_WORKBOOK, XLSB_RELS]);
  if (!head.ok) return head;
  const named: string[] = [];
  for (const { attributes } of startTags(head.parts.get(CONTENT_TYPES)?.toString("utf8") ?? "", "Override") ?? []) {
    const part = attributeOf(attributes, "PartName");
    if (part !== null && XLSB_NAMED.test(attributeOf(attributes, "ContentType") ?? "")) named.push(part.replace(/^\/+/, ""));
  }
  for (const { attributes } of startTags(head.parts.get(XLSB_RELS)?.toString("utf8") ?? "", "Relationship") ?? []) {
    const target = attributeOf(attributes, "Target");
    if (target !== null && /\/worksheet$/.test(attributeOf(attributes, "Type") ?? "")) named.push(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const rest = zip.take(named);
  if (!rest.ok) return rest;
  return { ok: true, parts: new Map([...head.parts, ...rest.parts]) };
}
