import type { IndicatorKind } from "../model/indicator";
import type { CellReading } from "../values/readCell";
import { readWord } from "../values/readWord";

// units that name a kind rather than measure anything
const UNIT_KINDS: readonly [RegExp, IndicatorKind][] = [
  [/^(xếp loại|xep loai|loại|loai|đánh giá|danh gia|mức độ|muc do)$/u, "rating"],
  [/^(không xảy ra|khong xay ra|không để xảy ra|khong de xay ra)$/u, "none"],
  [/^(đạt|dat|đạt chuẩn|dat chuan|đạt\/không đạt|dat\/khong dat)$/u, "pass"],
];

/**
 * The kind of an indicator from its unit and target (docs/reading-tables.md#units-and-semantics). The target decides first: a number
 * is `number` (but 0 under the unit "Không xảy ra" is `none`); Không xảy ra / Xảy ra is `none`; Đạt, Hoàn thành … is `pass` (whatever the unit says,
 * as in "Giảm 3 tiêu chí" | Đạt); Tốt, Khá … is `rating`. Without a readable target the unit decides:
 * "Xếp loại" → `rating`, "Không xảy ra" → `none`, "Đạt" → `pass`, anything else → `number`.
 *
 * @example indicatorKind("Giảm 3 tiêu chí", readCell("Đạt")) // "pass"
 * @example indicatorKind("Xếp loại", readCell("Tốt")) // "rating"
 * @example indicatorKind("%", readCell(97.5)) // "number"
 */
export function indicatorKind(unit: string | null, target: CellReading): IndicatorKind {
  // "Không xảy ra" | 0: nothing may happen, counted as a number of cases
  if (target.type === "number") return target.value === 0 && unitKind(unit) === "none" ? "none" : "number";
  if (target.type === "text") {
    const fromTarget = kindOfWord(target.text, unitKind(unit));
    if (fromTarget) return fromTarget;
  }
  return unitKind(unit) ?? "number";
}

function kindOfWord(text: string, hint: IndicatorKind | null): IndicatorKind | null {
  const none = readWord(text, "none");
  const pass = readWord(text, "pass");
  // "Không" and "Có" read as both pass and none words; the unit settles which
  if (none && pass) return hint === "none" ? "none" : "pass";
  if (none) return "none";
  if (pass) return "pass";
  return readWord(text, "rating") ? "rating" : null;
}

function unitKind(unit: string | null): IndicatorKind | null {
  if (unit === null) return null;
  const key = unit.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  return UNIT_KINDS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}
