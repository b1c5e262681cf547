import { formatNumberVi } from "../../core/values/formatNumberVi";

/**
 * A score with exactly two decimals, the Vietnamese way, so a column of scores lines up.
 *
 * @example formatScore(94.1) === "94,10"; formatScore(100) === "100,00"
 */
export function formatScore(score: number): string {
  const [whole, fraction = ""] = formatNumberVi(score, 2).split(",");
  return `${whole},${fraction.padEnd(2, "0")}`;
}
