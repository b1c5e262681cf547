import type { Period } from "../model/ranking";

/**
 * "Cách tính" in the words of the method used (docs/outputs.md#what-the-add-in-and-the-command-line-write): the ratio method's capped completion and
 * weighted mean, or the points method's maximum points, award, bonuses and deductions, verified points
 * and the council's adjustments — never the other method's words; a scoring form's (`form`) in its own: verified,
 * else own points, at most the maximum, summed per standard.
 *
 * @example methodWords("points", 1.2, "year").startsWith("Cách tính: chấm theo thang điểm") === true
 */
export function methodWords(method: "ratio" | "points", cap: number, period: Period, form = false): string {
  // A scoring form has no target: its criteria earn the points written in it (docs/scoring.md#points-method).
  if (form) {
    return (
      "Cách tính: chấm theo bảng điểm — mỗi tiêu chí được tính điểm thẩm định của xã, tiêu chí chưa thẩm định tính điểm tự chấm, " +
      "không quá điểm chuẩn; điểm mỗi tiêu chuẩn là tổng điểm các tiêu chí của nó; cộng, trừ điểm điều chỉnh của Hội đồng; tổng điểm = tổng điểm các tiêu chí."
    );
  }
  const half = period === "half" ? "; sơ kết 6 tháng tính một nửa mục tiêu của các chỉ tiêu cộng dồn." : ".";
  if (method === "points") {
    return (
      "Cách tính: chấm theo thang điểm — mỗi chỉ tiêu được tối đa số điểm chuẩn của nó, theo mức thực hiện so với mục tiêu; " +
      "cộng điểm thưởng, trừ điểm trừ theo quy định; điểm thẩm định thay điểm thôn tự chấm; cộng, trừ điểm điều chỉnh của Hội đồng; " +
      `tổng điểm = tổng điểm các chỉ tiêu${half}`
    );
  }
  const capText = String(cap).replace(".", ",");
  return (
    `Cách tính: mỗi chỉ tiêu được tính theo mức hoàn thành so với mục tiêu (tối đa ${capText} lần); ` +
    `tổng điểm = 100 × trung bình có trọng số của các chỉ tiêu${half}`
  );
}
