/**
 * The year a header label's figures are for: the first year written in it ("KH 2024", "TH\n2024",
 * "ƯTH2020/ƯTH2019" → 2020, "Năm 2024"), or null.
 *
 * @example labelYear("ƯTH2024") === 2024; labelYear("TH 6 tháng") === null
 */
export function labelYear(label: string): number | null {
  const match = /(?<!\d)((?:19|20)\d\d)(?!\d)/u.exec(label);
  return match ? Number(match[1]) : null;
}
