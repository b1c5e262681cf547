import { foldText } from "../text/foldText";
import { normalizeText } from "../text/normalizeText";
import { isCapitals, titleCase, villageName } from "./villageName";

export interface SheetTitle {
  village: string | null;
  commune: string | null;
  year: number | null;
}

// the word must end where the name begins: "BẢNG TỔNG HỢP" is no "Bản"
const VILLAGE_CELL = /^(?:tên\s+)?(?:thôn|bản|tổ\s+dân\s+phố)(?:\s*[:\-–]\s*|\s+)\S/iu;
// a capitalised title that ends with the village: "BÁO CÁO KẾT QUẢ … THÔN NÀ LẦU"
const VILLAGE_AT_END = /(?<!CÁC|CHO|NHỮNG|TOÀN|MỖI|6\/6)\s((?:THÔN|BẢN|TỔ DÂN PHỐ)\s+.+)$/u;
// what may follow the word thôn without being a village's name: "CÁC THÔN BẢN", "… THÔN NĂM 2024" (a
// village known by its number keeps its word: "Thôn 3"; a year or a period is no number of a village:
// "… THÔN 2024", "… THÔN 6 THÁNG ĐẦU NĂM")
const NOT_A_NAME = /^(?:(?:thôn|bản)\b(?!\s+(?:số\s*)?\d{1,3}(?!\d)).*|\d{1,2}\s+(?:tháng|năm|quý)\b.*|năm\s+\d{4}.*|\d{4}|trên địa bàn.*|trong xã.*)$/iu;
// documents whose title starts with the word "bản": "BẢN ĐĂNG KÝ THI ĐUA", "Bản tự chấm điểm"
const DOCUMENT_AFTER_BAN = /^bản\s+(?:đăng\s+ký|kế\s+hoạch|cam\s+kết|báo\s+cáo|tổng\s+hợp|thống\s+kê|tự\s|chấm\s+điểm|đánh\s+giá|giao|sao|thảo|chính|nhận\s+xét|kiểm\s+điểm|thuyết\s+minh|tóm\s+tắt|hướng\s+dẫn|đề\s+nghị|xác\s+nhận|cam\s+đoan|danh\s+sách|phụ\s+lục)/iu;
const COMMUNE_CELL = /^(?:(?:ủy|uỷ)\s+ban\s+nhân\s+dân\s+|ubnd\s+)?(?:xã|thị\s+trấn)\s*[:\-–]?\s*(.+)$/iu;
const YEAR = /(?:năm|nam)\s*((?:19|20)\d\d)\b/iu;

/**
 * Village, commune and year from the title cells above a table ("THÔN NÀ LẦU", "Thôn: Nà Lầu",
 * "XÃ KHUÔN LÙNG", "… NĂM 2024"); the first cell that says each wins.
 *
 * @example readTitle(["UBND XÃ KHUÔN LÙNG", "THÔN NÀ LẦU", "Kết quả thi đua năm 2024"])
 * // { village: "Nà Lầu", commune: "Khuôn Lùng", year: 2024 }
 */
export function readTitle(texts: readonly string[]): SheetTitle {
  const title: SheetTitle = { village: null, commune: null, year: null };
  for (const raw of texts) {
    const text = normalizeText(raw);
    if (text === "" || text.length > 200) continue;
    title.village ??= villageIn(text);
    title.commune ??= communeIn(text);
    title.year ??= yearIn(text);
  }
  return title;
}

function villageIn(text: string): string | null {
  if (DOCUMENT_AFTER_BAN.test(text)) return null;
  if (VILLAGE_CELL.test(text)) return nameOrNull(villageName(text));
  const atEnd = isCapitals(text) ? VILLAGE_AT_END.exec(text) : null;
  return atEnd ? nameOrNull(villageName(atEnd[1])) : null;
}

function nameOrNull(name: string | null): string | null {
  return name === null || NOT_A_NAME.test(name) ? null : name;
}

function communeIn(text: string): string | null {
  const match = COMMUNE_CELL.exec(text);
  if (!match) return null;
  const name = match[1].replace(/(?<![.;:,])[.;:,]+$/u, "").trim();
  // "Xã hội …" is a word, not a commune
  if (foldText(name).startsWith("hoi") || foldText(name) === "") return null;
  return isCapitals(name) ? titleCase(name) : name;
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
