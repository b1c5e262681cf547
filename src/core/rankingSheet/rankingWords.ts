/** The note beside villages that share a prize rank (SPEC §6). */
export const TIE_NOTE = { vi: "Đồng hạng — Hội đồng xem xét", en: "Tied — for the council to decide" } as const;

/** The seed's condition on prizes (§III.3), kept visible under the ranking. */
export const PRIZE_CONDITION = {
  vi: "(Giải thưởng chỉ được trao nếu xã đạt giải thưởng cấp huyện.)",
  en: "(Prizes are paid only if the commune wins a prize at district level.)",
} as const;

/**
 * Why a village is ranked but not proposed for a prize: the mandatory indicators (điểm liệt) it missed.
 *
 * @example describeIneligibility(["Công tác tuyển quân"], "vi")
 * // "Không xét giải: chưa đạt chỉ tiêu điểm liệt: Công tác tuyển quân"
 */
export function describeIneligibility(missed: string[], lang: "vi" | "en"): string {
  const list = missed.join("; ");
  return lang === "vi"
    ? `Không xét giải: chưa đạt chỉ tiêu điểm liệt: ${list}`
    : `Not eligible for a prize: mandatory indicator not met: ${list}`;
}
