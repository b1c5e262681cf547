/** The note beside villages that share a prize rank (docs/scoring.md#scoring-and-ranking). */
export const TIE_NOTE = { vi: "Đồng hạng — Hội đồng xem xét", en: "Tied — for the council to decide" } as const;

/** Why a village whose report matched no target is last and not proposed for a prize (docs/scoring.md#scoring-and-ranking). */
export const NOTHING_SCORED = {
  vi: "Không xét giải: báo cáo không có chỉ tiêu nào tính điểm được",
  en: "Not eligible for a prize: nothing in the report could be scored",
} as const;

/** The seed's condition on prizes (§III.3), kept visible under the ranking. */
export const PRIZE_CONDITION = {
  vi: "(Giải thưởng chỉ được trao nếu xã đạt giải thưởng cấp huyện.)",
  en: "(Prizes are paid only if the commune wins a prize at district level.)",
} as const;

/**
 * Why a village is ranked but not proposed for a prize: nothing of its report could be scored, or the
 * mandatory indicators (điểm liệt) it missed.
 *
 * @example describeIneligibility(["Công tác tuyển quân"], "vi")
 * // "Không xét giải: chưa đạt chỉ tiêu điểm liệt: Công tác tuyển quân"
 */
export function describeIneligibility(missed: string[], lang: "vi" | "en", nothingScored = false): string {
  if (nothingScored) return NOTHING_SCORED[lang];
  const list = missed.join("; ");
  return lang === "vi"
    ? `Không xét giải: chưa đạt chỉ tiêu điểm liệt: ${list}`
    : `Not eligible for a prize: mandatory indicator not met: ${list}`;
}
