/**
 * Requirement-set versions compared as numbers per part, the way Office does ("1.10" is above "1.9").
 *
 * @example compareVersions("1.10", "1.9") > 0
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether an API introduced at `needed` exists at the simulated ExcelApi `level`. */
export function levelAllows(level: string, needed: string): boolean {
  return compareVersions(level, needed) >= 0;
}
