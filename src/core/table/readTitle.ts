import type { Period } from "../model/ranking";
import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";
import { isCapitals, splitVillageWord, titleCase, villageName } from "./villageName";
import { VILLAGE_WORD_PATTERN } from "./villageWords";

/** The title block above a table (docs/reading-tables.md#layouts item 2): who issued it, for which commune, village, year and period. */
export interface SheetTitle {
  village: string | null;
  commune: string | null;
  year: number | null;
  /** The issuing body as written ("UBND XÃ KHUÔN LÙNG"); absent when the title names none. */
  issuer?: string;
  /** The period the title names ("6 THÁNG ĐẦU NĂM" → half, "CẢ NĂM" → year); absent when it names none. */
  period?: Period;
}

// "Thôn: Nà Lầu", "Tên ấp: Tân Hòa", "Tên thôn Nà Lầu": a line that says it names the village
const LABELLED = new RegExp(`^(?:tên\\s+(?:${VILLAGE_WORD_PATTERN})\\s*[:\\-–]?|(?:${VILLAGE_WORD_PATTERN})\\s*:)\\s*\\S`, "iu");
// a cell that starts with the word and then the name: "THÔN NÀ LẦU", "Ấp Tân Hòa, xã …"
const STARTS_WITH_WORD = new RegExp(`^(?:${VILLAGE_WORD_PATTERN})(?:\\s*[\\-–]\\s*|\\s+)\\S`, "iu");
// a village word inside a capitalised title, not after a word that makes it no village's name ("CÁC
// THÔN", "CHO THÔN", "NÔNG THÔN MỚI") nor after the kind of a commune or district whose name it starts
// ("XÃ BẢN LUỐC")
const WORD_INSIDE = new RegExp(`(?<!(?:CÁC|CHO|NHỮNG|TOÀN|MỖI|6/6|NÔNG|THÔN|BẢN|XÃ|PHƯỜNG|TRẤN|HUYỆN|QUẬN|TỈNH|PHỐ|UBND|ỦY|UỶ))\\s(?=(?:${VILLAGE_WORD_PATTERN})\\s)`, "giu");
// "… của ấp Tân Hòa" in a title written in ordinary case
const OF_VILLAGE = new RegExp(`(?:^|\\s)của\\s+(?=(?:${VILLAGE_WORD_PATTERN})\\s)`, "iu");
// what may follow the word thôn without being a village's name: "CÁC THÔN BẢN", "… THÔN NĂM 2024" (a
// village known by its number keeps its word: "Thôn 3"; a year or a period is no number of a village:
// "… THÔN 2024", "… THÔN 6 THÁNG ĐẦU NĂM")
const NOT_A_NAME = /^(?:(?:thôn|bản)\b(?!\s+(?:số\s*)?\d{1,3}(?!\d)).*|\d{1,2}\s+(?:tháng|năm|quý)\b.*|năm\s+\d{4}.*|\d{4}|trên địa bàn.*|trong xã.*)$/iu;
// the name of an emulation programme, which a title gives after the kind of unit it is for ("THÔN, TỔ
// DÂN PHỐ VĂN HÓA", "KHU DÂN CƯ KIỂU MẪU", "THÔN ĐẠT CHUẨN NÔNG THÔN MỚI"): the title of every unit's form,
// never one unit's name (folded)
const PROGRAMME_NAME = /^(?:van hoa|van minh|kieu mau|dat chuan|nong thon moi|tieu bieu)\b/u;
// documents whose title starts with the word "bản": "BẢN ĐĂNG KÝ THI ĐUA", "Bản tự chấm điểm"
const DOCUMENT_AFTER_BAN = /^bản\s+(?:đăng\s+ký|kế\s+hoạch|cam\s+kết|báo\s+cáo|tổng\s+hợp|thống\s+kê|tự\s|chấm\s+điểm|đánh\s+giá|giao|sao|thảo|chính|nhận\s+xét|kiểm\s+điểm|thuyết\s+minh|tóm\s+tắt|hướng\s+dẫn|đề\s+nghị|xác\s+nhận|cam\s+đoan|danh\s+sách|phụ\s+lục)/iu;
// a council or party committee before the kind of place it governs
const BODY = /^(?:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd|đảng\s+(?:ủy|uỷ)|hđnd|hội\s+đồng\s+nhân\s+dân|hội\s+đồng\s+thi\s+đua(?:\s*[-–]\s*khen\s+thưởng)?|ban\s+chỉ\s+đạo)\b\s*/iu;
// a line naming a commune, a district or a province (after its council, if any): never a village
const PLACE = /^(?:xã|phường|thị\s+trấn|thị\s+xã|huyện|quận|tỉnh|thành\s+phố)(?=[\s:\-–]|$)/iu;
const COMMUNE = /^(?:xã|phường|thị\s+trấn)\s*[:\-–]?\s*(.+)$/iu;
// Longer than any title line: such a text is read only as a labelled village line (a village's very long
// name, as its template writes it), up to what an Excel cell holds.
const TITLE_TEXT_MAX = 400;
const CELL_TEXT_MAX = 32_767;
const YEAR = /(?:năm|nam)\s*((?:19|20)\d\d)\b/iu;
const HALF = /(?:6|sáu)\s+tháng|sơ\s+kết/iu;
const WHOLE_YEAR = /cả\s+năm|tổng\s+kết|(?:ước\s+)?thực\s+hiện\s+năm/iu;

/**
 * The title block above a table (docs/reading-tables.md#layouts item 2), in one pass over its cells: the issuing body, the
 * commune, the village, the year and the period. The village: a labelled line ("Thôn: Nà Lầu", "Tên ấp:
 * Tân Hòa") wins over everything else; else a title cell naming it ("THÔN NÀ LẦU", "BÁO CÁO … CỦA ẤP TÂN
 * HÒA"). A village word inside the name of a commune, district or issuing body ("UBND XÃ BẢN LUỐC") names
 * no village, and neither does the name of a programme after the kind of unit it is for ("BẢNG CHẤM ĐIỂM THÔN,
 * TỔ DÂN PHỐ VĂN HÓA"). The texts must be the title's only (the rows above the header): a row of the table is no
 * title ("Xã đạt chuẩn nông thôn mới" is an indicator).
 *
 * @example readTitle(["UBND XÃ KHUÔN LÙNG", "THÔN NÀ LẦU", "Kết quả thi đua năm 2024"])
 * // { village: "Nà Lầu", commune: "Khuôn Lùng", year: 2024, issuer: "UBND XÃ KHUÔN LÙNG" }
 */
export function readTitle(texts: readonly string[]): SheetTitle {
  const title: SheetTitle = { village: null, commune: null, year: null };
  let labelled: string | null = null;
  for (const raw of texts) {
    const text = normalizeText(raw);
    if (text === "" || text.length > CELL_TEXT_MAX) continue;
    if (text.length > TITLE_TEXT_MAX) {
      if (LABELLED.test(text)) labelled ??= nameOrNull(villageName(text));
      continue;
    }
    const body = BODY.exec(text);
    const place = text.slice(body?.[0].length ?? 0);
    if (body !== null && PLACE.test(place)) title.issuer ??= text;
    const period = periodIn(text);
    if (period !== null) title.period ??= period;
    title.commune ??= communeIn(place);
    title.year ??= yearIn(text);
    if (body !== null || PLACE.test(place)) continue;
    if (LABELLED.test(text)) labelled ??= nameOrNull(villageName(text));
    else title.village ??= villageIn(text);
  }
  return { ...title, village: labelled ?? title.village };
}

function villageIn(text: string): string | null {
  const name = unlabelledName(text);
  if (name === null) return null;
  const split = splitVillageWord(name);
  return PROGRAMME_NAME.test(foldText(split?.name ?? name)) ? null : name;
}

function unlabelledName(text: string): string | null {
  if (DOCUMENT_AFTER_BAN.test(text)) return null;
  if (STARTS_WITH_WORD.test(text)) return ownName(text, "start");
  if (!isCapitals(text)) {
    // "Báo cáo kết quả thi đua của ấp Tân Hòa"
    const of = OF_VILLAGE.exec(text);
    return of === null ? null : ownName(text.slice(of.index + of[0].length), "of");
  }
  for (const found of text.matchAll(WORD_INSIDE)) {
    const start = (found.index ?? 0) + found[0].length;
    const name = ownName(text.slice(start), /CỦA\s*$/u.test(text.slice(0, start)) ? "of" : "inside");
    if (name !== null) return name;
  }
  return null;
}

/**
 * The village a text starting with its word names, or null. Where the word stands: at the start of a
 * line, after "của", or inside a title. A weak word ("Tổ", "Khu", "Bon") names one only before a number
 * or after "của", and so does an everyday word ("Sóc", "Buôn", "Làng" …) inside a title ("CHĂM SÓC SỨC
 * KHỎE" names none); a name in ordinary case starts with a capital ("Bản đăng ký" names none).
 */
function ownName(text: string, where: "start" | "of" | "inside"): string | null {
  const split = splitVillageWord(text);
  if (split === null) return null;
  const numbered = /^(?:số\s*)?\d/iu.test(split.name);
  const free = where === "of" || numbered || !(split.word.weak || (where === "inside" && split.word.everyday));
  if (!free) return null;
  if (!isCapitals(text) && !/^[\p{Lu}\d]/u.test(split.name)) return null;
  return nameOrNull(villageName(text));
}

function nameOrNull(name: string | null): string | null {
  if (name === null) return null;
  const split = splitVillageWord(name);
  return NOT_A_NAME.test(name) || (split !== null && NOT_A_NAME.test(split.name)) ? null : name;
}

function communeIn(text: string): string | null {
  const match = COMMUNE.exec(text);
  if (!match) return null;
  const name = match[1].replace(/(?<![.;:,])[.;:,]+$/u, "").replace(/\s*[,\-–]\s*(?:huyện|quận|thị\s+xã|thành\s+phố|tỉnh)\s.*$/iu, "").trim();
  // "Xã hội …" is a word, "Xã đạt chuẩn nông thôn mới" an indicator: a commune's name is a few capitalised words
  if (foldText(name).startsWith("hoi") || foldText(name) === "" || !looksLikeName(name)) return null;
  return isCapitals(name) ? titleCase(name) : name;
}

function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length <= 6 && words.every((word) => /^[\p{Lu}\d]/u.test(word));
}

/**
 * The first year written as "năm 2024" in a text, or null.
 *
 * @example yearIn("Kế hoạch năm 2024") === 2024
 */
export function yearIn(text: string): number | null {
  const match = YEAR.exec(text);
  return match ? Number(match[1]) : null;
}

function periodIn(text: string): Period | null {
  if (HALF.test(text)) return "half";
  return WHOLE_YEAR.test(text) ? "year" : null;
}
