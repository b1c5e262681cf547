/** A cell a village typed for its actual: a number, text (Vietnamese number text, words), a fraction
 * shown with a percent format, or nothing. */
export type ActualCell = number | string | null | { fraction: number };

/** Keys of the indicators the commune puts in every village's template. */
export type SampleKey =
  | "area" | "grain" | "garden" | "ntm" | "road" | "poor" | "culture" | "school5" | "school6to14"
  | "malnutrition" | "vaccine" | "jobs" | "conscription" | "security" | "discipline" | "reporting";

/** A row of the village template: a group (no key) or an indicator with the commune's name and unit. */
export interface TemplateRow {
  tt: string;
  name: string;
  unit: string;
  key?: SampleKey;
}

/** The village template: the commune's table cut down to what villages report, names and units as in the seed. */
export const VILLAGE_TEMPLATE: readonly TemplateRow[] = [
  { tt: "4", name: "Tổng diện tích gieo trồng cây hàng năm", unit: "Ha", key: "area" },
  { tt: "5", name: "Tổng sản lượng lương thực có hạt", unit: "Tấn", key: "grain" },
  { tt: "8", name: "Chỉ tiêu về cải tạo vườn tạp", unit: "" },
  { tt: "-", name: "Số hộ tối thiểu đạt 4 tiêu chí/tổng số hộ thực hiện cải tạo vườn tạp", unit: "Hộ", key: "garden" },
  { tt: "9", name: "Chỉ tiêu về Nông thôn mới", unit: "" },
  { tt: "-", name: "Số tiêu chí thôn NTM tăng trong năm", unit: "Tiêu chí", key: "ntm" },
  { tt: "-", name: "Tuyến đường NTM kiểu mẫu đạt chuẩn theo tiêu chí “sáng - xanh - sạch - đẹp", unit: "Mét", key: "road" },
  { tt: "10", name: "Chỉ tiêu về văn hóa - xã hội", unit: "" },
  { tt: "-", name: "Số hộ nghèo giảm trong năm", unit: "Hộ", key: "poor" },
  { tt: "-", name: "Số hộ gia đình được công nhận gia đình văn hóa văn hóa", unit: "Hộ", key: "culture" },
  { tt: "-", name: "Chỉ tiêu Giáo dục", unit: "" },
  { tt: "+", name: "Tỷ lệ huy động trẻ 5 tuổi đến lớp", unit: "%", key: "school5" },
  { tt: "+", name: "Tỷ lệ huy động trẻ 6-14 tuổi đến trường", unit: "%", key: "school6to14" },
  { tt: "-", name: "Chỉ tiêu y tế", unit: "" },
  { tt: "+", name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn (theo cân nặng)", unit: "%", key: "malnutrition" },
  { tt: "+", name: "Hàng năm, tỷ lệ trẻ em dưới 1 tuổi tiêm đủ các loại vắc xin", unit: "%", key: "vaccine" },
  { tt: "-", name: "Đào tạo nghề cho lao động nông thôn", unit: "" },
  { tt: "+", name: "Số lao động được giải quyết việc làm trong năm", unit: "LĐ", key: "jobs" },
  { tt: "11", name: "Chỉ tiêu về Quốc phòng - an ninh", unit: "" },
  { tt: "-", name: "Công tác tuyển quân", unit: "Đạt", key: "conscription" },
  { tt: "-", name: "Phân đấu xã, thị trấn đạt tiêu chuẩn \" an toàn về an ninh, trật tự \"", unit: "Đạt", key: "security" },
  { tt: "12", name: "Chỉ tiêu về CCHC, chuyên đổi số", unit: "" },
  { tt: "-", name: "Không để xảy ra cán bộ, công chức vi phạm kỷ luật", unit: "Không xảy ra", key: "discipline" },
  { tt: "14", name: "Công tác thi đua khen thưởng", unit: "" },
  { tt: "-", name: "Thực hiện chế độ thông tin báo cáo công tác thi đua khen thưởng, quý, năm hoặc chuyên đề, đột xuất", unit: "Xếp loại", key: "reporting" },
];

/** One fictional village's report: where it is kept, how it names itself, its targets and what it typed. */
export interface SampleVillage {
  village: string;
  fileName: string;
  sheetName: string;
  /** The title cell naming the village, and the row it sits on. */
  title: { text: string; row: number };
  targets: Record<SampleKey, number | string>;
  actuals: Record<SampleKey, ActualCell>;
  /** Units written differently from the template. */
  units?: Partial<Record<SampleKey, string>>;
  /** Indicators the village renamed. */
  names?: Partial<Record<SampleKey, string>>;
  /** A row the commune did not ask for, added after an indicator. */
  extraRow?: { after: SampleKey; name: string; unit: string; target: number; actual: number };
  notes?: Partial<Record<SampleKey, string>>;
}

const QUALITATIVE = { conscription: "Đạt", security: "Đạt", discipline: "Không xảy ra", reporting: "Tốt" } as const;
const RATES = { school5: 97.5, school6to14: 99, malnutrition: 15.9, vaccine: 96 } as const;

/** Thôn Nà Lầu exceeds almost every target and wins clearly. */
const NA_LAU: SampleVillage = {
  village: "Thôn Nà Lầu",
  fileName: "thon-na-lau.xlsx",
  sheetName: "Nà Lầu",
  title: { text: "THÔN NÀ LẦU", row: 2 },
  targets: { area: 72, grain: 260, garden: 12, ntm: 1, road: 300, poor: 7, culture: 95, jobs: 14, ...RATES, ...QUALITATIVE },
  actuals: {
    area: 80, grain: 290, garden: 14, ntm: 2, road: 340, poor: 9, culture: 102, school5: 100, school6to14: 100,
    malnutrition: 12, vaccine: 99, jobs: 18, conscription: "Đạt", security: "Đạt", discipline: "Không xảy ra", reporting: "Tốt",
  },
  units: { road: "m" },
  notes: { road: "Vượt kế hoạch 40 m" },
};

/** Thôn Khuổi Khâm adds a row the commune did not ask for and writes a unit differently. */
const KHUOI_KHAM: SampleVillage = {
  village: "Thôn Khuổi Khâm",
  fileName: "thon-khuoi-kham.xlsx",
  sheetName: "Khuổi Khâm",
  title: { text: "THÔN KHUỔI KHÂM", row: 2 },
  targets: { area: 65, grain: 240, garden: 11, ntm: 1, road: 250, poor: 6, culture: 88, jobs: 13, ...RATES, ...QUALITATIVE },
  actuals: {
    area: 64, grain: 236, garden: 11, ntm: 1, road: 250, poor: 6, culture: 86, school5: 97.5, school6to14: 99,
    malnutrition: 15, vaccine: 96, jobs: 13, conscription: "Đạt", security: "Đạt", discipline: "Không", reporting: "Khá",
  },
  units: { culture: "Hộ gia đình" },
  extraRow: { after: "culture", name: "Số hộ sử dụng nước sạch hợp vệ sinh", unit: "Hộ", target: 80, actual: 85 },
};

/** Bản Tát Mạ types its numbers as Vietnamese text; its results equal Thôn Pác Nặm's (a tie). */
const TAT_MA: SampleVillage = {
  village: "Bản Tát Mạ",
  fileName: "ban-tat-ma.xlsx",
  sheetName: "Báo cáo",
  title: { text: "BẢN TÁT MẠ", row: 2 },
  targets: { area: 58, grain: 210, garden: 10, ntm: 1, road: 250, poor: 5, culture: 80, jobs: 12, ...RATES, ...QUALITATIVE },
  actuals: {
    area: "58", grain: "205,5", garden: "10", ntm: "01", road: "250", poor: "05", culture: "80", school5: "98%",
    school6to14: "99%", malnutrition: "15,5", vaccine: "96", jobs: "12 lao động", conscription: "Đạt",
    security: "ĐẠT", discipline: "Không xảy ra", reporting: "Tốt",
  },
};

/** Thôn Pác Nặm keeps its rates as fractions shown with a percent format; its results equal Bản Tát Mạ's. */
const PAC_NAM: SampleVillage = {
  village: "Thôn Pác Nặm",
  fileName: "thon-pac-nam.xlsx",
  sheetName: "Pác Nặm",
  title: { text: "THÔN PÁC NẶM", row: 2 },
  targets: TAT_MA.targets,
  actuals: {
    area: 58, grain: 205.5, garden: 10, ntm: 1, road: 250, poor: 5, culture: 80, school5: { fraction: 0.98 },
    school6to14: { fraction: 0.99 }, malnutrition: { fraction: 0.155 }, vaccine: { fraction: 0.96 }, jobs: 12,
    conscription: "Đạt", security: "Đạt", discipline: "Không xảy ra", reporting: "Tốt",
  },
};

/** Thôn Lũng Vài reports grain in kilograms, leaves one value empty and keeps the default sheet name. */
const LUNG_VAI: SampleVillage = {
  village: "Thôn Lũng Vài",
  fileName: "thon-lung-vai.xlsx",
  sheetName: "Sheet1",
  title: { text: "Thôn: Lũng Vài", row: 5 },
  targets: { area: 60, grain: 230, garden: 12, ntm: 1, road: 200, poor: 6, culture: 85, jobs: 14, ...RATES, ...QUALITATIVE },
  actuals: {
    area: 61, grain: "264.000 kg", garden: 12, ntm: 1, road: 200, poor: 5, culture: 85, school5: 97.5, school6to14: 98.5,
    malnutrition: 16, vaccine: 97, jobs: null, conscription: "Đạt", security: "Đạt", discipline: "Không xảy ra", reporting: "Tốt",
  },
  notes: { jobs: "Chưa tổng hợp" },
};

/** Thôn Nặm Đin renames a row and misses the security indicator, a mandatory one in the sample configuration. */
const NAM_DIN: SampleVillage = {
  village: "Thôn Nặm Đin",
  fileName: "thon-nam-din.xlsx",
  sheetName: "Nặm Đin",
  title: { text: "THÔN NẶM ĐIN", row: 2 },
  targets: { area: 50, grain: 180, garden: 9, ntm: 1, road: 150, poor: 4, culture: 70, jobs: 10, ...RATES, ...QUALITATIVE },
  actuals: {
    area: 45, grain: 170, garden: 7, ntm: 0, road: 120, poor: 3, culture: 66, school5: 95, school6to14: 97,
    malnutrition: 18, vaccine: 92, jobs: 9, conscription: "Đạt", security: "Chưa đạt", discipline: "Không xảy ra", reporting: "Khá",
  },
  names: { culture: "Số hộ được công nhận gia đình văn hóa" },
  notes: { security: "Xảy ra 01 vụ trộm cắp" },
};

/** The six fictional villages of the sample commune, in the order their files are listed. */
export const SAMPLE_VILLAGES: readonly SampleVillage[] = [NA_LAU, KHUOI_KHAM, TAT_MA, PAC_NAM, LUNG_VAI, NAM_DIN];
