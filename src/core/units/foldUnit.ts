/**
 * Folds a unit for lookup: lower case, no diacritics (đ → d), "²" as "2", and nothing but letters,
 * digits and "%" ("Tr.đồng" → "trdong", "Héc-ta" → "hecta", "(%)" → "%").
 *
 * @example foldUnit("Hộ gia đình") // "hogiadinh"
 */
export function foldUnit(unit: string): string {
  return unit
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/²/g, "2")
    .replace(/³/g, "3")
    .replace(/[^a-z0-9%]+/g, "");
}
