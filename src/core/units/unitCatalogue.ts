import { foldUnit } from "./foldUnit";

/** Canonical unit keys and the ways people write them (docs/reading-tables.md#units-and-semantics). */
const ALIASES: Record<string, readonly string[]> = {
  "%": ["%", "phần trăm", "tỷ lệ", "tỉ lệ", "tỷ lệ %", "tỉ lệ %"],
  ha: ["ha", "héc-ta", "hecta", "héc ta", "hec-ta"],
  "tấn": ["tấn"],
  "triệu đồng": ["triệu đồng", "tr.đồng", "tr.đ", "trđ", "tr đồng", "triệu", "tr", "triệu vnđ"],
  "mét": ["mét", "m", "met"],
  "hộ": ["hộ", "hộ gia đình", "hgđ"],
  "thôn": ["thôn", "bản", "thôn bản", "thôn, bản", "thôn/bản"],
  "học viên": ["học viên"],
  "lao động": ["lao động", "lđ", "người lao động"],
  "cuộc": ["cuộc"],
  "mô hình": ["mô hình"],
  "tiêu chí": ["tiêu chí"],
  "lần": ["lần", "số lần"],
  "số lượng": ["số lượng", "sl"],
  kg: ["kg", "kilôgam", "ki-lô-gam", "kilogam"],
  "tạ": ["tạ"],
  "m²": ["m²", "m2", "mét vuông"],
  "đồng": ["đồng", "đ", "vnđ", "vnd"],
  "nghìn đồng": ["nghìn đồng", "ngàn đồng", "nghìn đ", "ngàn đ", "1000 đồng", "1.000 đồng", "1.000đ"],
  "tỷ đồng": ["tỷ đồng", "tỉ đồng", "tỷ", "tỉ"],
  km: ["km", "ki-lô-mét", "kilômét", "cây số"],
  // more units met in other communes' and districts' tables
  "tạ/ha": ["tạ/ha", "tạ/héc-ta", "tạ/hecta"],
  "tấn/ha": ["tấn/ha", "tấn/héc-ta", "tấn/hecta"],
  ster: ["ster", "ste", "xte", "xtê"],
  "m³": ["m³", "m3", "mét khối"],
  "cây": ["cây"],
  "nghìn cây": ["nghìn cây", "ngàn cây", "1.000 cây", "1000 cây"],
  con: ["con"],
  "lượt": ["lượt", "lượt người"],
  "người": ["người"],
  "lần/người/năm": ["lần/người/năm"],
  "công trình": ["công trình"],
  "trường": ["trường"],
  "điểm": ["điểm"],
};

const KEY_OF_FOLDED: ReadonlyMap<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([key, aliases]) => aliases.map((alias) => [foldUnit(alias), key] as const)),
);

/** Units that convert into one another, by their size in a common base (kg, đồng, mét, m²). */
const SIZE: Readonly<Record<string, { dimension: string; size: number }>> = {
  kg: { dimension: "mass", size: 1 },
  "tạ": { dimension: "mass", size: 100 },
  "tấn": { dimension: "mass", size: 1000 },
  "đồng": { dimension: "money", size: 1 },
  "nghìn đồng": { dimension: "money", size: 1e3 },
  "triệu đồng": { dimension: "money", size: 1e6 },
  "tỷ đồng": { dimension: "money", size: 1e9 },
  "mét": { dimension: "length", size: 1 },
  km: { dimension: "length", size: 1000 },
  "m²": { dimension: "area", size: 1 },
  ha: { dimension: "area", size: 1e4 },
  "tạ/ha": { dimension: "yield", size: 1 },
  "tấn/ha": { dimension: "yield", size: 10 },
  "cây": { dimension: "trees", size: 1 },
  "nghìn cây": { dimension: "trees", size: 1000 },
};

/**
 * Whether a unit is a rate, a quantity per something ("tạ/ha", "triệu đồng/người/năm"): a level, not a
 * total that accumulates. "Thôn/bản" is one unit written two ways, not a rate.
 *
 * @example isRateUnit("Tạ/Ha") === true; isRateUnit("thôn/bản") === false; isRateUnit("Tấn") === false
 */
export function isRateUnit(unit: string | null): boolean {
  if (unit === null || !unit.includes("/")) return false;
  const key = unitKey(unit);
  return key === null || key.includes("/");
}

/**
 * The catalogue key of a unit as written, or null when it is empty or not in the catalogue.
 * Matching ignores case, diacritics, spaces and punctuation.
 *
 * @example unitKey("Tr.đồng") // "triệu đồng"
 * @example unitKey("Hộ gia đình") // "hộ"
 * @example unitKey("Giảm 3 tiêu chí") // null
 */
export function unitKey(unit: string | null): string | null {
  if (unit === null || unit === undefined) return null;
  return KEY_OF_FOLDED.get(foldUnit(unit)) ?? null;
}

export type UnitComparison =
  | { kind: "same" }
  | { kind: "converted"; factor: number; from: string; to: string }
  | { kind: "mismatch" }
  | { kind: "missing" };

/**
 * Compares the unit a value was written in with the unit its row expects (docs/reading-tables.md#units-and-semantics).
 *
 * - `same`: the same catalogue key, or the same text once folded when the catalogue does not
 *   know it ("Đạt" and "đạt", "Vụ" and "vụ");
 * - `converted`: `factor` multiplies the actual value into the expected unit (kg → tấn: 0.001;
 *   tỷ đồng → triệu đồng: 1000); `from` and `to` are catalogue keys;
 * - `missing`: either side has no unit. The caller decides what that means: a bare number is in
 *   its row's unit, a row without ĐVT is `unit/missing`;
 * - `mismatch`: anything else.
 *
 * @example compareUnits("đồng", "Triệu đồng") // { kind: "converted", factor: 0.000001, from: "đồng", to: "triệu đồng" }
 * @example compareUnits("ha", "Tấn") // { kind: "mismatch" }
 */
export function compareUnits(actualUnit: string | null, expectedUnit: string | null): UnitComparison {
  const actualFolded = actualUnit === null || actualUnit === undefined ? "" : foldUnit(actualUnit);
  const expectedFolded = expectedUnit === null || expectedUnit === undefined ? "" : foldUnit(expectedUnit);
  if (actualFolded === "" || expectedFolded === "") return { kind: "missing" };
  const from = unitKey(actualUnit);
  const to = unitKey(expectedUnit);
  if (from === null || to === null) return actualFolded === expectedFolded ? { kind: "same" } : { kind: "mismatch" };
  if (from === to) return { kind: "same" };
  const fromSize = SIZE[from];
  const toSize = SIZE[to];
  if (!fromSize || !toSize || fromSize.dimension !== toSize.dimension) return { kind: "mismatch" };
  return { kind: "converted", factor: fromSize.size / toSize.size, from, to };
}

/**
 * Applies a unit comparison to a value, without float noise (264000 kg → 264 tấn, not 264.00000000000003).
 *
 * @example convertToUnit(264000, compareUnits("kg", "Tấn")) // 264
 */
export function convertToUnit(value: number, comparison: UnitComparison): number {
  if (comparison.kind !== "converted") return value;
  return Number((value * comparison.factor).toPrecision(15));
}
