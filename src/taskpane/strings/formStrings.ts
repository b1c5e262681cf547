import type { Lang } from "../shell/lang";

/**
 * The words the pane uses for scoring forms (docs/pane.md#scoring-forms) and the sample programmes, in both
 * languages: loaded with the views that show them, not with the pane.
 */
export interface FormWords {
  /** "89 / 100 điểm (tự chấm 91)". */
  total: (earned: number, max: number, own: number | null) => string;
  tableLabel: (unit: string) => string;
  criterion: string;
  max: string;
  own: string;
  verified: string;
  /** Shown where a criterion is not verified yet. */
  notVerified: string;
  standardRows: string;
  unverified: (count: number) => string;
  tier: (name: string | null) => string;
  /** A standard below a tier's floor: "46,67% — dưới mức 50% của “Thôn văn hóa”: thiếu 0,5 điểm". */
  below: (share: number, floor: number, tier: string, needed: number) => string;
  /** A unit a standard kept from a tier, on the ranking. */
  keptBy: (tier: string, group: string, share: number, floor: number, needed: number) => string;
  programmeLabel: string;
  programmes: { commune: string; culture: string; countryside: string };
}

function number(lang: Lang): (value: number) => string {
  const format = new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

function vi(): FormWords {
  const n = number("vi");
  const percent = (share: number) => `${n(share * 100)}%`;
  return {
    total: (earned, max, own) => `Tổng điểm ${n(earned)} / ${n(max)}${own === null ? "" : ` (tự chấm ${n(own)})`}`,
    tableLabel: (unit) => `Bảng chấm điểm của ${unit}`,
    criterion: "Tiêu chí",
    max: "Tối đa",
    own: "Tự chấm",
    verified: "Thẩm định",
    notVerified: "chưa",
    standardRows: "Dòng tiêu chuẩn (in đậm): cộng điểm được tính — điểm thẩm định, tiêu chí chưa thẩm định thì tính điểm tự chấm.",
    unverified: (count) => `${count} tiêu chí chưa thẩm định: tạm tính theo điểm tự chấm. Xã ghi cột Điểm thẩm định rồi kiểm tra lại.`,
    tier: (name) => (name === null ? "Chưa đạt xếp loại nào" : `Xếp loại: ${name}`),
    below: (share, floor, tier, needed) => `Đạt ${percent(share)}, dưới mức ${percent(floor)} của “${tier}”: còn thiếu ${n(needed)} điểm`,
    keptBy: (tier, group, share, floor, needed) =>
      `Không được xếp loại “${tier}”: tiêu chuẩn “${group}” đạt ${percent(share)}, dưới mức ${percent(floor)} (thiếu ${n(needed)} điểm)`,
    programmeLabel: "Bộ dữ liệu mẫu",
    programmes: {
      commune: "Chỉ tiêu của xã và báo cáo của sáu thôn (tỷ lệ hoàn thành)",
      culture: "Thôn, tổ dân phố văn hóa: bảng chấm điểm của xã và của sáu thôn, tổ dân phố",
      countryside: "Thôn nông thôn mới: bảng điểm tiêu chí (đạt chuẩn, cơ bản đạt) của bốn thôn",
    },
  };
}

function en(): FormWords {
  const n = number("en");
  const percent = (share: number) => `${n(share * 100)}%`;
  return {
    total: (earned, max, own) => `Total ${n(earned)} / ${n(max)} points${own === null ? "" : ` (own score ${n(own)})`}`,
    tableLabel: (unit) => `Scoring form of ${unit}`,
    criterion: "Criterion",
    max: "Max",
    own: "Own",
    verified: "Verified",
    notVerified: "not yet",
    standardRows: "Standard rows (bold): the points that count — verified, or the unit's own where a criterion is not verified yet.",
    unverified: (count) => `${count} criteria not verified yet: counted at the unit's own points. Fill in the verified points column and check again.`,
    tier: (name) => (name === null ? "No tier reached" : `Tier: ${name}`),
    below: (share, floor, tier, needed) => `${percent(share)}, below the ${percent(floor)} “${tier}” needs: ${n(needed)} points short`,
    keptBy: (tier, group, share, floor, needed) =>
      `Not “${tier}”: the standard “${group}” earned ${percent(share)}, below ${percent(floor)} (${n(needed)} points short)`,
    programmeLabel: "Sample data",
    programmes: {
      commune: "The commune's targets and six villages' reports (completion ratios)",
      culture: "Cultural villages: the commune's scoring table and six units' forms",
      countryside: "New countryside villages: criteria scores (up to standard, basically) of four villages",
    },
  };
}

/** The words for forms in the pane's language. @example formWords("en").verified === "Verified" */
export function formWords(lang: Lang): FormWords {
  return lang === "en" ? en() : vi();
}
