import type { RankingConfig } from "../config/rankingConfig";
import type { SheetModel } from "../model";
import { formLeaves, formSheet, type FormCriterion, type FormHeading, type UnitPoints } from "./formSheet";

/**
 * The third sample programme: "Thôn, tổ dân phố văn hóa" of a commune with six units, scored on the
 * provinces' bảng chấm điểm (docs/scoring.md#points-method "Scoring forms"): standards I–V of 100 điểm,
 * items and sub-items (4 = 4.1 + 4.2), each unit's form with its own points and the commune's verified
 * points. Hợp Nhất scores enough in all but is below the floor of standard IV; Bắc Sơn is not verified yet.
 */
export const CULTURE_COMMUNE = "Quang Minh";
export const CULTURE_YEAR = 2024;
export const CULTURE_TITLE = "Thôn, tổ dân phố văn hóa";
export const CULTURE_TABLE_SHEET = "Bảng chấm điểm";
export const CULTURE_TABLE_FILE = `quang-minh-bang-cham-diem-${CULTURE_YEAR}.xlsx`;
export const CULTURE_CONFIG_FILE = `quang-minh-cau-hinh-van-hoa-${CULTURE_YEAR}.json`;
export const CULTURE_TIER = "Thôn, tổ dân phố văn hóa";

/** The five standards of Điều 30 of the Law on Emulation and Commendation, as the province scores them. */
export const CULTURE_CRITERIA: readonly FormCriterion[] = [
  {
    tt: "I",
    name: "Đời sống kinh tế ổn định và từng bước phát triển",
    max: 25,
    items: [
      { tt: "1", name: "Có từ 80% hộ gia đình trở lên có việc làm ổn định", max: 8 },
      { tt: "2", name: "Thu nhập bình quân đầu người cao hơn mức bình quân của xã", max: 7 },
      { tt: "3", name: "Không có hộ đói; tỷ lệ hộ nghèo giảm so với năm trước", max: 10 },
    ],
  },
  {
    tt: "II",
    name: "Đời sống văn hóa, tinh thần lành mạnh, phong phú",
    max: 25,
    items: [
      {
        tt: "4",
        name: "Có nhà văn hóa và khu thể thao",
        max: 10,
        items: [
          { tt: "4.1", name: "Nhà văn hóa đạt chuẩn, có trang thiết bị", max: 6 },
          { tt: "4.2", name: "Sinh hoạt văn hóa, thể thao thường xuyên", max: 4 },
        ],
      },
      { tt: "5", name: "Có từ 70% hộ gia đình trở lên đạt danh hiệu Gia đình văn hóa", max: 8 },
      { tt: "6", name: "Thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội", max: 7 },
    ],
  },
  {
    tt: "III",
    name: "Môi trường an toàn, thân thiện, cảnh quan sạch đẹp",
    max: 20,
    items: [
      { tt: "7", name: "Có từ 90% hộ gia đình trở lên sử dụng nước hợp vệ sinh", max: 7 },
      { tt: "8", name: "Thu gom, xử lý rác thải, nước thải đúng quy định", max: 7 },
      { tt: "9", name: "Đường làng, ngõ phố sạch đẹp, có cây xanh", max: 6 },
    ],
  },
  {
    tt: "IV",
    name: "Chấp hành tốt chủ trương, chính sách, pháp luật; tích cực tham gia phong trào thi đua của địa phương",
    max: 15,
    items: [
      { tt: "10", name: "Không có tụ điểm tệ nạn xã hội; an ninh, trật tự được giữ vững", max: 8 },
      { tt: "11", name: "Tham gia đầy đủ các phong trào thi đua do xã phát động", max: 7 },
    ],
  },
  {
    tt: "V",
    name: "Có tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau trong cộng đồng",
    max: 15,
    items: [
      { tt: "12", name: "Không có khiếu kiện đông người, vượt cấp", max: 8 },
      { tt: "13", name: "Giúp đỡ hộ nghèo, gia đình chính sách, người có hoàn cảnh khó khăn", max: 7 },
    ],
  },
];

/** A unit of the commune and what its form says, criterion by criterion in the form's order (1, 2, 3, 4.1, 4.2, 5 … 13). */
export interface FormUnit {
  /** As the roster writes it: "Đồng Tâm". */
  name: string;
  /** "Thôn", "Tổ dân phố", "Bản". */
  kind: string;
  fileName: string;
  own: readonly number[];
  /** The commune's verified points; null: not verified yet. */
  verified: readonly number[] | null;
}

export const CULTURE_UNITS: readonly FormUnit[] = [
  { name: "Đồng Tâm", kind: "Thôn", fileName: "quang-minh-thon-dong-tam.xlsx", own: [8, 7, 9, 6, 4, 7, 7, 7, 6, 5, 8, 6, 8, 6], verified: [8, 6, 9, 6, 3, 7, 7, 7, 6, 5, 8, 6, 8, 6] },
  { name: "Tân Tiến", kind: "Thôn", fileName: "quang-minh-thon-tan-tien.xlsx", own: [7, 6, 8, 5, 3, 7, 6, 6, 6, 5, 7, 6, 7, 6], verified: [7, 6, 8, 5, 3, 7, 6, 6, 6, 5, 7, 6, 7, 6] },
  // an incident of public order: criterion 10 verified at 3 of 8, so standard IV earns 7 of 15 (below half)
  { name: "Hợp Nhất", kind: "Thôn", fileName: "quang-minh-thon-hop-nhat.xlsx", own: [8, 7, 9, 6, 4, 7, 7, 7, 6, 6, 5, 4, 8, 7], verified: [8, 7, 9, 6, 4, 7, 7, 7, 6, 6, 3, 4, 8, 7] },
  { name: "Bắc Sơn", kind: "Tổ dân phố", fileName: "quang-minh-to-dan-pho-bac-son.xlsx", own: [7, 6, 9, 5, 4, 7, 6, 7, 6, 5, 7, 6, 7, 6], verified: null },
  { name: "Nam Sơn", kind: "Tổ dân phố", fileName: "quang-minh-to-dan-pho-nam-son.xlsx", own: [7, 5, 8, 5, 3, 6, 6, 5, 5, 4, 6, 5, 6, 5], verified: [6, 5, 7, 5, 3, 6, 5, 5, 5, 4, 6, 5, 6, 5] },
  { name: "Khe Mạ", kind: "Thôn", fileName: "quang-minh-thon-khe-ma.xlsx", own: [7, 6, 8, 5, 3, 7, 6, 6, 6, 5, 7, 6, 7, 5], verified: [7, 6, 8, 5, 3, 7, 6, 6, 5, 5, 7, 6, 7, 5] },
];

const HEADING = {
  issuer: `UBND XÃ ${CULTURE_COMMUNE.toUpperCase()}`,
  title: `BẢNG CHẤM ĐIỂM THÔN, TỔ DÂN PHỐ VĂN HÓA NĂM ${CULTURE_YEAR}`,
  nameHeader: "Nội dung tiêu chuẩn",
  verifiedHeader: "Điểm thẩm định",
} as const satisfies Partial<FormHeading>;

/**
 * The commune's bảng chấm điểm: the standards and criteria with their maxima (Điểm tối đa), 100 in all.
 *
 * @example cultureTableSheet().name === "Bảng chấm điểm"
 */
export function cultureTableSheet(): SheetModel {
  return formSheet({ ...HEADING, sheetName: CULTURE_TABLE_SHEET, unitLine: null, maxHeader: "Điểm tối đa" }, CULTURE_CRITERIA);
}

/**
 * A unit's filled form: Điểm chuẩn, its own points and the commune's verified points, with the standards' subtotals.
 *
 * @example cultureUnitSheet(CULTURE_UNITS[0]).name === "Đồng Tâm"
 */
export function cultureUnitSheet(unit: FormUnit): SheetModel {
  return unitFormSheet({ ...HEADING, maxHeader: "Điểm chuẩn" }, CULTURE_CRITERIA, unit);
}

/** A unit's form of any programme: its own and verified points matched to the leaves in order. */
export function unitFormSheet(heading: Omit<FormHeading, "sheetName" | "unitLine">, criteria: readonly FormCriterion[], unit: FormUnit): SheetModel {
  const leaves = formLeaves(criteria).map((leaf) => leaf.tt);
  const points = (tt: string): UnitPoints => {
    const index = leaves.indexOf(tt);
    return [unit.own[index] ?? null, unit.verified?.[index] ?? null];
  };
  return formSheet({ ...heading, sheetName: unit.name, unitLine: `${unit.kind}: ${unit.name}` }, criteria, points);
}

/**
 * The programme's configuration: one title, "Thôn, tổ dân phố văn hóa", from 80 điểm with every standard at
 * least half its maximum (docs/scoring.md#tiers), and the roster of the six units.
 *
 * @example cultureConfig().tiers?.[0].groupMinShare === 0.5
 */
export function cultureConfig(): RankingConfig {
  return {
    year: CULTURE_YEAR,
    period: "year",
    cap: 1.2,
    commune: CULTURE_COMMUNE,
    place: CULTURE_COMMUNE,
    method: "points",
    prizes: [],
    indicators: [],
    tiers: [{ name: CULTURE_TIER, min: 80, groupMinShare: 0.5 }],
    villages: CULTURE_UNITS.map((unit) => unit.name),
  };
}
